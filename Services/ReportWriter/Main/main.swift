import ArgumentParser
import CrosscheckSchema
import Knowledge
import ReportKit
import StageRuntime

/// Answers `bundle.analysis` with `report.finished`.
struct WriterHandler: StageHandler {
    static let stage = Stage.writer
    let writer: ReportWriter

    func handle(_ request: Envelope) throws -> Payload {
        guard case .analysis(let analysis) = request.payload else { throw StageRequestError.unexpected(request, by: Self.stage) }
        return .finishedReport(try writer.render(analysis))
    }
}

/// `crosscheck-writer`: the report writer stage as a worker process.
struct WriterCommand: StageCommand {
    static let configuration = CommandConfiguration(
        commandName: "crosscheck-writer",
        abstract: "Report writer stage: report.json, report.md and report.html from one analysis.")

    @OptionGroup var options: StageOptions

    static func makeHandler(knowledge: KnowledgeBase) -> WriterHandler {
        WriterHandler(writer: ReportWriter(knowledge: knowledge))
    }
}

WriterCommand.main()
