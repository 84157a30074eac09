import ArgumentParser
import CrosscheckSchema
import Knowledge
import ParserKit
import StageRuntime

/// Answers `document.raw` with `document.parsed`.
struct ParserHandler: StageHandler {
    static let stage = Stage.parser
    let parser: ArticleParser

    func handle(_ request: Envelope) throws -> Payload {
        guard case .rawDocument(let raw) = request.payload else { throw StageRequestError.unexpected(request, by: Self.stage) }
        return .parsedDocument(try parser.parse(raw))
    }
}

/// `crosscheck-parser`: the parser stage as a worker process.
struct ParserCommand: StageCommand {
    static let configuration = CommandConfiguration(
        commandName: "crosscheck-parser",
        abstract: "Parser stage: raw article → paragraphs, sentences, quotes, metadata.")

    @OptionGroup var options: StageOptions

    @Option(
        name: .customLong("max-sentences"),
        help: "Sentences analysed per document; the rest is left out with a warning.")
    var maxSentences = ArticleParser.defaultMaxSentences

    static func makeHandler(knowledge: KnowledgeBase) -> ParserHandler {
        ParserHandler(parser: ArticleParser(knowledge: knowledge))
    }

    func validate() throws {
        guard maxSentences >= 1 else { throw ValidationError("--max-sentences must be at least 1") }
    }

    func run() throws {
        var parser = ArticleParser(knowledge: try options.loadKnowledge())
        parser.maxSentences = maxSentences
        try options.runWorker(ParserHandler(parser: parser))
    }
}

ParserCommand.main()
