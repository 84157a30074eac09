import CrosscheckSchema
import Foundation

/// Writes `report.annotations.jsonld`: the report's findings as a W3C Web Annotation collection,
/// so that annotation tools can show them on the original pages.
///
/// One annotation per claim in a `conflicting`, `disputed` or `evolving` cluster (motivation
/// `assessing`) and one per document side of each reprinted passage (motivation `linking`).
/// Each targets its document by URL when the input states one, else by a `urn:crosscheck:document:`
/// IRI made from its id, and selects the span with a `TextQuoteSelector` that is unique in the
/// document's text and a `TextPositionSelector` (code points, as every Crosscheck offset).
struct AnnotationWriter {
    static let annotatedStatuses: Set<String> = ["conflicting", "disputed", "evolving"]

    let report: Report
    let texts: [String: SourceText]
    /// Each document's stated URL (nil when it states none), by id; the first document of an id wins.
    let urls: [String: String?]
    /// Each document id made safe for an IRI (`iri`), made once: a reprinted document is named in many annotations.
    let documentIRIs: [String: String]

    init(report: Report, analysis: Analysis) {
        self.init(
            report: report,
            texts: Dictionary(
                analysis.documents.map { ($0.document.id, SourceText($0.document.text)) },
                uniquingKeysWith: { _, last in last }))
    }

    /// A writer reading the documents' texts from `texts` (made once per report, as `ReportIndex` does).
    init(report: Report, texts: [String: SourceText]) {
        self.report = report
        self.texts = texts
        var urls: [String: String?] = [:]
        for doc in report.documents where urls[doc.id] == nil { urls[doc.id] = .some(doc.url) }
        self.urls = urls
        documentIRIs = Dictionary(report.documents.map { ($0.id, Self.iri($0.id)) }, uniquingKeysWith: { first, _ in first })
    }

    private func documentIRI(_ id: String) -> String { documentIRIs[id] ?? Self.iri(id) }

    func json() throws -> String {
        let items = claimAnnotations() + reprintAnnotations()
        let collection = WebAnnotationModel.Collection(
            id: "urn:crosscheck:annotations", label: "Crosscheck findings: conflicting, disputed and evolving claims, shared passages",
            total: items.count,
            first: WebAnnotationModel.Page(
                id: "urn:crosscheck:annotations:page-1",
                partOf: "urn:crosscheck:annotations", items: []))
        // The items one at a time (PartedJSON): a large bundle has hundreds of thousands.
        let parts = [PartedJSON.Part(key: "items", indent: 4, count: items.count) { items[$0] }]
        return String(decoding: try PartedJSON.bytes(skeleton: collection, parts: parts), as: UTF8.self)
    }

    private func claimAnnotations() -> [WebAnnotationModel.Annotation] {
        let claims = Dictionary(report.claims.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var items: [WebAnnotationModel.Annotation] = []
        for cluster in report.clusters where Self.annotatedStatuses.contains(cluster.status.rawValue) {
            for id in cluster.claims {
                guard let claim = claims[id],
                    let target = target(doc: claim.doc, span: TextSpan(start: claim.start, end: claim.end))
                else { continue }
                let summary =
                    "Cluster \(cluster.id) (\(cluster.status.rawValue)): \(cluster.label). "
                    + "This source: \(ownSide(claim, cluster)). Other side: \(otherSide(claim, cluster))."
                items.append(
                    WebAnnotationModel.Annotation(
                        id: "urn:crosscheck:annotation:\(Self.iri(cluster.id)):\(Self.iri(claim.id))", motivation: "assessing",
                        body: [.init(value: summary, purpose: "assessing"), .init(value: cluster.status.rawValue, purpose: "tagging")],
                        target: target))
            }
        }
        return items
    }

    private func ownSide(_ claim: Claim, _ cluster: Cluster) -> String {
        let held = cluster.conflicts.flatMap { conflict in
            conflict.values.filter { $0.claims.contains(claim.id) }.map { "\(conflict.slot) \($0.value)" }
        }
        return held.isEmpty ? "\(claim.doc)" : "\(claim.doc), " + held.joined(separator: "; ")
    }

    private func otherSide(_ claim: Claim, _ cluster: Cluster) -> String {
        let others = cluster.conflicts.flatMap { conflict in
            conflict.values.filter { !$0.claims.contains(claim.id) }.map {
                "\(conflict.slot) \($0.value) in \($0.docs.joined(separator: ", "))"
            }
        }
        if !others.isEmpty { return others.joined(separator: "; ") }
        let docs = cluster.docs.filter { $0 != claim.doc }
        return docs.isEmpty ? "none in another document" : docs.joined(separator: ", ")
    }

    private func reprintAnnotations() -> [WebAnnotationModel.Annotation] {
        var items: [WebAnnotationModel.Annotation] = []
        for pair in report.reprints {
            for (n, passage) in pair.passages.enumerated() {
                for span in passage.spans {
                    let others = passage.spans.filter { $0.doc != span.doc }
                    guard let target = target(doc: span.doc, span: TextSpan(start: span.start, end: span.end)) else { continue }
                    let where_ = others.map { "\($0.doc) chars \($0.start)–\($0.end)" }.joined(separator: ", ")
                    let original = pair.original.map { "likely original: \($0) (\(pair.originalBy ?? ""))" } ?? "original undetermined"
                    let value = "Shared \(passage.level) passage (similarity \(passage.similarity)) with \(where_); \(original)."
                    let docs = pair.docs.map(documentIRI).joined(separator: "+")
                    items.append(
                        WebAnnotationModel.Annotation(
                            id: "urn:crosscheck:annotation:reprint:\(docs):\(n + 1):\(documentIRI(span.doc))",
                            motivation: "linking",
                            body: [
                                .init(value: value, purpose: "linking"),
                                .init(value: span.doc == pair.original ? "original" : "reprint", purpose: "tagging"),
                            ],
                            target: target))
                }
            }
        }
        return items
    }

    private func target(doc: String, span: TextSpan) -> WebAnnotationModel.Target? {
        guard let text = texts[doc], span.start >= 0, span.start < span.end, span.end <= text.count else { return nil }
        let source = (urls[doc] ?? nil) ?? "urn:crosscheck:document:\(documentIRI(doc))"
        return WebAnnotationModel.Target(
            source: source, quote: TextQuoteSelectorBuilder(text: text).quote(span),
            start: span.start, end: span.end)
    }

    /// The id made safe for an IRI path segment.
    static func iri(_ id: String) -> String {
        id.addingPercentEncoding(withAllowedCharacters: iriAllowed) ?? id
    }

    /// Unreserved characters of an IRI path segment (built once: building a `CharacterSet` is slow).
    private static let iriAllowed: CharacterSet = {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return allowed
    }()
}
