import CrosscheckSchema
import CrosscheckTestKit
import Foundation
import Testing
import ZeroMQ

@testable import StageRuntime

/// A work thread that cannot use its wake socket stops with an error naming why, instead of
/// leaving the stage to hang.
@Suite("Work loop failure")
struct WorkLoopFailureTests {
    @Test("a wake socket that cannot connect makes the work loop throw a work-thread error naming the endpoint")
    func wakeSocketCannotConnect() throws {
        let context = try ZMQContext()
        let loop = WorkLoop(
            handler: MinimalStageHandlers.Parser(calls: MinimalStageHandlers.Calls()), context: context,
            endpoint: "bogus://nowhere", handoff: WorkHandoff(), instance: "parser-wake")
        let error = #expect(throws: ErrorReport.self) { try loop.run() }
        #expect(error?.code == "work-thread")
        #expect(error?.message.contains("bogus://nowhere") == true)
        #expect(error?.message.contains("parser-wake") == true)
    }
}
