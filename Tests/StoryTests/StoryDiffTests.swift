import CrosscheckSchema
import Foundation
import StoryKit
import Testing

/// Changes between two reports: clusters matched by their claims, whatever their `kN` ids.
@Suite("story changes")
struct StoryDiffTests {
    static func claim(_ id: String, _ text: String) -> Claim {
        let doc = String(id.split(separator: "#")[0])
        return Claim(id: id, doc: doc, sentence: 0, start: 10, end: 10 + text.unicodeScalars.count, text: text, predicate: "say")
    }

    static func document(_ id: String) -> ReportDocument {
        ReportDocument(
            id: id, path: "\(id).txt", title: nil, outlet: nil, author: nil, published: nil, words: 5,
            truncated: false, headings: [TextSpan(start: 0, end: 5)], sentences: [], quotes: [], removed: [], warnings: [])
    }

    static func report(docs: [String], claims: [Claim], clusters: [Cluster]) -> Report {
        Report(documents: docs.map(document), entities: [], claims: claims, clusters: clusters, sources: [], timeline: [])
    }

    static let claims = [
        claim("a#c1", "the toll was 10"), claim("b#c1", "the toll was 12"), claim("b#c2", "the bridge reopened"),
        claim("c#c1", "the toll was 10"), claim("c#c2", "the bridge reopened"),
    ]

    @Test("renumbered clusters are matched by claims; a new conflict, a corroboration and a new source are named with spans")
    func renumbered() {
        let old = Self.report(
            docs: ["a", "b"], claims: Array(Self.claims[0...2]),
            clusters: [
                Cluster(id: "k1", label: "bridge", claims: ["b#c2"], docs: ["b"], status: .singleSource),
                Cluster(id: "k2", label: "toll", claims: ["a#c1", "b#c1"], docs: ["a", "b"], status: .agreed),
            ])
        let conflict = SlotConflict(
            slot: "number",
            values: [
                SlotConflictValue(value: .number(10), docs: ["a", "c"], claims: ["a#c1", "c#c1"]),
                SlotConflictValue(value: .number(12), docs: ["b"], claims: ["b#c1"]),
            ])
        let new = Self.report(
            docs: ["a", "b", "c"], claims: Self.claims,
            clusters: [
                Cluster(
                    id: "k1", label: "toll", claims: ["a#c1", "b#c1", "c#c1"], docs: ["a", "b", "c"], status: .conflicting,
                    conflicts: [conflict]),
                Cluster(id: "k2", label: "bridge", claims: ["b#c2", "c#c2"], docs: ["b", "c"], status: .agreed),
            ])
        let changes = StoryDiff(old: old, new: new, texts: ["c": "Toll: the toll was 10"]).changes()
        #expect(changes.map(\.kind) == ["new-source", "new-conflict", "newly-corroborated"])
        #expect(changes[0].docs == ["c"] && changes[0].spans.first?.text == "Toll:")
        #expect(changes[1].cluster == "k1" && changes[1].previousCluster == "k2" && changes[1].previousStatus == "agreed")
        #expect(changes[1].spans.map(\.claim) == ["a#c1", "b#c1", "c#c1"])
        #expect(changes[2].cluster == "k2" && changes[2].previousCluster == "k1" && changes[2].previousStatus == "single-source")
    }

    /// A related cluster (sources on one matter, none making the same claim) corroborates nothing.
    @Test("a new source joining a single-source claim as related is a status change, never newly-corroborated")
    func relatedIsNotCorroborated() {
        let old = Self.report(
            docs: ["a", "b"], claims: Array(Self.claims[0...2]),
            clusters: [Cluster(id: "k1", label: "bridge", claims: ["b#c2"], docs: ["b"], status: .singleSource)])
        let related = Cluster(id: "k1", label: "bridge", claims: ["b#c2", "c#c2"], docs: ["b", "c"], status: .related)
        let new = Self.report(docs: ["a", "b", "c"], claims: Self.claims, clusters: [related])
        let changes = StoryDiff(old: old, new: new, texts: [:]).changes()
        #expect(!changes.contains { $0.kind == "newly-corroborated" })
        #expect(changes.contains { $0.kind == "status-change" && $0.status == "related" && $0.previousStatus == "single-source" })
        // Once two sources are shown to make the claim, it is newly corroborated.
        var agreed = related
        agreed.status = .agreed
        let later = StoryDiff(old: new, new: Self.report(docs: ["a", "b", "c"], claims: Self.claims, clusters: [agreed]), texts: [:])
        #expect(later.changes().map(\.kind) == ["newly-corroborated"])
    }

    @Test("a conflict whose claims no longer conflict is resolved; an unchanged report has no changes")
    func resolved() {
        let conflict = SlotConflict(
            slot: "number",
            values: [
                SlotConflictValue(value: .number(10), docs: ["a"], claims: ["a#c1"]),
                SlotConflictValue(value: .number(12), docs: ["b"], claims: ["b#c1"]),
            ])
        let old = Self.report(
            docs: ["a", "b"], claims: Array(Self.claims[0...1]),
            clusters: [
                Cluster(id: "k1", label: "toll", claims: ["a#c1", "b#c1"], docs: ["a", "b"], status: .conflicting, conflicts: [conflict])
            ])
        let new = Self.report(
            docs: ["a", "b"], claims: Array(Self.claims[0...1]),
            clusters: [
                Cluster(id: "k3", label: "toll", claims: ["a#c1"], docs: ["a"], status: .singleSource),
                Cluster(id: "k4", label: "toll", claims: ["b#c1"], docs: ["b"], status: .singleSource),
            ])
        let changes = StoryDiff(old: old, new: new).changes()
        #expect(changes.map(\.kind) == ["status-change", "status-change", "resolved-conflict"])
        #expect(changes.last?.previousCluster == "k1" && changes.last?.spans.count == 2)
        #expect(StoryDiff(old: new, new: new).changes().isEmpty)
    }

    @Test("an evolving cluster's new value is named once")
    func evolving() {
        let before = SlotConflict(slot: "stage", values: [SlotConflictValue(value: .text("talks"), docs: ["a"], claims: ["a#c1"])])
        let after = SlotConflict(
            slot: "stage",
            values: [
                SlotConflictValue(value: .text("talks"), docs: ["a"], claims: ["a#c1"]),
                SlotConflictValue(value: .text("signed"), docs: ["b"], claims: ["b#c1"]),
            ])
        let old = Self.report(
            docs: ["a"], claims: [Self.claims[0]],
            clusters: [
                Cluster(id: "k1", label: "pact", claims: ["a#c1"], docs: ["a"], status: .evolving, conflicts: [before])
            ])
        let new = Self.report(
            docs: ["a", "b"], claims: Array(Self.claims[0...1]),
            clusters: [
                Cluster(id: "k1", label: "pact", claims: ["a#c1", "b#c1"], docs: ["a", "b"], status: .evolving, conflicts: [after])
            ])
        let values = StoryDiff(old: old, new: new).changes().filter { $0.kind == "new-evolving-value" }
        #expect(values.map(\.value) == ["signed"] && values.first?.spans.map(\.claim) == ["b#c1"])
    }
}
