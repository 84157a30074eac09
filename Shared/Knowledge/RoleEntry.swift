/// A title or office ("president", "defence-minister") with the ways it is written.
public struct RoleEntry: Sendable, Codable, Hashable {
    /// Stable key, e.g. `president`, `prime-minister`, `defence-minister`.
    public var id: String
    /// Display name ("Defence Minister").
    public var name: String
    /// Surface forms, matched case-insensitively ("Defense Minister", "Minister of Defence").
    public var forms: [String]
    /// Rough rank used to prefer the more specific title; higher is more senior. Optional.
    public var rank: Int?
    /// `title` (a person's office, the default when nil) or `institution` (a body such as
    /// "Foreign Ministry", "parliament", "army" that a country adjective can qualify).
    public var kind: String?

    public init(id: String, name: String, forms: [String] = [], rank: Int? = nil, kind: String? = nil) {
        self.id = id
        self.name = name
        self.forms = forms
        self.rank = rank
        self.kind = kind
    }

    /// Whether this is a body rather than a person's title.
    public var isInstitution: Bool { kind == "institution" }

    /// The name followed by every form, without duplicates.
    public var allForms: [String] {
        var seen = Set<String>()
        return ([name] + forms).filter { seen.insert(TextFolding.fold($0)).inserted }
    }
}
