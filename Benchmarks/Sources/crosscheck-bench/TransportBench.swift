import ArgumentParser
import BenchmarkSupport
import CrosscheckKit
import CrosscheckSchema
import CrosscheckTestKit
import Foundation
import StageRuntime
import ZeroMQ

/// Messages per second through the coordinator, against raw PUSH/PULL of the same frames.
///
/// The pipeline runs as threads over tcp loopback with the minimal stage handlers, so the
/// figure is the transport's (routing, READY gating, JSON encoding and decoding), not the
/// analysis's. The baseline sends the same number of envelopes of the same size, encoded and
/// decoded, through one PUSH/PULL pair: the ratio is the price of reliability and routing.
struct TransportBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "transport")

    @Option(help: "Documents in the job.")
    var documents = 2000

    @Option(help: "Workers per document stage.")
    var workers = 2

    func run() throws {
        var logging = LoggingOptions()
        logging.logLevel = .warning
        logging.bootstrap()
        let context = try ZMQContext()
        let name = "bench"
        let pipeline = try InprocPipeline(name: name, heartbeatMilliseconds: 500, liveness: 10)
        for n in 1...workers {
            pipeline.addWorker(MinimalStageHandlers.Parser(), instance: "parser-\(n)", heartbeatMilliseconds: 500)
            pipeline.addWorker(MinimalStageHandlers.Resolver(), instance: "resolver-\(n)", heartbeatMilliseconds: 500)
        }
        pipeline.addWorker(MinimalStageHandlers.Matcher(), instance: "matcher-1", heartbeatMilliseconds: 500)
        pipeline.addWorker(MinimalStageHandlers.Writer(), instance: "writer-1", heartbeatMilliseconds: 500)
        let text = String(repeating: "Officials said the agreement was signed on Tuesday in the capital. ", count: 8)
        let request = JobRequest(
            documents: (0..<documents).map {
                RawDocument(id: "d\($0)", path: "bench/d\($0).txt", data: Data(text.utf8))
            }, awaitWorkers: ["parser": workers, "resolver": workers, "matcher": 1, "writer": 1])
        let started = Date()
        let result = try JobClient(endpoint: pipeline.frontend, context: pipeline.context, idleTimeout: 120).run(request)
        let seconds = Date().timeIntervalSince(started)
        pipeline.shutdown()
        let handled = result.run.instances.filter { $0.stage != .coordinator }.reduce(0) { $0 + $1.messages }
        let pipelineRate = Double(handled * 2) / seconds

        // Baseline: the same number of per-document envelopes through raw PUSH/PULL.
        let sample = Envelope(
            job: "j", id: "x", sender: "bench", document: "d",
            payload: .rawDocument(RawDocument(id: "d", path: "bench/d.txt", data: Data(text.utf8))))
        let codec = MessageCodec()
        let pull = try Socket(context, .pull)
        let endpoint = try pull.bind("tcp://127.0.0.1:*")
        let count = handled * 2
        let baselineStart = Date()
        // try?: a thread cannot throw; a sender that fails ends the baseline at the receiver's timeout.
        let sender = Thread {
            guard let push = try? Socket(context, .push) else { return }
            try? push.connect(endpoint)
            for _ in 0..<count { _ = try? push.send(codec.encode(sample)) }
            push.close()
        }
        sender.start()
        for _ in 0..<count {
            guard let frame = try pull.receive(timeout: 10_000)?.last else { break }
            _ = codec.decode(frame)
        }
        let baselineRate = Double(count) / Date().timeIntervalSince(baselineStart)
        pull.close()

        print(
            String(
                format: """
                    transport: %d documents, %d stage messages handled, %.2f s
                      through the coordinator: %.0f messages/s
                      raw PUSH/PULL baseline, same envelopes encoded+decoded: %.0f messages/s
                      ratio coordinator / baseline: %.2f
                      peak memory: %.0f MiB
                    """, documents, handled, seconds, pipelineRate, baselineRate, pipelineRate / baselineRate, PeakMemory.megabytes))
    }
}
