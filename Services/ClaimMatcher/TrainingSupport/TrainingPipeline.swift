import CrosscheckSchema
import Foundation
import Knowledge
import ParserKit
import ResolverKit

/// Runs a training bundle through the real parser, resolver and linker in-process, exactly as
/// in a job, for the training dump tools.
public struct TrainingPipeline: Sendable {
    let parser: ArticleParser
    let resolver: EntityResolver
    let linker: EntityLinker

    /// The stages over `knowledge`; throws when the resolver's knowledge or models cannot load.
    public init(knowledge: KnowledgeBase) throws {
        parser = ArticleParser(knowledge: knowledge)
        resolver = try EntityResolver(knowledge: knowledge)
        linker = try EntityLinker(knowledge: knowledge)
    }

    /// The bundle's parsed documents and its linked bundle.
    public func run(_ bundle: TrainingInput.Bundle) throws -> (parsed: [ParsedDocument], linked: LinkedBundle) {
        let parsed = try bundle.docs.map { doc in
            try parser.parse(RawDocument(id: doc.id, path: "\(bundle.id)/\(doc.id).txt", data: Data(doc.text.utf8)))
        }
        return (parsed, linker.link(parsed.map(resolver.resolve)))
    }
}
