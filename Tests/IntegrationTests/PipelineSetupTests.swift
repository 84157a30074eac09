import CrosscheckKit
import CrosscheckSchema
import CrosscheckTestKit
import Foundation
import Testing

/// The key end-to-end scenarios, each run in-process (threads, inproc sockets, minimal stage
/// handlers) and as real processes (the built executables on tcp loopback) through one API.
@Suite("key scenarios under both pipeline setups", .serialized)
struct PipelineSetupTests {
    private static func raw(_ id: String, _ data: Data) -> RawDocument {
        RawDocument(id: id, path: "in/\(id).txt", data: data)
    }

    @Test("the seeds run through every stage and every document is accounted for", arguments: PipelineSetup.allCases)
    func seeds(setup: PipelineSetup) throws {
        let request = InputCollector().collect([RepositoryPaths.seeds.path])
        #expect(request.documents.count == 5)
        let result = try withPipeline(setup) { try $0.run(request) }
        #expect(result.error == nil)
        #expect(result.run.documents.count == 5 && result.run.documents.allSatisfy { $0.status == .ok })
        #expect(Set(result.run.instances.map(\.stage)) == Set(PipelineSupervisor.coreStages + [.coordinator]))
        let report = try #require(result.report)
        if setup == .processes {
            let decoded = try JSONDecoder().decode(Report.self, from: Data(report.json.utf8))
            #expect(decoded.documents.count == 5 && !decoded.entities.isEmpty && !decoded.clusters.isEmpty)
        }
    }

    @Test("bad input fails alone with a reason naming it, and the rest of the job goes on", arguments: PipelineSetup.allCases)
    func badInput(setup: PipelineSetup) throws {
        let good = Data("Officials said the bridge in the capital reopened on Monday after repairs.".utf8)
        let request = JobRequest(
            documents: [
                Self.raw("good", good), Self.raw("empty", Data()),
                Self.raw("binary", Data((0..<512).map { UInt8($0 % 256) })),
            ],
            unreadable: [FailedInput(id: "gone", path: "in/gone.txt", error: "in/gone.txt: no such file")])
        let result = try withPipeline(setup) { try $0.run(request) }
        let fates = Dictionary(uniqueKeysWithValues: result.run.documents.map { ($0.id, $0) })
        #expect(fates["good"]?.status == .ok)
        for id in ["empty", "binary", "gone"] {
            #expect(fates[id]?.status == .failed, "\(id): \(String(describing: fates[id]))")
            #expect(fates[id]?.error?.contains("in/\(id).txt") == true, "\(id): \(String(describing: fates[id]?.error))")
        }
        #expect(result.report != nil, "a report is written for what succeeded")
    }

    @Test("two resolver replicas both register and the job completes", arguments: PipelineSetup.allCases)
    func replicas(setup: PipelineSetup) throws {
        let request = InputCollector().collect([RepositoryPaths.seeds.path])
        let result = try withPipeline(setup, replicas: [.resolver: 2]) { try $0.run(request) }
        let resolvers = result.run.instances.filter { $0.stage == .resolver }
        #expect(Set(resolvers.map(\.instance)) == ["resolver-1", "resolver-2"])
        #expect(resolvers.reduce(0) { $0 + $1.messages } >= 5, "every document is resolved: \(resolvers)")
        #expect(result.run.documents.allSatisfy { $0.status == .ok })
    }
}
