import CrosscheckSchema

/// The steps of `EntityLinker.link`: joining keys into groups, naming each group, dropping
/// common words taken for names, and rewriting the documents to bundle ids.
extension EntityLinker {
    /// Joins keys that name one entity (surnames, acronyms, undated agreements, unnamed role
    /// holders); returns the placeholder keys ("<owner>-<role>") with their roles.
    func join(
        _ groups: inout KeyGroups, keys: [String], candidates: [String: [EntityCandidate]],
        documents: [ResolvedDocument]
    ) -> [String: String] {
        // Role holders across the bundle.
        var holders: [String: Set<String>] = [:]
        var placeholders: [String: String] = [:]
        for key in keys {
            for candidate in candidates[key] ?? [] {
                for role in candidate.roles {
                    if isPlaceholder(key, role: role) { placeholders[key] = role } else { holders[role, default: []].insert(key) }
                }
            }
        }
        // Persons by surname, for one-word names.
        var surnames: [String: Set<String>] = [:]
        for key in keys
        where type(of: key, candidates) == .person && key.utf8.contains(45) && lexicon.records[key] == nil
            && placeholders[key] == nil
        {
            if let last = key.split(separator: "-").last { surnames[String(last), default: []].insert(key) }
        }
        for key in keys where !key.utf8.contains(45) && lexicon.records[key] == nil {
            if let persons = surnames[key], persons.count == 1, let person = persons.first,
                type(of: key, candidates) != .place
            {
                groups.union(key, person)
            }
        }
        var shortNames = BundleAliases(
            keys: keys, lexicon: lexicon, type: { type(of: $0, candidates) },
            names: { (candidates[$0] ?? []).map(\.name) })
        for document in documents {
            for mention in document.mentions where mention.via == .alias && BundleAliases.isAcronym(mention.text) {
                shortNames.defined[mention.text, default: []].insert(mention.entity)
            }
        }
        shortNames.link(into: &groups)
        // "2024 Baltic Grid Accord" (key "2024-agreement") is also "Baltic Grid Accord" or
        // "Grid Accord" elsewhere: an undated agreement whose words all appear in exactly one
        // dated agreement's name, with the same last word.
        var datedNames: [(key: String, words: Set<String>, head: String)] = []
        for key in keys {
            guard let year = key.split(separator: "-").first, year.count == 4, Int(year) != nil else { continue }
            for candidate in candidates[key] ?? [] where candidate.type == .agreement {
                let words = NameFolding.slug(candidate.name).split(separator: "-").map(String.init)
                guard words.first == String(year), words.count > 2, let head = words.last else { continue }
                datedNames.append((key, Set(words.dropFirst()), head))
            }
        }
        for key in keys where !key.utf8.contains(58) && lexicon.records[key] == nil {
            guard (candidates[key] ?? []).contains(where: { $0.type == .agreement }),
                let first = key.split(separator: "-").first, !(first.count == 4 && Int(first) != nil)
            else { continue }
            let words = key.split(separator: "-").map(String.init)
            guard words.count >= 2, let head = words.last else { continue }
            let matches = Set(datedNames.filter { $0.head == head && Set(words).isSubset(of: $0.words) }.map(\.key))
            if matches.count == 1, let dated = matches.first { groups.union(key, dated) }
        }
        for (key, role) in placeholders.sorted(by: { $0.key < $1.key }) {
            if let found = holders[role], found.count == 1, let holder = found.first { groups.union(key, holder) }
        }
        return placeholders
    }

    /// Each group's bundle id (by group root) and its entity, without mentions yet.
    func name(
        _ groups: KeyGroups, members: [String: [String]], candidates: [String: [EntityCandidate]],
        placeholders: [String: String], documents: [ResolvedDocument]
    ) -> ([String: String], [String: Entity]) {
        var textsByRoot: [String: [String]] = [:]
        for document in documents {
            for mention in document.mentions where mention.via == .name {
                textsByRoot[groups.find(mention.entity), default: []].append(mention.text)
            }
        }
        let knownIDs = Set(lexicon.records.values.map(\.id))
        var idByRoot: [String: String] = [:]
        var entityByID: [String: Entity] = [:]
        var usedIDs: Set<String> = []
        for root in members.keys.sorted() {
            let keysInGroup = (members[root] ?? []).sorted()
            let groupCandidates = keysInGroup.flatMap { candidates[$0] ?? [] }
            let record = keysInGroup.lazy.compactMap { lexicon.records[$0] }.first
            let isPlaceholderOnly = keysInGroup.allSatisfy { placeholders[$0] != nil }
            let name: String
            let id: String
            let type: EntityType
            if let record {
                name = record.name
                id = record.id
                type = record.type
            } else {
                let texts = Set(textsByRoot[root] ?? [])
                let structured = groupCandidates.first { !texts.contains($0.name) && !$0.name.isEmpty }
                if isPlaceholderOnly {
                    name = groupCandidates.first?.name ?? root
                } else if let structured, groupCandidates.allSatisfy({ !texts.contains($0.name) }) {
                    name = structured.name
                } else {
                    name = CanonicalName.best(textsByRoot[root] ?? []) ?? groupCandidates.first?.name ?? root
                }
                type = EntityResolver.vote(groupCandidates.map(\.type).filter { $0 != .other })
                let keepsKey = isPlaceholderOnly || (structured != nil && groupCandidates.allSatisfy { !texts.contains($0.name) })
                var base = keepsKey ? root : NameFolding.slug(name)
                if base.isEmpty { base = "entity" }
                var candidateID = base
                var suffix = 2
                while usedIDs.contains(candidateID) || knownIDs.contains(candidateID) {
                    candidateID = "\(base)-\(suffix)"
                    suffix += 1
                }
                id = candidateID
            }
            usedIDs.insert(id)
            idByRoot[root] = id
            entityByID[id] = Entity(id: id, name: name, type: type, wikidata: record?.wikidata ?? groupCandidates.lazy.compactMap(\.wikidata).first)
        }
        return (idByRoot, entityByID)
    }

    /// Group roots that are common words, not names.
    func commonWords(
        _ groups: KeyGroups, members: [String: [String]], candidates: [String: [EntityCandidate]],
        documents: [ResolvedDocument]
    ) -> Set<String> {
        // A one-word name never typed and only ever met opening a sentence is a common word.
        var dropped: Set<String> = []
        // So is an untyped name met only in headings and never in quote marks.
        var initialOnly: [String: Bool] = [:]
        for document in documents {
            let scalars = Array(document.document.text.unicodeScalars)
            for mention in document.mentions {
                let root = groups.find(mention.entity)
                let initial = !mention.text.unicodeScalars.contains(" ") && Self.opensSentence(scalars, at: mention.start)
                let headingOnly = mention.sentence == nil && !mention.scareQuoted
                initialOnly[root] = (initialOnly[root] ?? true) && (initial || headingOnly)
            }
        }
        for (root, onlyInitial) in initialOnly where onlyInitial {
            let keysInGroup = members[root] ?? []
            let isKnown = keysInGroup.contains { lexicon.records[$0] != nil }
            let typed = keysInGroup.flatMap { candidates[$0] ?? [] }.contains { $0.type != .other }
            if !isKnown, !typed { dropped.insert(root) }
        }
        return dropped
    }

    /// The documents with mentions and candidates pointing at bundle ids and speakers set, and
    /// the entities with their mentions and aliases.
    func rewrite(
        _ documents: [ResolvedDocument], groups: KeyGroups, idByRoot: [String: String],
        entityByID: [String: Entity], dropped: Set<String>
    ) -> LinkedBundle {
        var entityByID = entityByID
        // Rewrite mentions and speakers; gather entity mentions.
        var linked: [ResolvedDocument] = []
        var aliases: [String: Set<String>] = [:]
        for document in documents {
            var copy = document
            copy.mentions.removeAll { dropped.contains(groups.find($0.entity)) }
            for index in copy.mentions.indices {
                let id = idByRoot[groups.find(copy.mentions[index].entity)] ?? copy.mentions[index].entity
                copy.mentions[index].entity = id
                let mention = copy.mentions[index]
                entityByID[id]?.mentions.append(
                    Mention(
                        doc: document.document.id, start: mention.start, end: mention.end,
                        text: mention.text, sentence: mention.sentence, via: mention.via,
                        scareQuoted: mention.scareQuoted))
                if mention.via != .pronoun { aliases[id, default: []].insert(mention.text) }
            }
            copy.candidates = copy.candidates.map { candidate in
                var updated = candidate
                updated.key = idByRoot[groups.find(candidate.key)] ?? candidate.key
                return updated
            }
            let speakers = SpeakerFinder(mentions: copy.mentions, entities: entityByID)
            for index in copy.document.quotes.indices {
                let quote = copy.document.quotes[index]
                copy.document.quotes[index].speaker = speakers.speaker(span: quote.speakerSpan, text: quote.speakerText)
            }
            for index in copy.document.attributions.indices {
                let attribution = copy.document.attributions[index]
                copy.document.attributions[index].speaker = speakers.speaker(span: attribution.speakerSpan, text: attribution.speakerText)
            }
            linked.append(copy)
        }
        var entities: [Entity] = []
        for id in entityByID.keys.sorted() {
            guard var entity = entityByID[id], !entity.mentions.isEmpty else { continue }
            entity.mentions.sort { ($0.doc, $0.start, $0.end) < ($1.doc, $1.start, $1.end) }
            entity.aliases = (aliases[id] ?? []).filter { $0 != entity.name }.sorted()
            entities.append(entity)
        }
        return LinkedBundle(documents: linked, entities: entities)
    }
}
