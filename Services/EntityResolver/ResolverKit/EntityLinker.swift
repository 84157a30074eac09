import CrosscheckSchema

/// Links the per-document keys of a bundle into bundle-wide entity ids.
///
/// Keys equal across documents are one entity (knowledge-base ids, folded names, dated
/// agreements, ministries). Beyond that: a one-word name joins the single person in the bundle
/// whose name ends with it, and an unnamed role joins the single person the bundle shows
/// holding it. Ids are slugs of canonical names; the knowledge base keeps its own ids.
public struct EntityLinker: Sendable {
    let lexicon: ResolverLexicon

    public init(lexicon: ResolverLexicon) {
        self.lexicon = lexicon
    }

    /// The bundle with every mention pointing at a bundle id, speakers set, and the entities.
    public func link(_ documents: [ResolvedDocument]) -> LinkedBundle {
        var groups = KeyGroups()
        var candidates: [String: [EntityCandidate]] = [:]
        for document in documents {
            for candidate in document.candidates { candidates[candidate.key, default: []].append(candidate) }
            for mention in document.mentions { groups.add(mention.entity) }
        }
        let keys = candidates.keys.sorted()
        for key in keys { groups.add(key) }
        let placeholders = join(&groups, keys: keys, candidates: candidates, documents: documents)

        // Canonical name, type and id of each group.
        var members: [String: [String]] = [:]
        for key in groups.allKeys { members[groups.find(key), default: []].append(key) }
        let (idByRoot, entityByID) = name(
            groups, members: members, candidates: candidates, placeholders: placeholders,
            documents: documents)
        let dropped = commonWords(groups, members: members, candidates: candidates, documents: documents)
        return rewrite(documents, groups: groups, idByRoot: idByRoot, entityByID: entityByID, dropped: dropped)
    }

    /// Only spaces (or nothing) since the text start, a line break, a sentence end or an opening quote.
    static func opensSentence(_ scalars: [Unicode.Scalar], at start: Int) -> Bool {
        var index = min(start, scalars.count) - 1
        while index >= 0, scalars[index] == " " || scalars[index] == "\t" { index -= 1 }
        guard index >= 0 else { return true }
        if ["“", "\"", "„", "‘"].contains(scalars[index]) { return opensSentence(scalars, at: index) }
        return ["\n", ".", "!", "?", ":"].contains(scalars[index])
    }

    func isPlaceholder(_ key: String, role: String) -> Bool {
        let parts = role.split(separator: "@", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return false }
        return key == NameFolding.slug("\(parts[1]) \(parts[0])")
    }

    func type(of key: String, _ candidates: [String: [EntityCandidate]]) -> EntityType {
        if let record = lexicon.records[key] { return record.type }
        return EntityResolver.vote((candidates[key] ?? []).map(\.type).filter { $0 != .other })
    }
}
