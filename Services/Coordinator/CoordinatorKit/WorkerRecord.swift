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

    var stage: Stage { announcement.stage }
    var name: String { announcement.instance }
}
