import ArgumentParser
import CrosscheckSchema
import Knowledge
import MatcherKit
import StageRuntime

/// Answers `bundle.linked` with `bundle.analysis`.
struct MatcherHandler: StageHandler {
    static let stage = Stage.matcher
    let matcher: ClaimMatcher

    func handle(_ request: Envelope) throws -> Payload {
        guard case .linkedBundle(let bundle) = request.payload else { throw StageRequestError.unexpected(request, by: Self.stage) }
        return .analysis(matcher.analyse(bundle))
    }
}

/// `crosscheck-matcher`: the claim matcher stage as a worker process.
struct MatcherCommand: StageCommand {
    static let configuration = CommandConfiguration(
        commandName: "crosscheck-matcher",
        abstract: "Claim matcher stage: claims, cross-source clusters, verdicts and timeline.")

    @OptionGroup var options: StageOptions

    static func makeHandler(knowledge: KnowledgeBase) throws -> MatcherHandler {
        MatcherHandler(matcher: try ClaimMatcher(knowledge: knowledge))
    }
}

MatcherCommand.main()
