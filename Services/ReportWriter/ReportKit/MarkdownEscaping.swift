/// Makes arbitrary text safe inside Markdown: it cannot open emphasis, links, HTML or break a
/// table row, and stays on one line.
enum MarkdownEscaping {
    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~"]

    /// `text` with Markdown's special characters backslash-escaped and line breaks turned into spaces.
    static func inline(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count + 8)
        for ch in text {
            if ch.isNewline {
                out.append(" ")
            } else {
                if special.contains(ch) { out.append("\\") }
                out.append(ch)
            }
        }
        return out
    }

    /// An identifier as a code span (backticks inside it are dropped, they cannot occur in a code span safely).
    static func code(_ text: String) -> String {
        let cleaned = text.filter { $0 != "`" && !$0.isNewline }
        return cleaned.isEmpty ? "` `" : "`\(cleaned)`"
    }
}
