import Foundation

/// The most recent replies a worker sent, by request id and request digest, for answering
/// redelivered requests.
///
/// Both must match: an id alone is not enough, since ids are derived from job, stage and
/// document, and a request with a known id but different content must be computed again.
struct ReplyCache {
    private struct Key: Hashable {
        let id: String
        let digest: RequestDigest
    }

    private var order: [Key] = []
    private var replies: [Key: Data] = [:]
    let capacity: Int

    init(capacity: Int) { self.capacity = max(1, capacity) }

    func reply(for id: String, digest: RequestDigest) -> Data? { replies[Key(id: id, digest: digest)] }

    mutating func store(_ reply: Data, for id: String, digest: RequestDigest) {
        let key = Key(id: id, digest: digest)
        if replies.updateValue(reply, forKey: key) == nil { order.append(key) }
        while order.count > capacity { replies[order.removeFirst()] = nil }
    }
}
