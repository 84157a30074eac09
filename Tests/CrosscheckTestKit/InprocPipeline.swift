import CoordinatorKit
import CrosscheckSchema
import Foundation
import StageRuntime
import ZeroMQ

/// A coordinator and stage workers as threads of the test process, over inproc sockets.
///
/// The ZeroMQ guide's advice for most tests: simulate the nodes as threads in one process.
/// Every socket is still owned by the thread that made it.
public final class InprocPipeline: @unchecked Sendable {
    public let context: ZMQContext
    public let frontend: String
    public let backend: String
    private var stops: [StopToken] = []
    private var finished: [DispatchSemaphore] = []

    public init(
        name: String = UUID().uuidString, heartbeatMilliseconds: Int = 100, liveness: Int = 3,
        maxAttempts: Int = 3
    ) throws {
        context = try ZMQContext()
        frontend = "inproc://\(name)-frontend"
        backend = "inproc://\(name)-backend"
        let stop = StopToken()
        let coordinator = try Coordinator(
            configuration: CoordinatorConfiguration(
                frontend: frontend, backend: backend,
                heartbeatMilliseconds: heartbeatMilliseconds,
                liveness: liveness, maxAttempts: maxAttempts),
            context: context, stopToken: stop)
        let bound = DispatchSemaphore(value: 0)
        nonisolated(unsafe) let unsafeCoordinator = coordinator
        spawn(stop) {
            try unsafeCoordinator.bind()
            bound.signal()
            try unsafeCoordinator.run()
        }
        bound.wait()
    }

    /// Starts a worker thread for `handler`; returns its stop token.
    @discardableResult
    public func addWorker<Handler: StageHandler>(_ handler: Handler, instance: String, heartbeatMilliseconds: Int = 100) -> StopToken {
        let stop = StopToken()
        let configuration = WorkerConfiguration(
            endpoint: backend, instance: instance,
            heartbeatMilliseconds: heartbeatMilliseconds, liveness: 5)
        let context = self.context
        spawn(stop) {
            try StageWorker(handler: handler, configuration: configuration, context: context, stopToken: stop).run()
        }
        return stop
    }

    /// One worker per stage, using the minimal handlers.
    public func addMinimalWorkers(calls: MinimalStageHandlers.Calls = .init()) {
        addWorker(MinimalStageHandlers.Parser(calls: calls), instance: "parser-1")
        addWorker(MinimalStageHandlers.Resolver(), instance: "resolver-1")
        addWorker(MinimalStageHandlers.Matcher(calls: calls), instance: "matcher-1")
        addWorker(MinimalStageHandlers.Writer(), instance: "writer-1")
        addWorker(MinimalStageHandlers.Encoder(), instance: "encoder-1")
    }

    /// Starts a worker thread with the minimal handler of `stage`.
    public func addMinimalWorker(_ stage: Stage, instance: String, calls: MinimalStageHandlers.Calls = .init()) {
        switch stage {
        case .parser: addWorker(MinimalStageHandlers.Parser(calls: calls), instance: instance)
        case .resolver: addWorker(MinimalStageHandlers.Resolver(), instance: instance)
        case .matcher: addWorker(MinimalStageHandlers.Matcher(calls: calls), instance: instance)
        case .writer: addWorker(MinimalStageHandlers.Writer(), instance: instance)
        case .encoder: addWorker(MinimalStageHandlers.Encoder(), instance: instance)
        case .coordinator: return
        }
    }

    private func spawn(_ stop: StopToken, _ body: @escaping @Sendable () throws -> Void) {
        let done = DispatchSemaphore(value: 0)
        stops.append(stop)
        finished.append(done)
        Thread.detachNewThread {
            do { try body() } catch { FileHandle.standardError.write(Data("inproc thread: \(error)\n".utf8)) }
            done.signal()
        }
    }

    /// Stops every thread and waits for them (workers first, then the coordinator).
    public func shutdown() {
        for (stop, done) in zip(stops, finished).reversed() {
            stop.stop()
            _ = done.wait(timeout: .now() + 5)
        }
        stops.removeAll()
        finished.removeAll()
    }

    deinit { shutdown() }
}
