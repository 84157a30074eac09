import CrosscheckSchema

/// Finds the entity a speaker span or speaker text names.
struct SpeakerFinder {
    let mentions: [EntityMention]
    let entities: [String: Entity]

    /// The best mention inside the span (a person before an organisation before a state, the
    /// later one on ties), else an entity whose name or last name folds to the text.
    func speaker(span: TextSpan?, text: String?) -> String? {
        if let span {
            let inside = mentions.filter { $0.start < span.end && span.start < $0.end }
            if let best = inside.max(by: { rank($0) < rank($1) }) { return best.entity }
        }
        guard let text else { return nil }
        let folded = NameFolding.slug(text)
        guard !folded.isEmpty else { return nil }
        let matches = entities.values.filter { entity in
            let name = NameFolding.slug(entity.name)
            return name == folded || (entity.type == .person && name.hasSuffix("-" + folded))
        }
        return matches.count == 1 ? matches.first?.id : nil
    }

    private func rank(_ mention: EntityMention) -> (Int, Int) {
        let type = entities[mention.entity]?.type
        let weight: Int
        switch type {
        case .person: weight = 3
        case .organization: weight = 2
        case .country: weight = 1
        default: weight = 0
        }
        return (weight, mention.end)
    }
}
