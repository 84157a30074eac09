/// Text that exercises JSON escaping: quotes, backslashes, slashes, line feeds, tabs, control
/// characters (NUL, DEL), multi-byte scalars, a flag, a combining mark and U+2028.
public enum AwkwardText {
    /// `seed` and the awkward piece, repeated to at least `bytes` UTF-8 bytes (several 1 MiB
    /// slices for the large-report paths).
    public static func make(_ seed: String, bytes: Int) -> String {
        let piece = "\(seed) \"q\" back\\slash /path\nline\ttab \u{0}\u{1}\u{1F}\u{7F} é ü → ✗ 🇫🇷 e\u{301} \u{2028} \r\n"
        return String(repeating: piece, count: bytes / piece.utf8.count + 1)
    }
}
