import CrosscheckSchema

/// Renders `report.html`: one self-contained page, no scripts, no external assets.
///
/// Findings come first (the source × cluster matrix, then conflicts, evolving, agreed and
/// single-source claims), each linking to its claim inside the full article text further down,
/// where the claim is highlighted. All text from the input goes through `HTMLEscaping`, and a
/// Content-Security-Policy forbids scripts as a second line of defence.
struct HTMLRenderer {
    let index: ReportIndex
    /// The most matrix cells drawn; larger bundles keep the contested clusters first.
    var matrixCellBudget = 40_000

    private var report: Report { index.report }

    func render() -> String {
        // Article texts first: they define the anchors every finding links to.
        let claimsByDoc = Dictionary(grouping: report.claims, by: \.doc)
        var documentSections: [String] = []
        var anchors = Set<String>()
        for doc in report.documents {
            guard let parsed = index.parsed[doc.id], let text = index.texts[doc.id] else { continue }
            anchors.insert(AnchorID.document(doc.id))
            let output = DocumentTextRenderer().render(parsed, text: text, claims: claimsByDoc[doc.id] ?? [])
            anchors.formUnion(output.anchors)
            documentSections.append(documentSection(doc, body: output.html))
        }
        for cluster in report.clusters { anchors.insert(AnchorID.cluster(cluster.id)) }
        for entity in report.entities { anchors.insert(AnchorID.entity(entity.id)) }

        var page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
            <title>Crosscheck report</title>
            <style>
            \(HTMLStyle.css)
            </style>
            </head>
            <body>
            <header>
            <h1>Crosscheck report</h1>
            <p class="summary">\(summary())</p>
            <nav><ul><li><a href="#sources">Sources</a></li><li><a href="#matrix">Matrix</a></li><li><a href="#conflicts">Conflicts</a></li><li>\
            <a href="#disputed">Disputed</a></li><li><a href="#evolving">Evolving</a></li><li><a href="#agreed">Agreed</a></li><li>\
            <a href="#related">Related</a></li><li><a href="#single">Single-source</a></li><li><a href="#timeline">Timeline</a></li><li>\
            <a href="#profiles">Source profiles</a></li>\
            <li><a href="#entities">Entities</a></li><li><a href="#documents">Articles</a></li></ul></nav>
            </header>

            """
        page += section("sources", "Sources", sourcesTable())
        page += section("matrix", "Source × claim matrix", matrix(anchors: anchors))
        page += section("conflicts", "Conflicts", clusterCards(.conflicting, anchors: anchors))
        page += section("disputed", "Disputed claims", clusterCards(.disputed, anchors: anchors))
        page += section("evolving", "Evolving claims", clusterCards(.evolving, anchors: anchors))
        page += section("agreed", "Agreed claims", clusterCards(.agreed, anchors: anchors))
        page += section("related", "Related claims", relatedGroup(anchors: anchors))
        page += section("single", "Single-source claims", singleSourceGroups(anchors: anchors))
        page += section("timeline", "Timeline", report.timeline.isEmpty ? none() : SVGCharts.timeline(report.timeline, anchors: anchors))
        page += section("profiles", "Source profiles", profiles())
        page += section("entities", "Entity index", entityIndex(anchors: anchors))
        if !report.reprints.isEmpty { page += section("shared", "Shared text", sharedText()) }
        if !report.failed.isEmpty { page += section("failed", "Failed inputs", failed()) }
        page += section("documents", "Articles", documentSections.isEmpty ? none() : documentSections.joined(separator: "\n"))
        page += "</body>\n</html>\n"
        return page
    }

    // MARK: Header and sources

    private func summary() -> String {
        let n = report.documents.count, c = report.claims.count, k = index.conflictCount
        func plural(_ n: Int, _ word: String) -> String { "\(n) " + (n == 1 ? word : word + "s") }
        var text = "<strong>\(plural(n, "source")) · \(plural(c, "claim")) · \(plural(k, "conflict"))</strong>"
        text += " · \(index.clusters(.disputed).count) disputed · \(index.clusters(.evolving).count) evolving"
        text += " · \(index.clusters(.agreed).count) agreed · \(index.clusters(.related).count) related"
        text += " · \(index.clusters(.singleSource).count) single-source"
        if !report.failed.isEmpty { text += " · \(plural(report.failed.count, "failed input"))" }
        return text
    }

    /// Short column label of a document: S1, S2 … in report order.
    private func label(_ doc: String) -> String {
        index.documentOrder[doc].map { "S\($0 + 1)" } ?? HTMLEscaping.escape(doc)
    }

    /// A link to a document's article section, or its escaped id when the report has no such document.
    func sourceLink(_ doc: String) -> String {
        guard index.parsed[doc] != nil, index.documentOrder[doc] != nil else { return HTMLEscaping.escape(doc) }
        return "<a href=\"#\(AnchorID.document(doc))\" title=\"\(HTMLEscaping.escape(doc))\">\(label(doc))</a>"
    }

    private func sourcesTable() -> String {
        guard !report.documents.isEmpty else { return none() }
        var html =
            "<div class=\"wrap\"><table><thead><tr><th>#</th><th>Id</th><th>Title</th><th>Outlet</th><th>Author</th><th>"
            + "Published</th><th>Words</th></tr></thead><tbody>"
        for doc in report.documents {
            html +=
                "<tr><td>\(sourceLink(doc.id))</td><td class=\"id\">\(HTMLEscaping.escape(doc.id))</td><td>\(optional(doc.title))</td>"
                + "<td>\(optional(doc.outlet))</td><td>\(optional(doc.author))</td><td>\(optional(doc.published))</td>"
                + "<td>\(doc.words)\(doc.truncated ? " (truncated)" : "")</td></tr>"
        }
        return html + "</tbody></table></div>"
    }

    // MARK: Matrix

    private func matrix(anchors: Set<String>) -> String {
        guard !report.clusters.isEmpty, !report.documents.isEmpty else { return none() }
        let columns = max(report.documents.count, 1)
        var rows = report.clusters
        var note = ""
        if rows.count * columns > matrixCellBudget {
            let rank: [ClusterStatus: Int] = [.conflicting: 0, .disputed: 1, .evolving: 2, .agreed: 3, .related: 4, .singleSource: 5]
            rows = rows.enumerated().sorted { (rank[$0.element.status] ?? 6, $0.offset) < (rank[$1.element.status] ?? 6, $1.offset) }.map(\.element)
            let keep = max(1, matrixCellBudget / columns)
            note =
                "<p class=\"meta\">Showing \(min(keep, rows.count)) of \(rows.count) clusters (contested first); every cluster is listed"
                + " below.</p>"
            rows = Array(rows.prefix(keep))
        }
        var legend = "<ul class=\"legend\">"
        for cell in MatrixCell.allCases {
            legend += "<li><span class=\"cell st-\(cell.rawValue)\">\(cell.symbol)</span> \(cell.rawValue): \(cell.meaning)</li>"
        }
        legend += "</ul>"
        var html = legend + note + "<div class=\"wrap\"><table class=\"matrix\" id=\"matrix-table\"><thead><tr><th>Cluster</th>"
        for doc in report.documents {
            html += "<th scope=\"col\">\(sourceLink(doc.id))</th>"
        }
        html += "</tr></thead><tbody>"
        for cluster in rows {
            let claimsByDoc = Dictionary(grouping: index.claims(of: cluster), by: \.doc)
            html +=
                "<tr><th scope=\"row\" class=\"row\"><a href=\"#\(AnchorID.cluster(cluster.id))\">\(HTMLEscaping.escape(cluster.id))</a>"
                + " \(HTMLEscaping.escape(SVGCharts.shorten(cluster.label, 70)))</th>"
            for doc in report.documents {
                let claims = claimsByDoc[doc.id] ?? []
                let state = MatrixCell.state(doc: doc.id, cluster: cluster, claims: claims)
                var content = state.symbol
                let values = heldValues(cluster, doc: doc.id)
                if !values.isEmpty { content += "<span class=\"v\">\(HTMLEscaping.escape(values.joined(separator: ", ")))</span>" }
                let title = "\(label(doc.id)) · \(state.rawValue)"
                if let target = claims.map({ AnchorID.claim($0.id) }).first(where: anchors.contains) {
                    content = "<a href=\"#\(target)\">\(content)</a>"
                }
                html += "<td class=\"cell st-\(state.rawValue)\" title=\"\(HTMLEscaping.escape(title))\">\(content)</td>"
            }
            html += "</tr>"
        }
        return html + "</tbody></table></div>"
    }

    /// The slot values a document holds in a conflicting or evolving cluster.
    private func heldValues(_ cluster: Cluster, doc: String) -> [String] {
        guard cluster.status == .conflicting || cluster.status == .disputed || cluster.status == .evolving else { return [] }
        return cluster.conflicts.flatMap { conflict in
            conflict.values.filter { $0.docs.contains(doc) }.map { index.display($0.value) }
        }
    }

    // MARK: Findings

    /// Single-source claims grouped per source, each source collapsed in a `<details>` element.
    private func singleSourceGroups(anchors: Set<String>) -> String {
        let clusters = index.clusters(.singleSource)
        guard !clusters.isEmpty else { return none() }
        let byDoc = Dictionary(grouping: clusters) { $0.docs.first ?? "" }
        var html = ""
        for doc in report.documents.map(\.id) + [""] {
            guard let group = byDoc[doc], !group.isEmpty else { continue }
            let claims = group.reduce(0) { $0 + $1.claims.count }
            html += "<details class=\"single\"><summary>\(doc.isEmpty ? "no source" : sourceLink(doc)) · "
            html += "\(claims) claim\(claims == 1 ? "" : "s") only this source makes</summary>\n"
            html += cards(group, status: .singleSource, anchors: anchors) + "</details>\n"
        }
        return html
    }

    /// Related clusters (sources on one matter, no source pair making the same claim), collapsed
    /// in one `<details>` element.
    private func relatedGroup(anchors: Set<String>) -> String {
        let clusters = index.clusters(.related)
        guard !clusters.isEmpty else { return none() }
        let n = clusters.count
        return "<details class=\"single\"><summary>\(n) cluster\(n == 1 ? "" : "s") whose sources discuss one matter, none"
            + " making the same claim</summary>\n" + cards(clusters, status: .related, anchors: anchors) + "</details>\n"
    }

    private func clusterCards(_ status: ClusterStatus, anchors: Set<String>) -> String {
        let clusters = index.clusters(status)
        guard !clusters.isEmpty else { return none() }
        return cards(clusters, status: status, anchors: anchors)
    }

    private func cards(_ clusters: [Cluster], status: ClusterStatus, anchors: Set<String>) -> String {
        var html = ""
        for cluster in clusters {
            let symbol: String =
                switch status {
                case .conflicting: "✗"
                case .disputed: "⇄"
                case .evolving: "↻"
                case .agreed: "✓"
                case .related: "≈"
                case .singleSource: "•"
                }
            html += "<article class=\"cluster \(status.rawValue)\" id=\"\(AnchorID.cluster(cluster.id))\">"
            html += "<h3>\(symbol) <span class=\"id\">\(HTMLEscaping.escape(cluster.id))</span> \(HTMLEscaping.escape(cluster.label))</h3>"
            html +=
                "<p class=\"meta\">\(status.rawValue) · \(cluster.docs.count) source\(cluster.docs.count == 1 ? "" : "s"):"
                + " \(cluster.docs.map(sourceLink).joined(separator: ", "))</p>"
            var shown = Set<String>()
            if status == .conflicting || status == .disputed || status == .evolving {
                for conflict in cluster.conflicts {
                    html += valuesTable(conflict, values: index.orderedValues(conflict, in: cluster), anchors: anchors)
                    for value in conflict.values { shown.formUnion(value.claims) }
                }
            }
            let others = index.claims(of: cluster).filter { !shown.contains($0.id) }
            if !others.isEmpty {
                if !shown.isEmpty { html += "<p class=\"meta\">Also in this cluster:</p>" }
                html += "<ul>" + others.map { "<li>\(claimItem($0, anchors: anchors))</li>" }.joined() + "</ul>"
            }
            html += "</article>\n"
        }
        return html
    }

    /// The competing values of a slot side by side: who holds each, and their words.
    private func valuesTable(_ conflict: SlotConflict, values: [SlotConflictValue], anchors: Set<String>) -> String {
        var html = "<div class=\"wrap\"><table class=\"values\"><thead><tr><th>\(HTMLEscaping.escape(conflict.slot))</th>"
        for value in values { html += "<th>\(HTMLEscaping.escape(index.display(value.value)))</th>" }
        html += "</tr></thead><tbody><tr><th>sources</th>"
        for value in values {
            html += "<td>\(value.docs.map(sourceLink).joined(separator: ", ")) (\(value.docs.count))</td>"
        }
        html += "</tr><tr><th>evidence</th>"
        for value in values {
            let items = value.claims.compactMap { index.claims[$0] }.map { claimItem($0, anchors: anchors) }
            html += "<td>\(items.joined(separator: "<hr>"))</td>"
        }
        return html + "</tr></tbody></table></div>"
    }

    /// One claim: where it is (linked to its highlighted span), how it is said, and its exact text.
    private func claimItem(_ claim: Claim, anchors: Set<String>) -> String {
        var location =
            "\(label(claim.doc)) <span class=\"id\">\(HTMLEscaping.escape(claim.doc))</span> · sentence \(claim.sentence) · chars"
            + " \(claim.start)–\(claim.end)"
        let target = AnchorID.claim(claim.id)
        if anchors.contains(target) { location = "<a href=\"#\(target)\">\(location)</a>" }
        var meta = claim.modality.rawValue
        if let speaker = claim.speaker {
            let link =
                anchors.contains(AnchorID.entity(speaker))
                ? "<a href=\"#\(AnchorID.entity(speaker))\">\(HTMLEscaping.escape(index.entityName(speaker)))</a>"
                : HTMLEscaping.escape(index.entityName(speaker))
            meta += " · according to \(link)"
        }
        return "\(location) <span class=\"meta\">\(meta)</span><blockquote>\(HTMLEscaping.escape(index.claimText(claim)))</blockquote>"
    }

    // MARK: Profiles, entities, documents

    private func profiles() -> String {
        guard !report.sources.isEmpty else { return none() }
        func rows(_ value: (SourceProfile) -> Double, _ text: (SourceProfile) -> String) -> [(label: String, value: Double, text: String)] {
            report.sources.map { (index.documentOrder[$0.doc].map { "S\($0 + 1)" } ?? $0.doc, value($0), text($0)) }
        }
        var html = "<div class=\"charts\">"
        html += SVGCharts.bars(
            title: "Loaded terms per 1000 words", rows: rows({ $0.loaded.per1000 }, { Formatting.decimal($0.loaded.per1000, places: 1) }))
        html += SVGCharts.bars(
            title: "Scare-quoted mentions",
            rows: rows({ Double($0.scareQuotes.reduce(0) { $0 + $1.count }) }, { String($0.scareQuotes.reduce(0) { $0 + $1.count }) }))
        html += SVGCharts.bars(title: "Hedges", rows: rows({ Double($0.hedges) }, { String($0.hedges) }))
        html += SVGCharts.bars(title: "Direct quotes", rows: rows({ Double($0.quotes) }, { String($0.quotes) }))
        html += SVGCharts.bars(title: "Claims with a named speaker", rows: rows({ $0.attributedShare }, { Formatting.percent($0.attributedShare) }))
        html += SVGCharts.bars(title: "Claims no other source makes", rows: rows({ Double($0.uniqueClaims) }, { String($0.uniqueClaims) }))
        html +=
            "</div><div class=\"wrap\"><table><thead><tr><th>#</th><th>Loaded</th><th>per 1000</th><th>Loaded terms</th><th>Scare"
            + " quotes</th><th>Hedges</th><th>Quotes</th><th>Attributed</th><th>Unique claims</th></tr></thead><tbody>"
        for p in report.sources {
            let scare = p.scareQuotes.map { "\(HTMLEscaping.escape(index.entityName($0.entity))) ×\($0.count)" }.joined(separator: ", ")
            html +=
                "<tr><td>\(sourceLink(p.doc))</td><td>\(p.loaded.count)</td><td>\(Formatting.decimal(p.loaded.per1000, places: 1))</td>"
                + "<td>\(p.loaded.terms.map(HTMLEscaping.escape).joined(separator: ", "))</td><td>\(scare)</td><td>\(p.hedges)</td>"
                + "<td>\(p.quotes)</td><td>\(Formatting.percent(p.attributedShare))</td><td>\(p.uniqueClaims)</td></tr>"
        }
        return html + "</tbody></table></div>"
    }

    private func entityIndex(anchors: Set<String>) -> String {
        guard !report.entities.isEmpty else { return none() }
        var html =
            "<div class=\"wrap\"><table><thead><tr><th>Entity</th><th>Type</th><th>Aliases</th><th>Mentions</th><th>First mention per"
            + " source</th></tr></thead><tbody>"
        for entity in report.entities {
            var firstByDoc: [(doc: String, sentence: Int)] = []
            var seen = Set<String>()
            for mention in entity.mentions where !seen.contains(mention.doc) {
                guard let sentence = mention.sentence else { continue }
                seen.insert(mention.doc)
                firstByDoc.append((mention.doc, sentence))
            }
            let links = firstByDoc.map { first -> String in
                let target = AnchorID.sentence(doc: first.doc, index: first.sentence)
                return anchors.contains(target) ? "<a href=\"#\(target)\">\(label(first.doc))</a>" : label(first.doc)
            }
            let scare = entity.mentions.filter(\.scareQuoted).count
            html +=
                "<tr id=\"\(AnchorID.entity(entity.id))\"><td><strong>\(HTMLEscaping.escape(entity.name))</strong> "
                + "<span class=\"id\">\(HTMLEscaping.escape(entity.id))</span>"
                + "\(entity.wikidata.map { " <span class=\"meta\">\(HTMLEscaping.escape($0))</span>" } ?? "")</td>"
            html += "<td>\(entity.type.rawValue)</td><td>\(entity.aliases.map(HTMLEscaping.escape).joined(separator: "; "))</td>"
            html += "<td>\(entity.mentions.count)\(scare > 0 ? " (\(scare) in scare quotes)" : "")</td><td>\(links.joined(separator: ", "))</td></tr>"
        }
        return html + "</tbody></table></div>"
    }

    private func documentSection(_ doc: ReportDocument, body: String) -> String {
        var meta = ["<span class=\"id\">\(HTMLEscaping.escape(doc.id))</span>", HTMLEscaping.escape(doc.path)]
        if let outlet = doc.outlet { meta.append(HTMLEscaping.escape(outlet)) }
        if let author = doc.author { meta.append(HTMLEscaping.escape(author)) }
        if let published = doc.published { meta.append(HTMLEscaping.escape(published)) }
        meta.append("\(doc.words) words")
        if doc.truncated { meta.append("truncated") }
        return "<section class=\"document\" id=\"\(AnchorID.document(doc.id))\"><h3>\(label(doc.id)) ·"
            + " \(HTMLEscaping.escape(doc.title ?? doc.id))</h3><p class=\"meta\">\(meta.joined(separator: " · "))</p><div"
            + " class=\"article\">\(body)</div></section>"
    }

    private func failed() -> String {
        "<ul>"
            + report.failed.map {
                "<li><span class=\"id\">\(HTMLEscaping.escape($0.id))</span> (\(HTMLEscaping.escape($0.path))): \(HTMLEscaping.escape($0.error))</li>"
            }.joined() + "</ul>"
    }

    // MARK: Helpers

    private func section(_ id: String, _ title: String, _ body: String) -> String {
        "<section id=\"\(id)\"><h2>\(title)</h2>\n\(body)\n</section>\n"
    }

    private func optional(_ text: String?) -> String { text.map(HTMLEscaping.escape) ?? "—" }

    private func none() -> String { "<p class=\"meta\">None.</p>" }
}
