import Foundation

/// The most recent replies a worker sent, by request id, for answering redelivered requests.
struct ReplyCache {
    private var order: [String] = []
    private var replies: [String: Data] = [:]
    let capacity: Int

    init(capacity: Int) { self.capacity = max(1, capacity) }

    func reply(for id: String) -> Data? { replies[id] }

    mutating func store(_ reply: Data, for id: String) {
        if replies.updateValue(reply, forKey: id) == nil { order.append(id) }
        while order.count > capacity { replies[order.removeFirst()] = nil }
    }
}
