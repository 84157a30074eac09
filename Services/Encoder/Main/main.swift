import ArgumentParser
import CrosscheckSchema
import EncoderKit
import Foundation
import StageRuntime

/// Answers `document.encode` with `document.encoded`.
struct EncoderHandler: StageHandler {
    static let stage = Stage.encoder
    let documents: DocumentEncoder

    func handle(_ request: Envelope) throws -> Payload {
        guard case .encodeRequest(let encode) = request.payload else { throw StageRequestError.unexpected(request, by: Self.stage) }
        return .encodedDocument(documents.encode(encode))
    }
}

/// `crosscheck-encoder`: the sentence-embedding stage as a worker process.
struct EncoderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crosscheck-encoder",
        abstract: "Encoder stage: a document's body sentences → all-MiniLM-L6-v2 vectors (int8 on the wire).")

    @OptionGroup var options: StageOptions

    @Option(help: "Model folder (default: $CROSSCHECK_MODEL_DIR, else ${CROSSCHECK_CACHE:-~/.cache/crosscheck}/models/all-MiniLM-L6-v2).")
    var model: String?

    func run() throws {
        var encoder: SentenceEncoder?
        do {
            let started = Date()
            encoder = try SentenceEncoder(directory: try ModelLocator.locate(explicit: model))
            note("model loaded in \(String(format: "%.3f", Date().timeIntervalSince(started))) s")
        } catch {
            note("running without vectors: \(error)")
        }
        try options.runWorker(EncoderHandler(documents: DocumentEncoder(encoder: encoder)))
    }

    /// A line on standard error (the log is not set up until the worker starts).
    private func note(_ text: String) {
        FileHandle.standardError.write(Data("crosscheck-encoder: \(text)\n".utf8))
    }
}

EncoderCommand.main()
