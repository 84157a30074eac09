import CrosscheckSchema
import Foundation
import Testing

@testable import StoryKit

/// A preview's changes checked against the story's latest report through the claim index.
@Suite("preview reconciliation")
struct PreviewReconcilerTests {
    typealias D = StoryDiffTests

    static func cluster(_ id: String, _ claims: [String], _ status: ClusterStatus) -> Cluster {
        let docs = Array(Set(claims.map { String($0.split(separator: "#")[0]) })).sorted()
        return Cluster(id: id, label: id, claims: claims, docs: docs, status: status)
    }

    static func claims(_ ids: [String]) -> [Claim] { ids.map { D.claim($0, "claim \($0)") } }

    /// The story's latest report: documents a and b (compared by the preview) and x (not compared).
    static let latest = D.report(
        docs: ["a", "b", "x"],
        claims: claims(["a#c1", "x#c1", "b#c1", "a#c2", "x#c2", "a#c3", "b#c3", "x#c3"]),
        clusters: [
            cluster("k1", ["a#c1", "x#c1"], .agreed), cluster("k2", ["b#c1"], .singleSource),
            cluster("k3", ["a#c2", "x#c2"], .conflicting), cluster("k4", ["a#c3", "b#c3", "x#c3"], .agreed),
        ])

    /// The preview's reports: a and b alone, then with the new documents c and d.
    static let before = D.report(
        docs: ["a", "b"], claims: claims(["a#c1", "b#c1", "a#c2", "a#c3", "b#c3"]),
        clusters: [
            cluster("k1", ["a#c1"], .singleSource), cluster("k2", ["b#c1"], .singleSource),
            cluster("k3", ["a#c2"], .singleSource), cluster("k4", ["a#c3", "b#c3"], .conflicting),
        ])
    static let after = D.report(
        docs: ["a", "b", "c", "d"],
        claims: claims(["a#c1", "c#c1", "b#c1", "c#c2", "a#c2", "c#c3", "a#c3", "b#c3", "c#c4", "d#c1"]),
        clusters: [
            cluster("k1", ["a#c1", "c#c1"], .agreed), cluster("k2", ["b#c1", "c#c2"], .agreed),
            cluster("k3", ["a#c2", "c#c3"], .conflicting), cluster("k4", ["a#c3", "b#c3"], .agreed),
            cluster("k5", ["c#c4", "d#c1"], .agreed),
        ])

    /// A story whose latest report is `latest`, committed through the store (so its claim index is written).
    static func store() throws -> StoryStore {
        let store = try StoryStore(root: try StoryStoreTests.folder(), name: "s", create: true)
        let json = String(decoding: try JSONEncoder().encode(latest), as: UTF8.self)
        try store.commit([], result: StoryStoreTests.result(json), basedOn: .empty)
        return store
    }

    @Test("the claim index holds the latest report's clusters by claim and is replaced with the next report")
    func claimIndex() throws {
        let store = try Self.store()
        #expect(try store.claimIndexSnapshot() == 1)
        let found = try store.claimStatuses(["a#c1", "b#c1", "c#c1"])
        #expect(found["a#c1"] == ClaimStatus(claim: "a#c1", cluster: "k1", status: "agreed"))
        #expect(found["b#c1"]?.status == "single-source" && found["c#c1"] == nil)
        let next = D.report(docs: ["a"], claims: Self.claims(["a#c1"]), clusters: [Self.cluster("k1", ["a#c1"], .singleSource)])
        let json = String(decoding: try JSONEncoder().encode(next), as: UTF8.self)
        try store.commit([], result: StoryStoreTests.result(json), basedOn: try store.revision())
        #expect(try store.claimIndexSnapshot() == 2)
        #expect(try store.claimStatuses(["a#c1", "b#c1"]) == ["a#c1": ClaimStatus(claim: "a#c1", cluster: "k1", status: "single-source")])
    }

    @Test("a change the latest report already showed is dropped; the others are checked or marked unconfirmed")
    func reconcile() throws {
        let store = try Self.store()
        let changes = StoryDiff(old: Self.before, new: Self.after).changes()
        let kinds = changes.map { "\($0.kind) \($0.cluster ?? "-")" }
        #expect(
            kinds == [
                "new-source -", "new-source -", "newly-corroborated k1", "newly-corroborated k2", "new-conflict k3",
                "newly-corroborated k4", "newly-corroborated k5", "resolved-conflict k4",
            ])
        let reconciler = PreviewReconciler(after: Self.after, added: ["c", "d"], lookup: store.claimStatuses)
        let (kept, dropped) = try reconciler.reconcile(changes)
        // k1 and k4 were agreed and k3 conflicting in the latest report, and k4 was not a conflict there.
        #expect(dropped == 4)
        #expect(kept.map(\.kind) == ["new-source", "new-source", "newly-corroborated", "newly-corroborated"])
        #expect(kept[0].check == nil && kept[1].check == nil)
        #expect(kept[2].cluster == "k2" && kept[2].check == PreviewReconciler.confirmed)
        #expect(kept[2].previousStatus == "single-source" && kept[2].previousCluster == "k2")
        #expect(kept[3].cluster == "k5" && kept[3].check == PreviewReconciler.unconfirmed)
    }

    @Test("without an index every change about a cluster is kept and marked unconfirmed")
    func noIndex() throws {
        let changes = StoryDiff(old: Self.before, new: Self.after).changes()
        let (kept, dropped) = try PreviewReconciler(after: Self.after, added: ["c", "d"]) { _ in [:] }.reconcile(changes)
        #expect(dropped == 0 && kept.count == changes.count)
        #expect(kept.filter { $0.kind != "new-source" }.allSatisfy { $0.check == PreviewReconciler.unconfirmed })
    }

    @Test("the latest cluster holding most of the claims wins, ties by the first claim")
    func dominant() {
        let entries = [
            ClaimStatus(claim: "a", cluster: "k1", status: "agreed"), ClaimStatus(claim: "b", cluster: "k2", status: "conflicting"),
            ClaimStatus(claim: "c", cluster: "k2", status: "conflicting"),
        ]
        #expect(PreviewReconciler.dominant(entries)?.cluster == "k2")
        #expect(PreviewReconciler.dominant(Array(entries.prefix(2)))?.status == "agreed")
        #expect(PreviewReconciler.dominant([]) == nil)
    }
}
