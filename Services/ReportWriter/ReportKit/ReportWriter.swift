import CrosscheckSchema
import Foundation
import Knowledge

/// Turns an analysis into the report: the `report.json` model and its three renderings.
///
/// Pure and deterministic: the same analysis gives byte-identical output, with no clock,
/// host or randomness involved.
public struct ReportWriter: Sendable {
    private let assembler: ReportAssembler

    /// A writer whose source profiles use the knowledge base's loaded terms and hedges.
    public init(knowledge: KnowledgeBase) {
        self.init(
            vocabulary: ProfileVocabulary(
                loadedTerms: knowledge.lexicon.loadedTerms.map { .init(term: $0.term, category: $0.category) },
                hedges: knowledge.lexicon.hedges))
    }

    /// A writer whose source profiles count the given loaded terms and hedges.
    public init(vocabulary: ProfileVocabulary) {
        assembler = ReportAssembler(profiler: SourceProfiler(vocabulary: vocabulary))
    }

    /// The `report.json` model: documents, entities, claims, clusters, source profiles,
    /// timeline and failed inputs, every list in a stable order.
    public func report(for analysis: Analysis) -> Report {
        assembler.report(for: analysis)
    }

    /// `report.json`, `report.md`, `report.html` and `report.annotations.jsonld` for one analysis.
    ///
    /// With `analysis.renderings == false` (a story's `add`) only `report.json` is made: the
    /// Markdown and HTML are empty and there are no annotations; `renderings(of:json:documents:)`
    /// makes them later, byte for byte the same, from the stored `report.json` and documents.
    public func render(_ analysis: Analysis) throws -> RenderedReport {
        let report = report(for: analysis)
        let json = try Self.json(report)
        guard analysis.renderings != false else {
            return RenderedReport(json: json, markdown: "", html: "", conflicts: report.clusters.filter { $0.status == .conflicting }.count)
        }
        return try Self.renderings(of: report, json: json, documents: analysis.documents.map(\.document))
    }

    /// The report with its Markdown, HTML and annotations rendered from the report model and the
    /// parsed documents it quotes (the analysis's documents, as the linker passed them on).
    ///
    /// Needs no knowledge base: everything it shows is in `report` already.
    public static func renderings(of report: Report, json: String, documents: [ParsedDocument]) throws -> RenderedReport {
        let index = ReportIndex(report: report, documents: documents)
        return RenderedReport(
            json: json,
            markdown: MarkdownRenderer(index: index).render(),
            html: HTMLRenderer(index: index).render(),
            conflicts: index.conflictCount,
            annotations: try AnnotationWriter(report: report, texts: index.texts).json())
    }

    /// The canonical bytes of `report.json`: sorted keys, unescaped slashes, two-space
    /// indentation, trailing newline.
    ///
    /// Each list is encoded one element at a time (`PartedJSON`): the same bytes as encoding the
    /// whole report at once, in memory close to the size of the output.
    public static func json(_ report: Report) throws -> String {
        var skeleton = report
        skeleton.documents = []
        skeleton.entities = []
        skeleton.claims = []
        skeleton.clusters = []
        skeleton.sources = []
        skeleton.timeline = []
        skeleton.failed = []
        skeleton.reprints = []
        func part(_ key: String, _ list: [some Encodable]) -> PartedJSON.Part {
            PartedJSON.Part(key: key, indent: 2, count: list.count) { list[$0] }
        }
        let parts = [
            part("documents", report.documents), part("entities", report.entities), part("claims", report.claims),
            part("clusters", report.clusters), part("sources", report.sources), part("timeline", report.timeline),
            part("failed", report.failed), part("reprints", report.reprints),
        ]
        return String(decoding: try PartedJSON.bytes(skeleton: skeleton, parts: parts), as: UTF8.self)
    }
}
