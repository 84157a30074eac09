import CrosscheckSchema

/// Turns an analysis into the `report.json` model, putting every list in a stable order.
///
/// The writer never trusts upstream order: documents, entities, mentions, claims, clusters,
/// conflict values and timeline entries are sorted here, so the same analysis gives the same
/// bytes whatever order the stages produced them in.
struct ReportAssembler: Sendable {
    let profiler: SourceProfiler

    func report(for analysis: Analysis) -> Report {
        let parsed = NaturalOrder.sorted(analysis.documents.map(\.document), by: \.id)
        let facts = SourceProfiler.BundleFacts(analysis)
        var report = Report(
            documents: parsed.map { Self.document($0) },
            entities: NaturalOrder.sorted(analysis.entities.map(Self.entity), by: \.id),
            claims: Self.sortedClaims(analysis.claims.map(Self.claim)),
            clusters: NaturalOrder.sorted(analysis.clusters.map(Self.cluster), by: \.id),
            sources: parsed.map { profiler.profile(of: $0, facts: facts) },
            timeline: analysis.timeline.map(Self.timelineEntry).sorted(by: Self.timelineOrder),
            failed: analysis.failed.sorted { ($0.id, $0.path, $0.error) < ($1.id, $1.path, $1.error) },
            reprints: Self.sortedReprints(analysis.reprints ?? []))
        report.embeddings = analysis.embeddings
        return report
    }

    /// Pairs with their two documents in natural order, pairs by those ids, passages by position.
    static func sortedReprints(_ pairs: [ReprintPair]) -> [ReprintPair] {
        let oriented = pairs.map { pair -> ReprintPair in
            guard pair.docs.count == 2, NaturalOrder.less(pair.docs[1], pair.docs[0]) else { return sortedPassages(pair) }
            var flipped = pair
            flipped.docs.reverse()
            flipped.shared.reverse()
            flipped.passages = pair.passages.map { SharedPassage(level: $0.level, similarity: $0.similarity, spans: $0.spans.reversed()) }
            return sortedPassages(flipped)
        }
        return NaturalOrder.sorted(oriented, by: { $0.docs.first ?? "" }) {
            NaturalOrder.less($0.docs.last ?? "", $1.docs.last ?? "")
        }
    }

    private static func sortedPassages(_ pair: ReprintPair) -> ReprintPair {
        var result = pair
        result.passages.sort { a, b in
            a.spans.map { [$0.start, $0.end] }.joined().lexicographicallyPrecedes(b.spans.map { [$0.start, $0.end] }.joined())
        }
        return result
    }

    static func document(_ d: ParsedDocument) -> ReportDocument {
        var doc = ReportDocument(d)
        doc.headings.sort()
        doc.quotes.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        doc.removed.sort { ($0.start, $0.end, $0.reason) < ($1.start, $1.end, $1.reason) }
        return doc
    }

    static func entity(_ e: Entity) -> Entity {
        var entity = e
        entity.aliases = e.aliases.filter { $0 != e.name }.naturallySortedUnique()
        entity.mentions = NaturalOrder.sorted(e.mentions, by: \.doc) {
            ($0.start, $0.end, $0.text) < ($1.start, $1.end, $1.text)
        }
        return entity
    }

    static func claim(_ c: Claim) -> Claim {
        var claim = c
        claim.subject = uniqueKeepingOrder(c.subject)
        return claim
    }

    /// Claims by document, then position, then id.
    static func sortedClaims(_ claims: [Claim]) -> [Claim] {
        let keyed = claims.map { (doc: NaturalOrder.Key($0.doc), id: NaturalOrder.Key($0.id), claim: $0) }
        return keyed.sorted { a, b in
            if a.doc != b.doc { return a.doc < b.doc }
            if (a.claim.start, a.claim.end) != (b.claim.start, b.claim.end) { return (a.claim.start, a.claim.end) < (b.claim.start, b.claim.end) }
            return a.id < b.id
        }.map(\.claim)
    }

    static func claimOrder(_ a: Claim, _ b: Claim) -> Bool {
        if a.doc != b.doc { return NaturalOrder.less(a.doc, b.doc) }
        if (a.start, a.end) != (b.start, b.end) { return (a.start, a.end) < (b.start, b.end) }
        return NaturalOrder.less(a.id, b.id)
    }

    static func cluster(_ k: Cluster) -> Cluster {
        var cluster = k
        cluster.claims = k.claims.naturallySortedUnique()
        cluster.docs = k.docs.naturallySortedUnique()
        cluster.independentDocs = (k.independentDocs ?? k.docs).naturallySortedUnique()
        cluster.copies = NaturalOrder.sorted(k.copies ?? [], by: \.doc).map {
            ClusterCopy(doc: $0.doc, of: $0.of, claims: $0.claims.naturallySortedUnique())
        }
        cluster.conflicts = k.conflicts.map { conflict in
            SlotConflict(
                slot: conflict.slot,
                values: conflict.values.map {
                    SlotConflictValue(
                        value: $0.value, docs: $0.docs.naturallySortedUnique(),
                        claims: $0.claims.naturallySortedUnique())
                }.sorted { $0.value < $1.value })
        }.sorted { $0.slot < $1.slot }
        return cluster
    }

    static func timelineEntry(_ t: TimelineEntry) -> TimelineEntry {
        TimelineEntry(
            date: t.date, label: t.label, clusters: t.clusters.naturallySortedUnique(),
            docs: t.docs.naturallySortedUnique())
    }

    static func timelineOrder(_ a: TimelineEntry, _ b: TimelineEntry) -> Bool {
        if a.date != b.date { return a.date < b.date }
        if a.label != b.label { return a.label < b.label }
        return a.clusters.lexicographicallyPrecedes(b.clusters)
    }

    /// Subjects keep the claim's own order (it can carry meaning); only repeats go.
    private static func uniqueKeepingOrder(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}
