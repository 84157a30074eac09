/// Element ids for the HTML report, made from project ids so that they are unique, stable and
/// safe inside `id="…"` and `href="#…"` without further escaping.
///
/// Letters, digits, `_` and `-` are kept; any other character becomes `.hex.`, so two
/// different ids never share an anchor.
enum AnchorID {
    static func document(_ id: String) -> String { "doc-" + encode(id) }
    static func sentence(doc: String, index: Int) -> String { "s-" + encode(doc) + "-" + String(index) }
    static func claim(_ id: String) -> String { "c-" + encode(id) }
    static func cluster(_ id: String) -> String { "k-" + encode(id) }
    static func entity(_ id: String) -> String { "e-" + encode(id) }

    static func encode(_ id: String) -> String {
        var out = ""
        for scalar in id.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F, 0x2D: out.unicodeScalars.append(scalar)
            default: out += "." + String(scalar.value, radix: 16) + "."
            }
        }
        return out
    }
}
