import CrosscheckSchema

/// Renders `report.md`: the findings in the order a fact-checker needs them, conflicts first.
///
/// Every quoted sentence is sliced from the original text and followed by its document id and
/// code point offsets, so it can be checked character by character. Article text is escaped so
/// it can neither break a table nor turn into markup.
struct MarkdownRenderer {
    let index: ReportIndex

    func render() -> String {
        var out: [String] = []
        out.append("# Crosscheck report")
        out.append("")
        out.append(summaryLine())
        out.append("")
        if let note = report.embeddings?.note {
            out.append("_Note: \(MarkdownEscaping.inline(note))_")
            out.append("")
        }
        section("Conflicts", into: &out, contested(.conflicting, symbol: "✗"))
        section("Disputed claims", into: &out, contested(.disputed, symbol: "⇄"))
        section("Evolving claims", into: &out, evolving())
        section("Agreed claims", into: &out, agreed())
        section("Related claims", into: &out, related())
        section("Single-source claims", into: &out, singleSource())
        section("Timeline", into: &out, timeline())
        section("Entities", into: &out, entities())
        section("Source profiles", into: &out, profiles())
        section("Documents", into: &out, documents())
        if !index.report.reprints.isEmpty { section("Shared text", into: &out, sharedText()) }
        if !index.report.failed.isEmpty { section("Failed inputs", into: &out, failed()) }
        return out.joined(separator: "\n") + "\n"
    }

    private var report: Report { index.report }

    /// The one-line summary: sources, claims, conflicts, then the other verdicts.
    func summaryLine() -> String {
        let n = report.documents.count, c = report.claims.count, k = index.conflictCount
        var line = "**\(n) \(plural(n, "source")) · \(c) \(plural(c, "claim")) · \(k) \(plural(k, "conflict"))**"
        line += " · \(index.clusters(.disputed).count) disputed · \(index.clusters(.evolving).count) evolving"
        line += " · \(index.clusters(.agreed).count) agreed · \(index.clusters(.related).count) related"
        line += " · \(index.clusters(.singleSource).count) single-source"
        if !report.failed.isEmpty { line += " · \(report.failed.count) failed \(plural(report.failed.count, "input"))" }
        return line
    }

    private func section(_ title: String, into out: inout [String], _ body: [String]) {
        out.append("## \(title)")
        out.append("")
        out.append(contentsOf: body.isEmpty ? ["_None._"] : body)
        out.append("")
    }

    // MARK: Findings

    /// Conflicting or disputed clusters: each slot's competing values, then every claim with its speaker.
    private func contested(_ status: ClusterStatus, symbol: String) -> [String] {
        var out: [String] = []
        for cluster in index.clusters(status) {
            out.append("### \(symbol) \(MarkdownEscaping.code(cluster.id)) \(MarkdownEscaping.inline(cluster.label))")
            out.append("")
            if cluster.conflicts.isEmpty {
                out.append("Sources disagree (no slot named): \(docList(cluster.docs))")
                out.append("")
            }
            // Which values each claim holds, slot by slot, so every sentence is quoted once.
            var held: [String: [String]] = [:]
            var order: [String] = []
            for conflict in cluster.conflicts {
                out.append(contentsOf: valueTable(conflict))
                out.append("")
                for value in conflict.values {
                    for claim in value.claims {
                        if held[claim] == nil { order.append(claim) }
                        held[claim, default: []].append("\(conflict.slot) \(index.display(value.value))")
                    }
                }
            }
            let listed = Set(order)
            order += cluster.claims.filter { !listed.contains($0) }
            for claimID in order {
                guard let claim = index.claims[claimID] else { continue }
                out.append(contentsOf: evidence(claim, value: held[claimID]?.joined(separator: " · ")))
            }
            out.append("")
        }
        return trimmed(out)
    }

    /// The competing values of one slot side by side, with the sources holding each.
    private func valueTable(_ conflict: SlotConflict) -> [String] {
        let values = conflict.values
        var header = "| \(MarkdownEscaping.inline(conflict.slot)) |"
        var rule = "|---|"
        var sources = "| sources |"
        for value in values {
            header += " **\(MarkdownEscaping.inline(index.display(value.value)))** |"
            rule += "---|"
            sources += " \(docList(value.docs)) (\(value.docs.count)) |"
        }
        return [header, rule, sources]
    }

    /// A quoted sentence with its document, sentence index and offsets.
    private func evidence(_ claim: Claim, value: String?) -> [String] {
        var head = "- "
        if let value { head += "**\(MarkdownEscaping.inline(value))** — " }
        head += "\(MarkdownEscaping.code(claim.doc)) sentence \(claim.sentence)"
        var quote = MarkdownEscaping.inline(index.claimText(claim))
        if let sentence = index.sentence(of: claim) {
            head += ", chars \(sentence.span.start)–\(sentence.span.end)"
            quote = MarkdownEscaping.inline(sentence.text)
        }
        head += "; claim chars \(claim.start)–\(claim.end), \(claim.modality.rawValue)"
        if let speaker = claim.speaker { head += ", speaker \(MarkdownEscaping.inline(index.entityName(speaker)))" }
        return [head + ":", "  > \(quote)"]
    }

    private func evolving() -> [String] {
        var out: [String] = []
        for cluster in index.clusters(.evolving) {
            out.append("### ↻ \(MarkdownEscaping.code(cluster.id)) \(MarkdownEscaping.inline(cluster.label))")
            out.append("")
            let claims = index.claims(of: cluster).sorted { (published($0.doc) ?? "~", $0.doc) < (published($1.doc) ?? "~", $1.doc) }
            for claim in claims {
                let date = published(claim.doc) ?? "undated"
                let values = cluster.conflicts.flatMap { conflict in
                    conflict.values.filter { $0.claims.contains(claim.id) }
                        .map { "\(MarkdownEscaping.inline(conflict.slot)) = \(MarkdownEscaping.inline(index.display($0.value)))" }
                }
                out.append(
                    "- **\(date)** \(MarkdownEscaping.code(claim.doc)) sentence \(claim.sentence), chars \(claim.start)–\(claim.end)"
                        + (values.isEmpty ? "" : " — " + values.joined(separator: ", ")))
                out.append("  > \(MarkdownEscaping.inline(index.claimText(claim)))")
            }
            out.append("")
        }
        return trimmed(out)
    }

    private func agreed() -> [String] {
        index.clusters(.agreed).map { cluster in
            "- \(MarkdownEscaping.code(cluster.id)) \(MarkdownEscaping.inline(cluster.label)) — **\(cluster.docs.count) sources**:"
                + " \(docList(cluster.docs))"
        }
    }

    /// Clusters whose sources discuss one matter but make no same claim: one compact line each.
    private func related() -> [String] {
        index.clusters(.related).map { cluster in
            "- \(MarkdownEscaping.code(cluster.id)) \(MarkdownEscaping.inline(cluster.label)) — \(cluster.docs.count) sources on this matter,"
                + " none making the same claim: \(docList(cluster.docs))"
        }
    }

    private func singleSource() -> [String] {
        var byDoc: [String: [Claim]] = [:]
        for cluster in index.clusters(.singleSource) {
            for claim in index.claims(of: cluster) { byDoc[claim.doc, default: []].append(claim) }
        }
        var out: [String] = []
        for doc in report.documents {
            guard let claims = byDoc[doc.id], !claims.isEmpty else { continue }
            out.append("### \(MarkdownEscaping.code(doc.id)) (\(claims.count))")
            out.append("")
            for claim in claims.sorted(by: ReportAssembler.claimOrder) {
                var line =
                    "- \(MarkdownEscaping.inline(index.claimText(claim))) — sentence \(claim.sentence), chars"
                    + " \(claim.start)–\(claim.end), \(claim.modality.rawValue)"
                if let speaker = claim.speaker { line += ", speaker \(MarkdownEscaping.inline(index.entityName(speaker)))" }
                out.append(line)
            }
            out.append("")
        }
        return trimmed(out)
    }

    // MARK: Reference

    private func timeline() -> [String] {
        guard !report.timeline.isEmpty else { return [] }
        var out = ["| Date | Event | Clusters | Sources |", "|---|---|---|---|"]
        for entry in report.timeline {
            out.append(
                "| \(MarkdownEscaping.inline(entry.date)) | \(MarkdownEscaping.inline(entry.label)) |"
                    + " \(entry.clusters.map(MarkdownEscaping.code).joined(separator: ", ")) | \(docList(entry.docs)) |")
        }
        return out
    }

    private func entities() -> [String] {
        guard !report.entities.isEmpty else { return [] }
        var out = ["| Entity | Id | Type | Aliases | Mentions | Sources | Scare-quoted |", "|---|---|---|---|---|---|---|"]
        for entity in report.entities {
            let docs = Set(entity.mentions.map(\.doc)).count
            let scare = entity.mentions.filter(\.scareQuoted).count
            out.append(
                "| \(MarkdownEscaping.inline(entity.name)) | \(MarkdownEscaping.code(entity.id)) | \(entity.type.rawValue) |"
                    + " \(entity.aliases.map(MarkdownEscaping.inline).joined(separator: "; ")) | \(entity.mentions.count) | \(docs) | \(scare) |")
        }
        return out
    }

    private func profiles() -> [String] {
        guard !report.sources.isEmpty else { return [] }
        var out = [
            "| Source | Loaded | per 1000 words | Loaded terms | Scare quotes | Hedges | Quotes | Attributed | Unique claims |",
            "|---|---:|---:|---|---|---:|---:|---:|---:|",
        ]
        for p in report.sources {
            let scare = p.scareQuotes.map { "\(MarkdownEscaping.inline(index.entityName($0.entity))) ×\($0.count)" }.joined(separator: ", ")
            out.append(
                "| \(MarkdownEscaping.code(p.doc)) | \(p.loaded.count) | \(Formatting.decimal(p.loaded.per1000, places: 1)) |"
                    + " \(p.loaded.terms.map(MarkdownEscaping.inline).joined(separator: ", ")) | \(scare) | \(p.hedges) | \(p.quotes) |"
                    + " \(Formatting.percent(p.attributedShare)) | \(p.uniqueClaims) |")
        }
        return out
    }

    private func documents() -> [String] {
        guard !report.documents.isEmpty else { return [] }
        var out = ["| Id | Title | Outlet | Author | Published | Words | Notes |", "|---|---|---|---|---|---:|---|"]
        for d in report.documents {
            let note = d.truncated ? "truncated" : ""
            out.append(
                "| \(MarkdownEscaping.code(d.id)) | \(MarkdownEscaping.inline(d.title ?? "—")) |"
                    + " \(MarkdownEscaping.inline(d.outlet ?? "—")) | \(MarkdownEscaping.inline(d.author ?? "—")) | \(d.published ?? "—") |"
                    + " \(d.words) | \(note) |")
        }
        return out
    }

    private func failed() -> [String] {
        report.failed.map { "- \(MarkdownEscaping.code($0.id)) (\(MarkdownEscaping.inline($0.path))): \(MarkdownEscaping.inline($0.error))" }
    }

    // MARK: Helpers

    func docList(_ docs: [String]) -> String { docs.map(MarkdownEscaping.code).joined(separator: ", ") }

    private func published(_ doc: String) -> String? { index.parsed[doc]?.published }

    private func plural(_ n: Int, _ word: String) -> String { n == 1 ? word : word + "s" }

    private func trimmed(_ lines: [String]) -> [String] {
        var lines = lines
        while lines.last == "" { lines.removeLast() }
        return lines
    }
}
