import Foundation

/// Renders `changes.md` from a change set: one section per kind, each item with its quoted spans.
public enum ChangesRenderer {
    static let headings: [(kind: String, title: String)] = [
        ("new-conflict", "New conflicts"), ("new-dispute", "New disputes"),
        ("resolved-conflict", "Resolved conflicts"), ("resolved-dispute", "Resolved disputes"),
        ("status-change", "Status changes"), ("new-evolving-value", "New evolving values"),
        ("newly-corroborated", "Newly corroborated claims"), ("new-source", "New sources"),
    ]

    public static func markdown(_ set: StoryChangeSet) -> String {
        var lines = ["# Changes in story \(set.story)", ""]
        let from = set.from.map { "report \($0.snapshot) (\($0.createdAt), \($0.documents) documents)" } ?? "the story's beginning"
        if let to = set.to {
            lines.append("From \(from) to report \(to.snapshot) (\(to.createdAt), \(to.documents) documents).")
        }
        if let preview = set.preview {
            lines.append("**Preview**, not the exact report: what \(preview.adds.count) add(s) since \(from) changed.")
            for add in preview.adds {
                lines.append(
                    "- \(add.createdAt): added \(add.added.joined(separator: ", ")); compared with "
                        + (add.compared.isEmpty ? "no stored document" : add.compared.joined(separator: ", "))
                        + (add.dropped.map { $0 > 0 ? "; \($0) change(s) the latest report already showed left out" : "" } ?? ""))
            }
            lines += ["", "\(preview.pending) document(s) not in a report yet. \(preview.caveat)"]
        }
        lines.append("")
        if set.changes.isEmpty { lines.append("Nothing changed.") }
        for (kind, title) in headings {
            let items = set.changes.filter { $0.kind == kind }
            guard !items.isEmpty else { continue }
            lines += ["## \(title) (\(items.count))", ""]
            for item in items { lines += describe(item) }
            lines.append("")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func describe(_ item: StoryChange) -> [String] {
        var head = "- "
        if let cluster = item.cluster ?? item.previousCluster { head += "**\(cluster)** " }
        if let label = item.label { head += label }
        if let previous = item.previousStatus, let status = item.status, previous != status {
            head += " (\(previous) → \(status))"
        } else if let status = item.status {
            head += " (\(status))"
        }
        if let slot = item.slot, let value = item.value { head += ": \(slot) now also \(value)" }
        head += " — documents: \(item.docs.joined(separator: ", "))"
        if item.check == PreviewReconciler.unconfirmed { head += " (unconfirmed: the latest report does not hold its other claims)" }
        return [head]
            + item.spans.map { span in
                "  - \(span.doc) [\(span.start)–\(span.end)]: “\(span.text.replacingOccurrences(of: "\n", with: " "))”"
            }
    }
}
