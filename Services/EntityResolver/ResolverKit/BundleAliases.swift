import CrosscheckSchema

/// Short names of organisations inside one bundle: a one-word name and the longer names it
/// begins, an acronym and the one name whose initials it spells.
///
/// "Ford" joins "Ford Motor Company" and "Ford Motors Co" (keys without legal forms); "USGS" joins
/// "U.S. Geological Survey" and "GM" joins "General Motors" when no other name there has those
/// initials; a ticker one document defines in brackets ("(INDU)") joins its name in the others.
/// People and places are left alone: a surname has its own rule, and "Georgia" is not "Georgia Power".
struct BundleAliases {
    let keys: [String]
    let lexicon: ResolverLexicon
    let type: (String) -> EntityType
    let names: (String) -> [String]
    /// Acronyms a document defines ("Dow Jones Industrial Average (INDU)") → the keys they point at.
    var defined: [String: Set<String>] = [:]

    func link(into groups: inout KeyGroups) {
        let multiWord = keys.filter { $0.utf8.contains(45) && lexicon.records[$0] == nil && isOrganizationLike($0) }
        var byFirstWord: [String: [String]] = [:]
        var byInitials: [String: Set<String>] = [:]
        for key in multiWord {
            if let first = key.split(separator: "-").first { byFirstWord[String(first), default: []].append(key) }
            for name in names(key) {
                if let initials = Self.initials(name) { byInitials[initials, default: []].insert(key) }
            }
        }
        for key in keys where !key.utf8.contains(45) && lexicon.records[key] == nil && isOrganizationLike(key) {
            for longer in byFirstWord[key] ?? [] { groups.union(key, longer) }
            let acronyms = names(key).filter(Self.isAcronym)
            let targets = Set(acronyms.flatMap { (byInitials[$0.lowercased()] ?? []).union(defined[$0] ?? []) }).subtracting([key])
            if targets.count == 1, let target = targets.first { groups.union(key, target) }
        }
    }

    private func isOrganizationLike(_ key: String) -> Bool {
        let kind = type(key)
        return kind == .organization || kind == .other
    }

    /// "GM", "USGS": two to six capital letters.
    static func isAcronym(_ name: String) -> Bool {
        let scalars = name.unicodeScalars
        return (2...6).contains(scalars.count) && scalars.allSatisfy { $0.value >= 0x41 && $0.value <= 0x5A }
    }

    /// Lowercase initials of the capitalised words of a name ("U.S. Geological Survey" → "usgs");
    /// nil for fewer than two.
    static func initials(_ name: String) -> String? {
        var letters = ""
        var atWordStart = true
        for scalar in name.unicodeScalars {
            let isLetter = scalar.properties.isAlphabetic
            if isLetter, atWordStart, scalar.properties.isUppercase {
                letters.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
            atWordStart = !isLetter
        }
        return letters.count >= 2 ? letters : nil
    }
}
