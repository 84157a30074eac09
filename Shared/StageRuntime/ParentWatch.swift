import Foundation
import ZeroMQ

/// Ends this process when its supervisor is gone, so no service outlives `crosscheck run`.
///
/// Linux's `PR_SET_PDEATHSIG` is reached through the variadic `prctl`, which Swift cannot
/// call; a parent-pid watch does the same portably. Every half second it compares `getppid()`
/// with the supervisor's pid (given on the command line, so a parent that died before the
/// watch started is noticed too). When they differ it asks the loops to stop cleanly and,
/// should they not have within three seconds, exits.
public enum ParentWatch {
    /// Starts watching `parent` on a background queue.
    public static func start(parent: Int32, interval: Double = 0.5) {
        let timer = DispatchSource.makeTimerSource(queue: .global())
        timer.schedule(deadline: .now() + interval, repeating: interval)
        timer.setEventHandler {
            guard getppid() != parent else { return }
            FileHandle.standardError.write(Data("parent process \(parent) is gone; stopping\n".utf8))
            ShutdownSignal.request()
            DispatchQueue.global().asyncAfter(deadline: .now() + 3) { exit(3) }
            timer.cancel()
        }
        // The handler holds the timer, which keeps it alive for the life of the process.
        timer.resume()
    }
}
