import CrosscheckSchema

extension MarkdownRenderer {
    /// The "Shared text" section: each pair of documents that share text, with its passages quoted
    /// from the first document, then the clusters where a copy was counted once.
    func sharedText() -> [String] {
        var out: [String] = []
        for pair in index.report.reprints {
            let docs = pair.docs.map(MarkdownEscaping.code).joined(separator: " ↔ ")
            let original =
                pair.original.map { "likely original \(MarkdownEscaping.code($0)) (\(pair.originalBy ?? ""))" }
                ?? "original undetermined"
            out.append("### \(docs) — \(original)")
            out.append("")
            let shares = pair.shared.map { "\(MarkdownEscaping.code($0.doc)) \(Int(($0.share * 100).rounded()))%" }
            out.append("Shared share of each body: " + shares.joined(separator: ", "))
            out.append("")
            for passage in pair.passages {
                let places = passage.spans.map { "\(MarkdownEscaping.code($0.doc)) chars \($0.start)–\($0.end)" }
                out.append("- **\(passage.level)**, similarity \(passage.similarity) — " + places.joined(separator: "; ") + ":")
                if let first = passage.spans.first, let source = index.texts[first.doc] {
                    let text = source[first.start, first.end]
                    let shown = text.unicodeScalars.count > 300 ? String(String.UnicodeScalarView(text.unicodeScalars.prefix(300))) + " …" : text
                    out.append("  > " + MarkdownEscaping.inline(shown.split(whereSeparator: \.isNewline).joined(separator: " ")))
                }
            }
            out.append("")
        }
        let counted = index.report.clusters.filter { !($0.copies ?? []).isEmpty }
        if !counted.isEmpty {
            out.append("Claims whose copies count once:")
            out.append("")
            for cluster in counted {
                let copies = (cluster.copies ?? []).map { "\(MarkdownEscaping.code($0.doc)) copies \(MarkdownEscaping.code($0.of))" }
                out.append(
                    "- \(MarkdownEscaping.code(cluster.id)) \(MarkdownEscaping.inline(cluster.label)) (\(cluster.status.rawValue)): "
                        + copies.joined(separator: ", ") + "; independent: \(docList(cluster.independentDocs ?? cluster.docs))")
            }
        }
        return out
    }
}
