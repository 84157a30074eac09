import CrosscheckSchema

/// Finds the entity a speaker span or speaker text names.
///
/// Mentions are kept sorted by start, so finding those inside a span is a binary search plus a
/// short scan (no mention is longer than `longest`), not a pass over every mention of the
/// document: a long document has as many attributions as mentions, and that pass made linking
/// quadratic in the document's length.
struct SpeakerFinder {
    let mentions: [EntityMention]
    let entities: [String: Entity]
    /// Indices into `mentions`, ordered by start (then index).
    private let byStart: [Int]
    private let longest: Int

    init(mentions: [EntityMention], entities: [String: Entity]) {
        self.mentions = mentions
        self.entities = entities
        byStart = mentions.indices.sorted { (mentions[$0].start, $0) < (mentions[$1].start, $1) }
        longest = mentions.map { $0.end - $0.start }.max() ?? 0
    }

    /// The mentions overlapping `span`, in their original order.
    func overlapping(_ span: TextSpan) -> [EntityMention] {
        var low = 0
        var high = byStart.count
        while low < high {
            let middle = (low + high) / 2
            if mentions[byStart[middle]].start < span.end { low = middle + 1 } else { high = middle }
        }
        var found: [Int] = []
        var position = low
        while position > 0 {
            position -= 1
            let mention = mentions[byStart[position]]
            if mention.start + longest <= span.start { break }
            if span.start < mention.end { found.append(byStart[position]) }
        }
        return found.sorted().map { mentions[$0] }
    }

    /// The best mention inside the span (a person before an organisation before a state, the
    /// later one on ties), else an entity whose name or last name folds to the text.
    func speaker(span: TextSpan?, text: String?) -> String? {
        if let span {
            let inside = overlapping(span)
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
