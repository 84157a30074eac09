import CrosscheckSchema

/// Finds and resolves the entity mentions of one document at a time.
///
/// Mentions get document-local keys: the knowledge-base id for known entities, else a slug of
/// the folded name ("goran-djordjevic"), "<year>-<kind>" for dated agreements, "<owner>-<kind>-ministry"
/// for ministries, "<owner>-<role>" for a role whose holder this document does not name.
public struct EntityResolver: Sendable {
    let lexicon: ResolverLexicon

    public init(lexicon: ResolverLexicon) {
        self.lexicon = lexicon
    }

    /// The document with its mentions and a candidate for each key they use.
    public func resolve(_ document: ParsedDocument) -> ResolvedDocument {
        let scalars = Array(document.text.unicodeScalars)
        var scanner = DocumentScanner(lexicon: lexicon, scalars: scalars)
        scanner.scan(Zone.zones(of: document, length: scalars.count))
        let pronouns = PronounSpeakers(document: document, scalars: scalars, pronouns: lexicon.cues.speakerPronouns)
        scanner.mentions += pronouns.mentions(after: scanner.mentions) { mention in
            mention.type == .person || lexicon.records[mention.key]?.type == .person
        }
        scanner.mentions.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        let scareQuotes = document.quotes.filter { $0.kind == .scare && $0.start <= $0.end }.map { $0.start..<$0.end }
        let mentions = scanner.mentions.map { local in
            EntityMention(
                start: local.start, end: local.end, text: Self.text(scalars, local.start, local.end),
                sentence: local.sentence, via: local.via,
                scareQuoted: ScareQuotes.isScareQuoted(local.start..<local.end, in: scalars, scareQuotes: scareQuotes),
                entity: local.key, role: local.role)
        }
        return ResolvedDocument(document: document, mentions: mentions, candidates: candidates(scanner))
    }

    private func candidates(_ scanner: DocumentScanner) -> [EntityCandidate] {
        var byKey: [String: [LocalMention]] = [:]
        for mention in scanner.mentions { byKey[mention.key, default: []].append(mention) }
        var rolesByHolder: [String: [String]] = [:]
        for (role, holders) in scanner.roleHolders { for holder in holders { rolesByHolder[holder, default: []].append(role) } }
        return byKey.keys.sorted().compactMap { key -> EntityCandidate? in
            guard let mentions = byKey[key] else { return nil }
            if let record = lexicon.records[key] {
                return EntityCandidate(
                    key: key, name: record.name, type: record.type, wikidata: record.wikidata,
                    knowledgeID: key, roles: (rolesByHolder[key] ?? []).sorted())
            }
            if let role = scanner.placeholderRoles[key] {
                let name = mentions.first { $0.via == .role }?.name ?? key
                return EntityCandidate(key: key, name: name, type: .person, roles: [role])
            }
            let name = CanonicalName.best(mentions.filter { $0.via == .name }.map(\.name)) ?? mentions[0].name
            return EntityCandidate(
                key: key, name: name, type: Self.vote(mentions.compactMap(\.type)),
                roles: (rolesByHolder[key] ?? []).sorted())
        }
    }

    /// The most frequent type, ties broken by the order of `EntityType.allCases`; `other` when none.
    static func vote(_ types: [EntityType]) -> EntityType {
        var counts: [EntityType: Int] = [:]
        for type in types { counts[type, default: 0] += 1 }
        return EntityType.allCases.max { (counts[$0] ?? 0, -index($0)) < (counts[$1] ?? 0, -index($1)) }
            .flatMap { (counts[$0] ?? 0) > 0 ? $0 : nil } ?? .other
    }

    private static func index(_ type: EntityType) -> Int { EntityType.allCases.firstIndex(of: type) ?? 0 }

    static func text(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        let lo = max(0, min(start, scalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lo..<max(lo, min(end, scalars.count))])
        return String(view)
    }
}
