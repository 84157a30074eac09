import CrosscheckSchema
import Foundation

/// What the coordinator knows of one connected stage worker.
struct WorkerRecord {
    let routingID: Data
    let announcement: WorkerAnnouncement
    var lastSeen: Date
    /// The request it holds; a worker gets one at a time (READY-gated, as in the guide's LRU queue).
    var task: String?

    var stage: Stage { announcement.stage }
    var name: String { announcement.instance }
}
