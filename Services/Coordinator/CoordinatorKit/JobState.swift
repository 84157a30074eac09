import CrosscheckSchema
import Foundation

/// One job's progress through the pipeline, and the next requests it needs answered.
///
/// Pure bookkeeping with no sockets, so the rules are testable on their own: every document
/// moves parser → resolver and ends resolved or failed with a reason; once all have, the
/// bundle moves link → match → write (a `perDocument` job, `JobKind`, ends there instead, with
/// no report). A job finishes only when every document is accounted for.
/// A class, so that updating one document does not copy the job's other documents.
///
/// Stage outputs are kept and forwarded as payload bytes (`RoutedMessage`): a parsed document
/// goes to the resolver as it came, the link request is spliced from the resolved documents'
/// bytes, and the analysis and report are passed on with only the members the coordinator
/// fills in spliced in (`JSONObjectBytes`). Nothing the coordinator only forwards is decoded.
final class JobState {
    enum Phase: Equatable { case documents, linking, matching, writing, finished }

    struct DocumentSlot {
        let id: String
        let path: String
        /// Payload bytes of the parser's and the resolver's answers; empty once passed on (the
        /// coordinator holds no copy it does not need) unless the client asked for them back.
        var parsed: Data?
        var resolved: Data?
        var failure: String?
        var attempts = 0
        var warnings: [String] = []
        /// The encoder's answer; `encoded` is true once it came (or failed, or was not asked for).
        var vectors: SentenceVectors?
        var encoded = true

        var isSettled: Bool { (resolved != nil && encoded) || failure != nil }
    }

    /// Work counted per instance, for `run.json`.
    struct InstanceStats {
        var announcement: WorkerAnnouncement
        var messages = 0
        var errors = 0
        var seconds = 0.0
        /// Requests it held when it died or was evicted.
        var lost = 0
    }

    let id: String
    /// The client's routing id; empty for a job recovered from the journal until its client is back.
    var client: Data
    let started: Date
    private(set) var phase: Phase = .documents
    private(set) var slots: [DocumentSlot]
    private var slotIndex: [String: Int] = [:]
    private(set) var unreadable: [FailedInput]
    private(set) var conflicts: Int?
    var stats: [String: InstanceStats] = [:]
    /// The writer's `report.finished` payload bytes.
    private(set) var result: Data?
    /// The documents to parse, until `start()` has turned them into requests.
    private var raws: [RawDocument] = []
    /// Their `document.raw` payloads, when encoded already (off the socket thread).
    private var rawPayloads: [String: Data]
    private var parsedCount = 0
    private var resolvedCount = 0
    private var failedCount = 0
    private var settledCount = 0
    private(set) var jobError: String?
    /// Whether the job asked for sentence vectors (nil: the encoder stage is left out).
    let embeddings: Bool?
    /// Encoder failures by document, reported in the embedding status; never a document failure.
    private(set) var encodeFailures: [String: String] = [:]
    private(set) var timedOut = false
    /// When the job fails if it has not finished.
    let deadline: Date
    /// Ids of the documents the request came with outputs for, and whether it asked for the others' outputs.
    private var given: Set<String> = []
    private let returnSettled: Bool
    /// False when the client asked for `report.json` alone (`JobRequest.renderings`), passed on to the writer.
    private let renderings: Bool?
    /// True for a `perDocument` job: it ends once every document is settled, with no report.
    let perDocumentOnly: Bool

    init(
        id: String, client: Data, request: JobRequest, maxDocumentBytes: Int, timeout: Double = 3600,
        started: Date = Date(), rawPayloads: [String: Data] = [:], settled: [SettledPayload] = []
    ) {
        self.rawPayloads = rawPayloads
        self.id = id
        self.client = client
        self.started = started
        self.deadline = started.addingTimeInterval(min(timeout, request.timeoutSeconds ?? timeout))
        self.unreadable = request.unreadable
        self.embeddings = request.embeddings
        var slots: [DocumentSlot] = []
        for raw in request.documents {
            var slot = DocumentSlot(id: raw.id, path: raw.path)
            slot.encoded = request.embeddings != true
            if slotIndex[raw.id] != nil {
                slot.failure = "duplicate document id \(raw.id) (\(raw.path)); ids must be unique in a job"
            } else if Self.receivedBytes(raw) > maxDocumentBytes {
                let size = Self.megabytes(Self.receivedBytes(raw))
                slot.failure = "\(raw.path) is \(size), over the \(Self.megabytes(maxDocumentBytes)) limit per document"
            }
            if slotIndex[raw.id] == nil { slotIndex[raw.id] = slots.count }
            slots.append(slot)
        }
        self.slots = slots
        self.raws = request.documents
        self.returnSettled = request.returnSettled == true
        self.renderings = request.renderings == false ? false : nil
        self.perDocumentOnly = request.kind == .perDocument
        self.failedCount = slots.filter { $0.failure != nil }.count
        self.settledCount = failedCount
        for payload in settled + SettledPayload.encoding(request.settled ?? []) { adoptSettled(payload) }
    }

    /// Fills a document's slot with outputs an earlier job computed, so it skips the per-document stages.
    private func adoptSettled(_ settled: SettledPayload) {
        guard let index = slotIndex[settled.id], slots[index].failure == nil, slots[index].parsed == nil else { return }
        // Only the resolved document goes on (to the linker); a given document's outputs are not sent back.
        slots[index].parsed = Data()
        slots[index].resolved = settled.resolved
        slots[index].vectors = settled.vectors
        slots[index].warnings = settled.warnings
        slots[index].encoded = true
        given.insert(settled.id)
        parsedCount += 1
        resolvedCount += 1
        settledCount += 1
    }

    /// The outputs of the documents this job computed, when the request asked for them: each a
    /// `SettledDocument` object spliced from the stages' payload bytes.
    var computedOutputs: [Data]? {
        guard returnSettled else { return nil }
        return slots.compactMap { slot in
            guard slot.failure == nil, !given.contains(slot.id), let parsed = slot.parsed, let resolved = slot.resolved else {
                return nil
            }
            // try?: vectors decoded from JSON encode again.
            let vectors = slot.vectors.flatMap { try? MessageCodec.makeEncoder().encode($0) }
            return JSONObjectBytes.setting([("parsed", parsed), ("resolved", resolved), ("vectors", vectors)], in: Data("{}".utf8))
        }
    }

    /// The size of a document as received: its content's bytes, whatever the client declared.
    static func receivedBytes(_ raw: RawDocument) -> Int {
        let content = raw.content.utf8.count
        return max(raw.bytes, raw.encoding == .base64 ? content / 4 * 3 : content)
    }

    private static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }

    var isFinished: Bool { phase == .finished }

    /// The first requests of the job: one parse per admissible document (or the link step).
    func start() -> [RoutedMessage] {
        let admitted = Set(slots.filter { $0.failure == nil && $0.parsed == nil }.map(\.id))
        var first: [RoutedMessage] = []
        var seen: Set<String> = []
        for raw in raws where admitted.contains(raw.id) && seen.insert(raw.id).inserted {
            if let payload = rawPayloads[raw.id] {
                first.append(forward(payload, type: .rawDocument, stage: "parse", document: raw.id))
            } else if let message = request(.rawDocument(raw), stage: "parse", document: raw.id) {
                first.append(message)
            }
        }
        raws = []
        rawPayloads = [:]
        return first.isEmpty ? advanceBundle() : first
    }

    /// Counts done per stage, for progress lines.
    var progress: JobProgress {
        var done = ["parser": parsedCount, "resolver": resolvedCount]
        // A per-document job has no matcher or writer to count.
        done["matcher"] = !perDocumentOnly && (phase == .writing || phase == .finished) ? slots.count : 0
        done["writer"] = !perDocumentOnly && phase == .finished && succeeded ? slots.count : 0
        return JobProgress(
            job: id, documents: slots.count + unreadable.count, done: done,
            failed: failedCount + unreadable.count,
            conflicts: conflicts)
    }

    /// Records a successful reply and returns the requests that follow from it.
    ///
    /// `ReplyCheck` has made sure the reply is the type the request asked for, about its document.
    func accept(_ reply: RoutedMessage, facts: ReplyFacts?, for item: WorkItem) -> [RoutedMessage] {
        let index = item.document.flatMap { slotIndex[$0] }
        if let index { slots[index].attempts = max(slots[index].attempts, item.attempt) }
        switch reply.header.type {
        case .parsedDocument:
            guard let index, slots[index].parsed == nil, slots[index].failure == nil else { return [] }
            // Kept only when the client wants the outputs back; otherwise it goes on to the resolver and is dropped.
            slots[index].parsed = returnSettled ? reply.payload : Data()
            slots[index].warnings = facts?.warnings ?? []
            parsedCount += 1
            let resolve = forward(reply.payload, type: .parsedDocument, stage: "resolve", document: slots[index].id)
            return [resolve] + (slots[index].encoded ? [] : encodeRequest(reply.payload, document: slots[index].id))
        case .resolvedDocument:
            guard let index, slots[index].resolved == nil, slots[index].failure == nil else { return [] }
            slots[index].resolved = reply.payload
            resolvedCount += 1
            return settleIfDone(index)
        case .encodedDocument:
            guard let index, !slots[index].encoded, slots[index].failure == nil else { return [] }
            do {
                slots[index].vectors = try JSONDecoder().decode(SentenceVectors.self, from: reply.payload)
            } catch {
                encodeFailures[slots[index].id] = "the encoder's answer did not decode (\(error))"
            }
            slots[index].encoded = true
            return settleIfDone(index)
        case .linkedBundle where phase == .linking:
            phase = .matching
            return [forward(withVectors(reply.payload), type: .linkedBundle, stage: "match", document: nil)]
        case .analysis where phase == .matching:
            phase = .writing
            let analysis = facts?.object
            conflicts = facts?.conflicts ?? 0
            let encoder = MessageCodec.makeEncoder()
            // try?: lists of strings and the embedding status always encode.
            let filled = analysis?.setting([
                ("failed", (try? encoder.encode(failures)) ?? Data("[]".utf8)),
                ("embeddings", embeddingStatus.flatMap { try? encoder.encode($0) }),
                ("renderings", renderings.flatMap { try? encoder.encode($0) }),
            ])
            return [forward(filled ?? reply.payload, type: .analysis, stage: "write", document: nil)]
        case .finishedReport where phase == .writing:
            phase = .finished
            result = reply.payload
            succeeded = true
            return []
        default:
            return []
        }
    }

    /// The encoder's request for a parsed document (only when the job asked for vectors).
    private func encodeRequest(_ parsed: Data, document: String) -> [RoutedMessage] {
        // try?: the parser's own output decodes; were it not to, the resolver reports the document, and it has no vectors.
        guard let decoded = try? JSONDecoder().decode(ParsedDocument.self, from: parsed),
            let message = request(.encodeRequest(EncodeRequest(decoded)), stage: "encode", document: document)
        else { return [] }
        return [message]
    }

    /// The linked bundle as it came, or, when the job asked for vectors, with them added.
    private func withVectors(_ bundle: Data) -> Data {
        // try?: the linker's bundle lists its documents and vectors re-encode; without them the matcher uses text alone.
        guard embeddings == true, let object = JSONObjectBytes(bundle),
            let documents = try? object.decode([DocumentID].self, "documents"),
            let vectors = try? MessageCodec.makeEncoder().encode(bundleVectors(for: documents.map(\.document.id)))
        else {
            return bundle
        }
        return object.setting("sentenceVectors", to: vectors)
    }

    /// A resolved document's id, read without the rest of it.
    struct DocumentID: Decodable {
        struct Inner: Decodable { var id: String }
        var document: Inner
    }

    /// Ends the job without a report: every unsettled document fails with `reason`.
    func abort(reason: String, timedOut: Bool = false) {
        guard phase != .finished else { return }
        phase = .finished
        jobError = reason
        self.timedOut = timedOut
    }

    /// Records that a request failed for good; a document failure lets the bundle go on.
    func fail(_ item: WorkItem, reason: String) -> [RoutedMessage] {
        if let doc = item.document, let index = slotIndex[doc], item.message.header.type == .encodeRequest {
            guard !slots[index].encoded else { return [] }
            slots[index].encoded = true
            encodeFailures[doc] = reason
            return settleIfDone(index)
        }
        if let doc = item.document, let index = slotIndex[doc] {
            guard !slots[index].isSettled else { return [] }
            slots[index].failure = reason
            slots[index].attempts = max(slots[index].attempts, item.attempt)
            failedCount += 1
            settledCount += 1
            return settledCount == slots.count ? advanceBundle() : []
        }
        phase = .finished
        jobError = "\(item.stage.rawValue) failed: \(reason)"
        return []
    }

    /// Counts slot `index` as settled once its last per-document answer is in.
    private func settleIfDone(_ index: Int) -> [RoutedMessage] {
        guard slots[index].isSettled, slots[index].failure == nil else { return [] }
        settledCount += 1
        return settledCount == slots.count ? advanceBundle() : []
    }

    private func advanceBundle() -> [RoutedMessage] {
        guard phase == .documents else { return [] }
        if perDocumentOnly {
            // No bundle step: the job is done once its documents are, and asks nothing of a linker, matcher or writer.
            phase = .finished
            succeeded = true
            return []
        }
        phase = .linking
        let documents = JSONObjectBytes.array(slots.compactMap(\.resolved))
        // The link request holds them now; only the computed ones are still wanted (to go back to the client).
        for index in slots.indices where slots[index].resolved != nil && (!returnSettled || given.contains(slots[index].id)) {
            slots[index].resolved = Data()
        }
        let link = JSONObjectBytes(Data("{}".utf8))?.setting("documents", to: documents) ?? Data()
        return [forward(link, type: .linkRequest, stage: "link", document: nil)]
    }

    /// Every input that did not make it into the analysis, with why.
    var failures: [FailedInput] {
        unreadable
            + slots.compactMap { slot in
                slot.failure.map { FailedInput(id: slot.id, path: slot.path, error: $0) }
            }
    }

    /// Whether the job produced a report, or, for a `perDocument` job, settled all its documents.
    private(set) var succeeded = false

    /// Lets go of the report bytes once `summary` has copied them into the result (a big report
    /// is then held once less while the result frame is built and sent).
    func releaseReport() {
        result = nil
    }

    /// The job's final account as a `job.result` payload: the writer's report bytes spliced into
    /// the run account (documents' fates, instances), with the computed outputs when asked for.
    func summary(coordinator: WorkerAnnouncement, coordinatorMessages: Int, now: Date = Date()) throws -> Data {
        try summaryPieces(coordinator: coordinator, coordinatorMessages: coordinatorMessages, now: now).joined
    }

    /// `summary` as pieces: the report stays the slice of the writer's frame it is, not copied.
    func summaryPieces(coordinator: WorkerAnnouncement, coordinatorMessages: Int, now: Date = Date()) throws -> BytePieces {
        let job = account(coordinator: coordinator, coordinatorMessages: coordinatorMessages, now: now)
        let settled = succeeded ? computedOutputs.map(JSONObjectBytes.array) : nil
        let members: [(String, Data?)] = [("report", result), ("settled", settled)]
        let plain = try MessageCodec.makeEncoder().encode(job)
        guard let object = JSONObjectBytes(plain) else {
            var pieces = BytePieces()
            pieces.append(plain)
            return pieces
        }
        return object.settingPieces(members)
    }

    /// The job's final account without the report and outputs (which `summary` splices in).
    private func account(coordinator: WorkerAnnouncement, coordinatorMessages: Int, now: Date) -> JobResult {
        var fates = unreadable.map {
            DocumentFate(id: $0.id, path: $0.path, status: .failed, attempts: 0, error: $0.error)
        }
        for slot in slots {
            let failed = slot.failure != nil || (!succeeded && jobError != nil)
            fates.append(
                DocumentFate(
                    id: slot.id, path: slot.path, status: failed ? .failed : .ok,
                    attempts: slot.attempts, error: slot.failure ?? (failed ? jobError : nil), warnings: slot.warnings))
        }
        var instances = stats.values.map {
            InstanceSummary(
                stage: $0.announcement.stage, instance: $0.announcement.instance,
                pid: $0.announcement.pid, host: $0.announcement.host,
                messages: $0.messages, errors: $0.errors, seconds: ($0.seconds * 1000).rounded() / 1000,
                lost: $0.lost > 0 ? $0.lost : nil)
        }
        instances.append(
            InstanceSummary(
                stage: .coordinator, instance: coordinator.instance, pid: coordinator.pid,
                host: coordinator.host, messages: coordinatorMessages, errors: 0,
                seconds: (now.timeIntervalSince(started) * 1000).rounded() / 1000))
        instances.sort { ($0.stage, $0.instance) < ($1.stage, $1.instance) }
        let run = RunSummary(
            job: id, seconds: (now.timeIntervalSince(started) * 1000).rounded() / 1000,
            instances: instances, documents: fates, embeddings: embeddingStatus)
        return JobResult(
            report: nil, run: run, error: succeeded ? nil : (jobError ?? "the job produced no report"),
            timedOut: timedOut ? true : nil)
    }

    private func requestID(_ stage: String, _ document: String?) -> String {
        "\(id)/\(stage)" + (document.map { "/\($0)" } ?? "")
    }

    /// A request the coordinator builds itself (a raw document, an encode request).
    private func request(_ payload: Payload, stage: String, document: String?) -> RoutedMessage? {
        // try?: a payload the coordinator built from decoded values always encodes.
        try? RoutedMessage(job: id, id: requestID(stage, document), sender: "coordinator", document: document, payload: payload)
    }

    /// A request whose payload is bytes the coordinator passes on.
    private func forward(_ payload: Data, type: MessageType, stage: String, document: String?) -> RoutedMessage {
        RoutedMessage(
            header: .init(type: type, job: id, id: requestID(stage, document), sender: "coordinator", document: document),
            payload: payload)
    }
}
