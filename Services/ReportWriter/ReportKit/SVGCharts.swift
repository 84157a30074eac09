import CrosscheckSchema

/// Inline SVG drawings for the HTML report: the timeline and the source-profile bar charts.
///
/// Every label is escaped; links point only at anchors the page is known to define.
enum SVGCharts {
    /// A vertical timeline, one row per entry, each row linking to its first cluster.
    static func timeline(_ entries: [TimelineEntry], anchors: Set<String>) -> String {
        let rowHeight = 30, top = 20
        let height = top * 2 + rowHeight * max(entries.count, 1)
        var svg =
            "<svg class=\"timeline\" role=\"img\" aria-label=\"Timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 760"
            + " \(height)\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">"
        if !entries.isEmpty {
            svg += "<line x1=\"120\" y1=\"\(top)\" x2=\"120\" y2=\"\(height - top)\" stroke=\"#888\" stroke-width=\"2\"/>"
        }
        for (i, entry) in entries.enumerated() {
            let y = top + rowHeight * i + rowHeight / 2
            var row = "<text x=\"10\" y=\"\(y + 5)\" font-size=\"13\" fill=\"#333\">\(HTMLEscaping.escape(entry.date))</text>"
            row += "<circle cx=\"120\" cy=\"\(y)\" r=\"6\" fill=\"#1565c0\"/>"
            row += "<text x=\"136\" y=\"\(y + 5)\" font-size=\"13\" fill=\"#111\">\(HTMLEscaping.escape(shorten(entry.label, 80)))"
            row += "<title>\(HTMLEscaping.escape(entry.label))</title></text>"
            if let target = entry.clusters.map(AnchorID.cluster).first(where: anchors.contains) {
                row = "<a href=\"#\(target)\">" + row + "</a>"
            }
            svg += row
        }
        return svg + "</svg>"
    }

    /// One horizontal bar chart: a bar per source, scaled to the largest value.
    static func bars(title: String, rows: [(label: String, value: Double, text: String)]) -> String {
        let rowHeight = 22, labelWidth = 60, barWidth = 220
        let height = 8 + rowHeight * max(rows.count, 1)
        let maximum = rows.map(\.value).max() ?? 0
        var svg = "<figure><figcaption>\(HTMLEscaping.escape(title))</figcaption>"
        svg +=
            "<svg role=\"img\" aria-label=\"\(HTMLEscaping.escape(title))\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0"
            + " \(labelWidth + barWidth + 60) \(height)\" width=\"100%\">"
        for (i, row) in rows.enumerated() {
            let y = 4 + rowHeight * i
            let width = maximum > 0 ? Int((Double(barWidth) * max(0, row.value) / maximum).rounded()) : 0
            svg += "<text x=\"0\" y=\"\(y + 15)\" font-size=\"12\">\(HTMLEscaping.escape(row.label))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(width)\" height=\"15\" fill=\"#5c7cfa\"/>"
            svg += "<text x=\"\(labelWidth + width + 4)\" y=\"\(y + 15)\" font-size=\"12\">\(HTMLEscaping.escape(row.text))</text>"
        }
        return svg + "</svg></figure>"
    }

    /// `text` cut to `limit` characters with an ellipsis.
    static func shorten(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
