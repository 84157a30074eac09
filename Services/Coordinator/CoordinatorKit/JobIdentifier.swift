import Foundation

/// Makes job ids that are unique across coordinator restarts and hosts.
///
/// An id is `j-<UTC date>-<8 hex digits drawn once per coordinator process>-<counter>`: the
/// date keeps ids readable and roughly sortable, the random part differs between two
/// coordinators (or one coordinator before and after a crash), so a worker's reply cache can
/// never mistake a new job's request for an old one's.
struct JobIdentifier {
    private let epoch: String
    private var counter = 0

    init(epoch: String = JobIdentifier.randomEpoch()) { self.epoch = epoch }

    /// The next id.
    mutating func next(now: Date = Date()) -> String {
        counter += 1
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyyMMdd"
        formatter.timeZone = TimeZone(identifier: "UTC")
        return String(format: "j-%@-%@-%04d", formatter.string(from: now), epoch, counter)
    }

    static func randomEpoch() -> String {
        String(format: "%08x", UInt32.random(in: 0...UInt32.max))
    }
}
