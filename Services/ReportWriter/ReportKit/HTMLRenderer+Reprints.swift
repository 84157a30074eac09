import CrosscheckSchema

extension HTMLRenderer {
    /// The "Shared text" section: one table row per shared passage of each document pair, with
    /// the passage quoted from the first document, and the clusters where copies count once.
    func sharedText() -> String {
        var html = ""
        for pair in index.report.reprints {
            let original =
                pair.original.map { "likely original \(sourceLink($0)) (\(HTMLEscaping.escape(pair.originalBy ?? "")))" }
                ?? "original undetermined"
            let shares = pair.shared.map { "\(sourceLink($0.doc)) \(Int(($0.share * 100).rounded()))%" }.joined(separator: ", ")
            html += "<h3>\(pair.docs.map(sourceLink).joined(separator: " ↔ "))</h3><p class=\"meta\">\(original) · shared: \(shares)</p>"
            html += "<table><thead><tr><th>level</th><th>similarity</th><th>where</th><th>passage</th></tr></thead><tbody>"
            for passage in pair.passages {
                let places = passage.spans.map { "\(sourceLink($0.doc)) \($0.start)–\($0.end)" }.joined(separator: "<br>")
                var quoted = ""
                if let first = passage.spans.first, let source = index.texts[first.doc] {
                    quoted = HTMLEscaping.escape(source[first.start, first.end])
                }
                html += "<tr><td>\(HTMLEscaping.escape(passage.level))</td><td>\(passage.similarity)</td><td>\(places)</td>"
                html += "<td>\(quoted)</td></tr>"
            }
            html += "</tbody></table>"
        }
        let counted = index.report.clusters.filter { !($0.copies ?? []).isEmpty }
        if !counted.isEmpty {
            html += "<p>Claims whose copies count once:</p><ul>"
            for cluster in counted {
                let copies = (cluster.copies ?? []).map { "\(sourceLink($0.doc)) copies \(sourceLink($0.of))" }.joined(separator: ", ")
                let independent = (cluster.independentDocs ?? cluster.docs).map(sourceLink).joined(separator: ", ")
                html += "<li><code>\(HTMLEscaping.escape(cluster.id))</code> \(HTMLEscaping.escape(cluster.label)) "
                html += "(\(HTMLEscaping.escape(cluster.status.rawValue))): \(copies); independent: \(independent)</li>"
            }
            html += "</ul>"
        }
        return html
    }
}
