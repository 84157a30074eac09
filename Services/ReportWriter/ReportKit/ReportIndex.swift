import CrosscheckSchema

/// Lookups the Markdown and HTML renderers share: documents with their text, claims by id,
/// entity names, and the clusters grouped by verdict.
struct ReportIndex {
    let report: Report
    /// Parsed documents by id (the report model drops the text; the renderers quote it).
    let parsed: [String: ParsedDocument]
    /// Each document's text addressable by code point offsets.
    let texts: [String: SourceText]
    let claims: [String: Claim]
    let entityNames: [String: String]
    let documentOrder: [String: Int]

    init(report: Report, analysis: Analysis) {
        self.init(report: report, documents: analysis.documents.map(\.document))
    }

    /// An index over `documents` (the first document of an id wins, as in the analysis).
    init(report: Report, documents: [ParsedDocument]) {
        self.report = report
        var parsed: [String: ParsedDocument] = [:]
        for document in documents where parsed[document.id] == nil {
            parsed[document.id] = document
        }
        self.parsed = parsed
        texts = parsed.mapValues { SourceText($0.text) }
        var claims: [String: Claim] = [:]
        for claim in report.claims where claims[claim.id] == nil { claims[claim.id] = claim }
        self.claims = claims
        var names: [String: String] = [:]
        for entity in report.entities where names[entity.id] == nil { names[entity.id] = entity.name }
        entityNames = names
        var order: [String: Int] = [:]
        for (i, doc) in report.documents.enumerated() where order[doc.id] == nil { order[doc.id] = i }
        documentOrder = order
    }

    func clusters(_ status: ClusterStatus) -> [Cluster] { report.clusters.filter { $0.status == status } }

    /// The number of conflicting clusters: the report's headline conflict count.
    var conflictCount: Int { clusters(.conflicting).count }

    /// The claims of a cluster that exist, in report order.
    func claims(of cluster: Cluster) -> [Claim] { cluster.claims.compactMap { claims[$0] } }

    /// The body sentence a claim sits in: its span and text, or the claim's own span when the
    /// sentence index is out of range.
    func sentence(of claim: Claim) -> (span: TextSpan, text: String)? {
        guard let doc = parsed[claim.doc], let text = texts[claim.doc] else { return nil }
        if doc.sentences.indices.contains(claim.sentence) {
            let s = doc.sentences[claim.sentence]
            return (s.span, text[s.start, s.end])
        }
        guard claim.start >= 0, claim.end <= text.count, claim.start <= claim.end else { return nil }
        return (TextSpan(start: claim.start, end: claim.end), text[claim.start, claim.end])
    }

    /// The exact text of a claim's span, sliced from the original.
    func claimText(_ claim: Claim) -> String {
        guard let text = texts[claim.doc] else { return claim.text }
        return text[claim.start, claim.end]
    }

    /// Display form of an entity id (its name), or the id itself when unknown.
    func entityName(_ id: String) -> String { entityNames[id] ?? id }

    /// Display form of a slot value: entity names for entity ids.
    func display(_ value: SlotValue) -> String {
        if case .text(let s) = value, let name = entityNames[s] { return name }
        return value.description
    }

    /// A slot's values in reading order: for an evolving cluster by the earliest publication
    /// date of the documents holding each (undated last), otherwise as the report lists them.
    func orderedValues(_ conflict: SlotConflict, in cluster: Cluster) -> [SlotConflictValue] {
        guard cluster.status == .evolving else { return conflict.values }
        func earliest(_ value: SlotConflictValue) -> String {
            value.docs.compactMap { parsed[$0]?.published }.min() ?? "~"
        }
        return conflict.values.enumerated().sorted {
            (earliest($0.element), $0.offset) < (earliest($1.element), $1.offset)
        }.map(\.element)
    }
}
