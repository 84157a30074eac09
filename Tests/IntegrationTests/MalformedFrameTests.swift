import CrosscheckKit
import CrosscheckSchema
import CrosscheckTestKit
import Foundation
import Testing
import ZeroMQ

/// Each real service executable, sent garbage on its socket, answers with an error and then
/// serves the next good request.
@Suite("Malformed frames to real services")
struct MalformedFrameTests {
    static let golden = RepositoryPaths.root.appendingPathComponent("Tests/Golden/seeds.ndjson")

    @Test(
        "a malformed frame gets an error reply and the service serves the next good message",
        arguments: [Stage.parser, .resolver, .matcher, .writer])
    func malformedThenGood(stage: Stage) throws {
        let exchanges = try ReplaySession(
            recording: Self.golden, stage: stage,
            executables: ServiceExecutables(directory: RepositoryPaths.binaries)
        ).recordedExchanges()
        let good = try #require(exchanges.first?.request, "the golden recording has a request for \(stage)")
        let context = try ZMQContext()
        let router = try Socket(context, .router)
        defer { router.close() }
        let endpoint = try router.bind("tcp://127.0.0.1:*")
        let logs = try RepositoryPaths.temporaryFolder("malformed")
        let child = try ChildProcess(
            name: stage.rawValue, executable: ServiceExecutables(directory: RepositoryPaths.binaries).url(for: stage),
            arguments: ["--connect", endpoint, "--instance", "\(stage.rawValue)-m"],
            logFile: logs.appendingPathComponent("\(stage.rawValue).log"))
        defer { child.stop() }
        let codec = MessageCodec()
        func next(_ match: (Envelope) -> Bool) throws -> (Data, Envelope) {
            let deadline = Date().addingTimeInterval(60)
            while Date() < deadline {
                guard let frames = try router.receive(timeout: 200), frames.count == 2,
                    case .success(let e) = codec.decode(frames[1])
                else { continue }
                if match(e) { return (frames[0], e) }
            }
            throw CrosscheckError(code: .replyTimeout, message: "no matching message from \(stage.rawValue)")
        }
        let (peer, _) = try next { $0.type == .workerReady }
        for garbage in [Data("\u{0}\u{1}binary garbage".utf8), Data(#"{"schema":1,"type":"nope","id":"x","sender":"t","payload":{}}"#.utf8)] {
            try router.send([peer, garbage])
            let (_, error) = try next { $0.type == .error }
            guard case .error(let report) = error.payload else {
                Issue.record("expected error")
                return
            }
            #expect(["invalid-json", "unknown-type"].contains(report.code))
        }
        try router.send([peer, try codec.encode(good)])
        let (_, reply) = try next { $0.replyTo == good.id }
        #expect(reply.type == good.type.replyType)
        #expect(child.isRunning)
    }
}
