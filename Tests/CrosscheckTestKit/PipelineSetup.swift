import CrosscheckKit
import CrosscheckSchema
import Foundation

/// How `withPipeline` runs the stages, like hummingbird's testing setups (`.router` / `.live`).
public enum PipelineSetup: String, Sendable, CaseIterable, CustomStringConvertible {
    /// The coordinator and `MinimalStageHandlers` as threads of the test process over inproc
    /// sockets: the whole transport, fast, without the stages' analysis.
    case inproc
    /// The real executables of `RepositoryPaths.binaries`, one process per instance on tcp
    /// loopback, started the way `crosscheck run` starts them.
    case processes

    public var description: String { rawValue }
}

/// A client of a pipeline that `withPipeline` started: submits jobs, the same way in either setup.
public struct PipelineClient {
    public let setup: PipelineSetup
    let endpoint: String
    let client: JobClient
    let awaitWorkers: [String: Int]

    /// Runs `request` to its end (waiting for every started instance to register first).
    public func run(_ request: JobRequest, progress: (JobProgress) -> Void = { _ in }) throws -> JobResult {
        var request = request
        request.awaitWorkers = request.awaitWorkers ?? awaitWorkers
        request.embeddings = request.embeddings ?? false
        return try client.run(request, progress: progress)
    }
}

/// Starts a pipeline in `setup` with `replicas` instances of each of `stages` (1 when not
/// given), hands `body` a client, and stops every thread or process afterwards.
public func withPipeline<T>(
    _ setup: PipelineSetup, replicas: [Stage: Int] = [:],
    stages: [Stage] = PipelineSupervisor.coreStages,
    _ body: (PipelineClient) throws -> T
) throws -> T {
    let awaitWorkers = Dictionary(uniqueKeysWithValues: stages.map { ($0.rawValue, max(1, replicas[$0] ?? 1)) })
    switch setup {
    case .inproc:
        let pipeline = try InprocPipeline()
        defer { pipeline.shutdown() }
        for stage in stages {
            for n in 1...max(1, replicas[stage] ?? 1) { pipeline.addMinimalWorker(stage, instance: "\(stage.rawValue)-\(n)") }
        }
        let client = try JobClient(endpoint: pipeline.frontend, context: pipeline.context, idleTimeout: 30)
        return try body(PipelineClient(setup: setup, endpoint: pipeline.frontend, client: client, awaitWorkers: awaitWorkers))
    case .processes:
        let logs = try RepositoryPaths.temporaryFolder("pipeline-logs")
        let supervisor = PipelineSupervisor(executables: ServiceExecutables(directory: RepositoryPaths.binaries), logDirectory: logs)
        defer { supervisor.stopAll() }
        try supervisor.start(replicas: replicas, stages: stages, record: nil)
        let client = try JobClient(endpoint: supervisor.frontend, idleTimeout: 60)
        return try body(PipelineClient(setup: setup, endpoint: supervisor.frontend, client: client, awaitWorkers: awaitWorkers))
    }
}
