import ArgumentParser
import CrosscheckSchema
import Knowledge
import ResolverKit
import StageRuntime

/// Answers `document.parsed` with `document.resolved`, and `bundle.link` with `bundle.linked`.
struct ResolverHandler: StageHandler {
    static let stage = Stage.resolver
    let resolver: EntityResolver
    let linker: EntityLinker

    func handle(_ request: Envelope) throws -> Payload {
        switch request.payload {
        case .parsedDocument(let document): .resolvedDocument(resolver.resolve(document))
        case .linkRequest(let link): .linkedBundle(linker.link(link.documents))
        default: throw StageRequestError.unexpected(request, by: Self.stage)
        }
    }
}

/// `crosscheck-resolver`: the entity resolver stage as a worker process.
struct ResolverCommand: StageCommand {
    static let configuration = CommandConfiguration(
        commandName: "crosscheck-resolver",
        abstract: "Entity resolver stage: mentions → entities across spellings, titles and capitals.")

    @OptionGroup var options: StageOptions

    static func makeHandler(knowledge: KnowledgeBase) throws -> ResolverHandler {
        ResolverHandler(
            resolver: try EntityResolver(knowledge: knowledge),
            linker: try EntityLinker(knowledge: knowledge))
    }
}

ResolverCommand.main()
