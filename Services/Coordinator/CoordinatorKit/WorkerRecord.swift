import CrosscheckSchema
import Foundation

/// What the coordinator knows of one connected stage worker.
struct WorkerRecord {
    let routingID: Data
    let announcement: WorkerAnnouncement
    var lastSeen: Date
    /// Requests it holds, oldest first. At most the coordinator's credit per worker: enough to
    /// hide a round trip, few enough that a dead worker strands little (and that is requeued).
    var tasks: [String] = []
    /// When it was last given work, to spread work evenly among equally loaded workers.
    var lastDispatch = Date.distantPast
    /// Whether it has heartbeated since announcing itself: only such workers get work, so a
    /// peer that only says `worker.ready` (a flood of them, say) never strands a request.
    var proven = false
    /// Missed deadlines and wrong answers so far.
    var strikes = 0
    /// The requests it was struck for.
    var struckFor: Set<String> = []
    /// Heavy requests given up while it still works on them: it gets nothing else until it
    /// answers them (late), or it would queue new work behind a document known to be slow.
    var abandoned: Set<String> = []

    var stage: Stage { announcement.stage }
    var name: String { announcement.instance }
    /// Who it is across reconnections, for eviction.
    var key: String { "\(announcement.instance)@\(announcement.host)#\(announcement.pid)" }
}
