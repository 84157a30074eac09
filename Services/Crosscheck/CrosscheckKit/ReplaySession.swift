import CrosscheckSchema
import Foundation
import StageRuntime
import ZeroMQ

/// Replays a recording's requests for one stage against a fresh instance of that stage.
///
/// Reads the NDJSON recording, takes every request the stage handled and the reply it gave,
/// starts the stage executable connected to a private ROUTER on loopback, sends each request
/// and compares the new reply's payload with the recorded one.
public final class ReplaySession {
    public struct Mismatch: Sendable {
        public let request: String
        public let document: String?
        public let differences: [String]
    }

    public struct Outcome: Sendable {
        public let stage: Stage
        public let requests: Int
        public let mismatches: [Mismatch]
        public var passed: Bool { mismatches.isEmpty && requests > 0 }

        /// A readable account: one line per request that differs, its differences indented.
        public var report: String {
            if requests == 0 { return "\(stage.rawValue): the recording holds no requests for this stage" }
            if mismatches.isEmpty { return "\(stage.rawValue): \(requests) request(s) replayed, all replies equal the recording" }
            var lines = ["\(stage.rawValue): \(mismatches.count) of \(requests) replies differ from the recording"]
            for m in mismatches {
                lines.append("- \(m.request)" + (m.document.map { " (document \($0))" } ?? ""))
                lines += m.differences.map { "    \($0)" }
            }
            return lines.joined(separator: "\n")
        }
    }

    public let recording: URL
    public let stage: Stage
    private let executables: ServiceExecutables
    private let codec = MessageCodec()
    public var requestTimeout: Double = 120

    public init(recording: URL, stage: Stage, executables: ServiceExecutables) {
        self.recording = recording
        self.stage = stage
        self.executables = executables
    }

    /// The stage's recorded requests, in order, each with its recorded reply.
    public func recordedExchanges() throws -> [(request: Envelope, reply: Envelope)] {
        guard let data = FileManager.default.contents(atPath: recording.path) else {
            throw CrosscheckError(code: .badRecording, message: "cannot read recording \(recording.path)")
        }
        var requests: [Envelope] = []
        var seen = Set<String>()
        var replies: [String: Envelope] = [:]
        for (number, line) in data.split(separator: 0x0A).enumerated() where !line.isEmpty {
            switch codec.decode(Data(line)) {
            case .failure(let failure):
                throw CrosscheckError(code: .badRecording, message: "\(recording.path):\(number + 1): \(failure)")
            case .success(let envelope):
                if envelope.type.handlingStage == stage, seen.insert(envelope.id).inserted {
                    requests.append(envelope)
                } else if let to = envelope.replyTo {
                    replies[to] = envelope
                }
            }
        }
        return requests.compactMap { request in replies[request.id].map { (request, $0) } }
    }

    public func run() throws -> Outcome {
        let exchanges = try recordedExchanges()
        let context = try ZMQContext()
        let router = try Socket(context, .router)
        defer { router.close() }
        let endpoint = try router.bind("tcp://127.0.0.1:*")
        let logs = FileManager.default.temporaryDirectory.appendingPathComponent("crosscheck-replay-\(UUID().uuidString).log")
        let child = try ChildProcess(
            name: "\(stage.rawValue)-replay", executable: executables.url(for: stage),
            arguments: ["--connect", endpoint, "--instance", "\(stage.rawValue)-replay", "--heartbeat-ms", "500"],
            logFile: logs)
        defer { child.stop() }
        let worker = try awaitReady(router)
        var mismatches: [Mismatch] = []
        for (request, recorded) in exchanges {
            var fresh = request
            fresh.attempt = 1
            try router.send([worker, try codec.encode(fresh)])
            let replayed = try awaitReply(to: request.id, on: router, worker: worker)
            let differences = try compare(recorded, replayed)
            if !differences.isEmpty {
                mismatches.append(Mismatch(request: request.id, document: request.document, differences: differences))
            }
        }
        return Outcome(stage: stage, requests: exchanges.count, mismatches: mismatches)
    }

    private func awaitReady(_ router: Socket) throws -> Data {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            guard let frames = try router.receive(timeout: 200), frames.count >= 2 else { continue }
            if case .success(let envelope) = codec.decode(frames[1]), envelope.type == .workerReady {
                return frames[0]
            }
        }
        throw CrosscheckError(code: .startTimeout, message: "the \(stage.rawValue) executable did not announce itself within 30 s")
    }

    private func awaitReply(to id: String, on router: Socket, worker: Data) throws -> Envelope {
        let deadline = Date().addingTimeInterval(requestTimeout)
        let heartbeat = try codec.encode(Envelope(id: "replay:heartbeat", sender: "replay", payload: .heartbeat))
        while Date() < deadline {
            try router.send([worker, heartbeat], wait: false)
            guard let frames = try router.receive(timeout: 250), frames.count >= 2,
                case .success(let envelope) = codec.decode(frames[1])
            else { continue }
            if envelope.replyTo == id { return envelope }
        }
        throw CrosscheckError(code: .replyTimeout, message: "no reply to \(id) within \(Int(requestTimeout)) s")
    }

    private func compare(_ recorded: Envelope, _ replayed: Envelope) throws -> [String] {
        if recorded.type != replayed.type {
            return ["type: recorded \(recorded.type.rawValue), replayed \(replayed.type.rawValue)"]
        }
        return JSONDiff.differences(expected: try payloadJSON(recorded), actual: try payloadJSON(replayed))
    }

    private func payloadJSON(_ envelope: Envelope) throws -> Data {
        let object = try JSONSerialization.jsonObject(with: try codec.encode(envelope)) as? [String: Any]
        return try JSONSerialization.data(withJSONObject: object?["payload"] ?? [:], options: [.sortedKeys, .fragmentsAllowed])
    }
}
