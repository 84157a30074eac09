import CrosscheckSchema
import Foundation

/// A frame from a worker, split and read as far as the coordinator needs.
///
/// Making one scans a stage reply's payload once (`ReplyFacts`), which for a big bundle or
/// report takes long enough that the coordinator does it off its socket thread.
struct WorkerFrame: Sendable {
    let peer: Data
    let frame: Data
    let message: Result<RoutedMessage, MessageCodec.DecodeFailure>
    /// What the coordinator reads of a stage reply's payload; nil for control messages.
    let facts: ReplyFacts?

    init(peer: Data, frame: Data) {
        self.peer = peer
        self.frame = frame
        message = RoutedMessage.split(frame)
        if case .success(let message) = message, message.header.type.isStageReply {
            facts = ReplyFacts(message)
        } else {
            facts = nil
        }
    }
}

/// What the coordinator reads of a stage reply's payload without decoding it.
struct ReplyFacts: Sendable {
    /// The payload's top level; nil when the payload is not a JSON object.
    var object: JSONObjectBytes?
    /// For a per-document reply: the document id inside the payload ("?" when it names none).
    var documentID: String?
    /// For `document.parsed`: the parser's warnings.
    var warnings: [String] = []
    /// For `bundle.analysis`: how many clusters are `conflicting`.
    var conflicts = 0

    init(_ message: RoutedMessage) {
        object = JSONObjectBytes(message.payload)
        guard let object else { return }
        // try?: these are facts for progress lines only; the stage that reads the payload reports a bad one.
        switch message.header.type {
        case .parsedDocument:
            documentID = (try? object.decode(String.self, "id")) ?? "?"
            warnings = ((try? object.decode([String].self, "warnings")) ?? nil) ?? []
        case .resolvedDocument:
            documentID = object.value("document").flatMap(JSONObjectBytes.init).flatMap { try? $0.decode(String.self, "id") } ?? "?"
        case .analysis:
            let verdicts = ((try? object.decode([ClusterVerdict].self, "clusters")) ?? nil) ?? []
            conflicts = verdicts.filter { $0.status == .conflicting }.count
        default:
            break
        }
    }

    /// The verdict of one cluster, read without the rest of it.
    private struct ClusterVerdict: Decodable {
        var status: ClusterStatus
    }
}

extension MessageType {
    /// Whether a stage answers a request with this type (errors aside).
    var isStageReply: Bool {
        MessageType.allCases.contains { $0.replyType == self }
    }
}
