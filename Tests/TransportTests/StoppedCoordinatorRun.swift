import Foundation
import InMemoryLogging
import Logging
import StageRuntime

@testable import CoordinatorKit

/// Runs a coordinator that is already stopped, and returns what it logged.
///
/// `run()` then binds, does its start-up work (journal recovery, the "listening" line) and
/// closes its sockets again at once: a way to test start-up without a job.
enum StoppedCoordinatorRun {
    static func log(_ configuration: CoordinatorConfiguration) throws -> InMemoryLogHandler {
        let handler = InMemoryLogHandler()
        let stop = StopToken()
        stop.stop()
        let coordinator = try Coordinator(
            configuration: configuration, stopToken: stop,
            logger: Logger(label: "test.coordinator") { _ in handler })
        try coordinator.run()
        return handler
    }
}
