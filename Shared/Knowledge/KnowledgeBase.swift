import Foundation

/// The gazetteer and lexicons every stage shares: bundled data plus user files.
///
/// Load it with ``bundled()`` (cached, cheap to call again) or ``load(extraFiles:)``, which
/// applies user files in the same JSON format on top, in order: an item whose id already
/// exists extends it, new ids are added. Matchers are built once per value, on first use.
public struct KnowledgeBase: Sendable {
    /// States, territories, places, organisations and whatever user files add.
    public private(set) var entries: [KnowledgeEntry]
    /// Titles and offices.
    public private(set) var roles: [RoleEntry]
    /// Word lists for reading text.
    public private(set) var lexicon: Lexicon

    private var entryIndex: [String: Int]
    private var roleIndex: [String: Int]
    private var cache = MatcherCache()

    public init(entries: [KnowledgeEntry] = [], roles: [RoleEntry] = [], lexicon: Lexicon = Lexicon()) {
        self.entries = []
        self.roles = []
        self.lexicon = lexicon
        self.entryIndex = [:]
        self.roleIndex = [:]
        for entry in entries { upsert(entry) }
        for role in roles { upsert(role) }
    }

    // MARK: Loading

    private static let bundledResult: Result<KnowledgeBase, KnowledgeError> = {
        do {
            var base = KnowledgeBase()
            for url in try BundledData.files() {
                try base.apply(KnowledgeFile.read(at: url), path: url.path)
            }
            return .success(base)
        } catch let error as KnowledgeError {
            return .failure(error)
        } catch {
            return .failure(.missingBundledData(reason: "\(error)"))
        }
    }()

    /// The bundled knowledge (loaded once per process, then shared).
    public static func bundled() throws(KnowledgeError) -> KnowledgeBase {
        try bundledResult.get()
    }

    /// The bundled knowledge extended by user files (same format), applied in order.
    public static func load(extraFiles: [String] = []) throws -> KnowledgeBase {
        var base = try bundled()
        guard !extraFiles.isEmpty else { return base }
        for path in extraFiles {
            let url = URL(fileURLWithPath: path)
            try base.apply(KnowledgeFile.read(at: url), path: path)
        }
        base.cache = MatcherCache()
        return base
    }

    /// This knowledge extended by one more file.
    public func adding(fileAt path: String) throws -> KnowledgeBase {
        var base = self
        try base.apply(KnowledgeFile.read(at: URL(fileURLWithPath: path)), path: path)
        base.cache = MatcherCache()
        return base
    }

    // MARK: Lookup

    /// The entry with this id, or nil.
    public func entry(id: String) -> KnowledgeEntry? {
        entryIndex[id].map { entries[$0] }
    }

    /// The role with this id, or nil.
    public func role(id: String) -> RoleEntry? {
        roleIndex[id].map { roles[$0] }
    }

    /// The entries of one type ("country", "organization"…), in load order.
    public func entries(ofType type: String) -> [KnowledgeEntry] {
        entries.filter { $0.type == type }
    }

    /// The capital entry of a state, or nil.
    public func capital(of entryID: String) -> KnowledgeEntry? {
        entry(id: entryID)?.capital.flatMap { entry(id: $0) }
    }

    /// The entries and roles a whole phrase names, ignoring case ("Prishtina", "defense minister").
    public func lookup(_ phrase: String) -> [PhraseTarget] {
        entityMatcher.targets(forExactPhrase: phrase)
    }

    /// A matcher over every entry's name, aliases, adjectives and demonyms (casing derived
    /// from each form) and every role form (any case). Built once per knowledge base.
    public var entityMatcher: PhraseMatcher {
        cache.entityMatcher { Self.buildEntityMatcher(entries: entries, roles: roles) }
    }

    /// A matcher over the lexicon cues (any case): reporting verbs (id = lemma), reporting
    /// phrases, hedges, speculative cues, negations and loaded terms (id = category).
    public var lexiconMatcher: PhraseMatcher {
        cache.lexiconMatcher { Self.buildLexiconMatcher(lexicon) }
    }

    static func buildEntityMatcher(entries: [KnowledgeEntry], roles: [RoleEntry]) -> PhraseMatcher {
        var items: [PhraseMatcher.Item] = []
        items.reserveCapacity(entries.count * 6 + roles.count * 4)
        for entry in entries {
            for (form, kind) in entry.surfaceForms {
                items.append(.init(phrase: form, target: PhraseTarget(kind: .entry, id: entry.id, form: kind)))
            }
        }
        for role in roles {
            for form in role.allForms {
                // Titles match in any case ("the defence minister"), except abbreviations
                // ("PM", "MP"), which must be written in capitals.
                let automatic = PhraseMatcher.automaticCasing(form)
                items.append(
                    .init(
                        phrase: form, target: PhraseTarget(kind: .role, id: role.id, form: .roleForm),
                        casing: automatic == .allUppercase ? .allUppercase : .insensitive))
            }
        }
        return PhraseMatcher(items)
    }

    static func buildLexiconMatcher(_ lexicon: Lexicon) -> PhraseMatcher {
        var items: [PhraseMatcher.Item] = []
        func add(_ phrases: [String], _ kind: PhraseTarget.Kind) {
            for phrase in phrases {
                items.append(
                    .init(
                        phrase: phrase, target: PhraseTarget(kind: kind, id: TextFolding.fold(phrase), form: .term),
                        casing: .insensitive))
            }
        }
        for (form, lemma) in lexicon.reportingVerbs.sorted(by: { $0.key < $1.key }) {
            items.append(
                .init(
                    phrase: form, target: PhraseTarget(kind: .reportingVerb, id: lemma, form: .term),
                    casing: .insensitive))
        }
        add(lexicon.reportingPhrases, .reportingPhrase)
        add(lexicon.hedges, .hedge)
        add(lexicon.speculative, .speculative)
        add(lexicon.negations, .negation)
        for term in lexicon.loadedTerms {
            items.append(
                .init(
                    phrase: term.term, target: PhraseTarget(kind: .loadedTerm, id: term.category, form: .term),
                    casing: .insensitive))
        }
        return PhraseMatcher(items)
    }

    // MARK: Applying files

    mutating func apply(_ file: KnowledgeFile, path: String) throws {
        if let removals = file.remove {
            for id in removals.entries ?? [] { removeEntry(id: id) }
            for id in removals.roles ?? [] { removeRole(id: id) }
            if let items = removals.lexicon { lexicon.remove(items) }
        }
        for patch in file.entries ?? [] {
            try apply(patch, path: path, fileSource: file.source)
        }
        for patch in file.roles ?? [] {
            try apply(patch, path: path)
        }
        if let extra = file.lexicon { lexicon.merge(extra) }
    }

    private mutating func apply(_ patch: KnowledgeFile.EntryPatch, path: String, fileSource: String?) throws {
        let id = patch.id.trimmingCharacters(in: .whitespaces)
        guard !id.isEmpty else { throw KnowledgeError.invalidItem(path: path, id: patch.id, reason: "empty id") }
        if let index = entryIndex[id], patch.replace != true {
            var entry = entries[index]
            if let name = patch.name, !name.isEmpty { entry.name = name }
            if let type = patch.type, !type.isEmpty { entry.type = type }
            entry.aliases = Lexicon.union(entry.aliases, patch.aliases ?? [])
            entry.adjectives = Lexicon.union(entry.adjectives, patch.adjectives ?? [])
            entry.demonyms = Lexicon.union(entry.demonyms, patch.demonyms ?? [])
            entry.codes = Lexicon.union(entry.codes, patch.codes ?? [])
            if let capital = patch.capital { entry.capital = capital }
            if let capitalOf = patch.capitalOf { entry.capitalOf = capitalOf }
            if let partOf = patch.partOf { entry.partOf = partOf }
            if let wikidata = patch.wikidata { entry.wikidata = wikidata }
            if let source = patch.source ?? fileSource { entry.source = source }
            entries[index] = entry
            return
        }
        guard let name = patch.name, !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw KnowledgeError.invalidItem(path: path, id: id, reason: "a new entry needs a \"name\"")
        }
        upsert(
            KnowledgeEntry(
                id: id, name: name, type: patch.type ?? "other",
                aliases: Lexicon.union([], patch.aliases ?? []),
                adjectives: Lexicon.union([], patch.adjectives ?? []),
                demonyms: Lexicon.union([], patch.demonyms ?? []),
                capital: patch.capital, capitalOf: patch.capitalOf, partOf: patch.partOf,
                codes: patch.codes ?? [], wikidata: patch.wikidata,
                source: patch.source ?? fileSource))
    }

    private mutating func apply(_ patch: KnowledgeFile.RolePatch, path: String) throws {
        let id = patch.id.trimmingCharacters(in: .whitespaces)
        guard !id.isEmpty else { throw KnowledgeError.invalidItem(path: path, id: patch.id, reason: "empty id") }
        if let index = roleIndex[id], patch.replace != true {
            var role = roles[index]
            if let name = patch.name, !name.isEmpty { role.name = name }
            role.forms = Lexicon.union(role.forms, patch.forms ?? [])
            if let rank = patch.rank { role.rank = rank }
            if let kind = patch.kind { role.kind = kind }
            roles[index] = role
            return
        }
        guard let name = patch.name, !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw KnowledgeError.invalidItem(path: path, id: id, reason: "a new role needs a \"name\"")
        }
        upsert(
            RoleEntry(
                id: id, name: name, forms: Lexicon.union([], patch.forms ?? []), rank: patch.rank, kind: patch.kind))
    }

    private mutating func upsert(_ entry: KnowledgeEntry) {
        Self.upsert(entry, id: entry.id, into: &entries, index: &entryIndex)
    }

    private mutating func upsert(_ role: RoleEntry) {
        Self.upsert(role, id: role.id, into: &roles, index: &roleIndex)
    }

    /// Replaces the item with `id` in place, or appends it and indexes it.
    private static func upsert<Item>(_ item: Item, id: String, into items: inout [Item], index: inout [String: Int]) {
        if let position = index[id] {
            items[position] = item
        } else {
            index[id] = items.count
            items.append(item)
        }
    }

    private mutating func removeEntry(id: String) {
        guard entryIndex[id] != nil else { return }
        entries.removeAll { $0.id == id }
        entryIndex = Dictionary(entries.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    private mutating func removeRole(id: String) {
        guard roleIndex[id] != nil else { return }
        roles.removeAll { $0.id == id }
        roleIndex = Dictionary(roles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
