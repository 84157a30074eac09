import CrosscheckSchema
import Foundation
import StageRuntime
import Synchronization

/// Small but real stage handlers for transport tests: they do each hop's job in the simplest
/// way (split lines into sentences, name no entities, cluster nothing) so routing, retries and
/// accounting can be tested in-process without the analysis libraries.
public enum MinimalStageHandlers {
    /// Counts how often each handler ran, by message id, to test idempotent redelivery.
    public final class Calls: Sendable {
        private let counts = Mutex<[String: Int]>([:])
        public init() {}
        func record(_ id: String) { counts.withLock { $0[id, default: 0] += 1 } }
        public func count(_ id: String) -> Int { counts.withLock { $0[id] ?? 0 } }
        public var total: Int { counts.withLock { $0.values.reduce(0, +) } }
    }

    public struct Parser: StageHandler {
        public static let stage = Stage.parser
        public let calls: Calls
        public init(calls: Calls = Calls()) { self.calls = calls }

        public func handle(_ request: Envelope) throws -> Payload {
            calls.record(request.id)
            guard case .rawDocument(let raw) = request.payload else { throw StageRequestError.unexpected(request, by: Self.stage) }
            guard raw.encoding == .utf8, !raw.content.isEmpty else {
                throw ErrorReport(code: "bad-input", message: "\(raw.path): empty or not UTF-8", input: raw.path)
            }
            if raw.content.hasPrefix("ALWAYS-RETRY") {
                throw ErrorReport(code: "flaky", message: "\(raw.path): fails on every attempt", input: raw.path, retryable: true)
            }
            if raw.content.hasPrefix("RETRY") && request.attempt == 1 {
                throw ErrorReport(code: "flaky", message: "\(raw.path): first attempt fails on purpose", input: raw.path, retryable: true)
            }
            var sentences: [Sentence] = []
            var offset = 0
            for line in raw.content.split(separator: "\n", omittingEmptySubsequences: false) {
                let length = line.unicodeScalars.count
                if length > 0 { sentences.append(Sentence(start: offset, end: offset + length, paragraph: sentences.count)) }
                offset += length + 1
            }
            return .parsedDocument(
                ParsedDocument(
                    id: raw.id, path: raw.path, text: raw.content,
                    words: raw.content.split(separator: " ").count, sentences: sentences))
        }
    }

    public struct Resolver: StageHandler {
        public static let stage = Stage.resolver
        public init() {}

        public func handle(_ request: Envelope) throws -> Payload {
            switch request.payload {
            case .parsedDocument(let d): return .resolvedDocument(ResolvedDocument(document: d))
            case .linkRequest(let r): return .linkedBundle(LinkedBundle(documents: r.documents, entities: []))
            default: throw StageRequestError.unexpected(request, by: Self.stage)
            }
        }
    }

    public struct Matcher: StageHandler {
        public static let stage = Stage.matcher
        public let calls: Calls
        public init(calls: Calls = Calls()) { self.calls = calls }

        /// Records `vectors/<document>` for each document whose sentence vectors reached it.
        public func handle(_ request: Envelope) throws -> Payload {
            guard case .linkedBundle(let b) = request.payload else { throw StageRequestError.unexpected(request, by: Self.stage) }
            for vectors in b.sentenceVectors ?? [] { calls.record("vectors/\(vectors.document)") }
            return .analysis(Analysis(documents: b.documents, entities: b.entities))
        }
    }

    /// One made-up 2-d vector per sentence (its length, 1); a document whose first sentence
    /// starts with NO-ENCODE gets a non-retryable error instead.
    public struct Encoder: StageHandler {
        public static let stage = Stage.encoder
        public init() {}

        public func handle(_ request: Envelope) throws -> Payload {
            guard case .encodeRequest(let r) = request.payload else { throw StageRequestError.unexpected(request, by: Self.stage) }
            if r.sentences.first?.hasPrefix("NO-ENCODE") == true {
                throw ErrorReport(code: "internal", message: "\(r.document): encoder broke on purpose", input: r.document)
            }
            let vectors = r.sentences.map { QuantizedVector([Float($0.count), 1]) }
            return .encodedDocument(SentenceVectors(document: r.document, model: "test-model", dimension: 2, vectors: vectors))
        }
    }

    public struct Writer: StageHandler {
        public static let stage = Stage.writer
        public init() {}

        public func handle(_ request: Envelope) throws -> Payload {
            guard case .analysis(let a) = request.payload else { throw StageRequestError.unexpected(request, by: Self.stage) }
            let ids = a.documents.map(\.document.id).joined(separator: ",")
            let failed = a.failed.map(\.id).joined(separator: ",")
            return .finishedReport(
                RenderedReport(
                    json: "{\"documents\":\"\(ids)\",\"failed\":\"\(failed)\"}",
                    markdown: "# \(ids)", html: "<p>\(ids)</p>", conflicts: 0))
        }
    }
}
