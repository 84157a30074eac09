import CrosscheckSchema
import Foundation

/// One job's progress through the pipeline, and the next requests it needs answered.
///
/// Pure bookkeeping with no sockets, so the rules are testable on their own: every document
/// moves parser → resolver and ends resolved or failed with a reason; once all have, the
/// bundle moves link → match → write. A job finishes only when every document is accounted for.
/// A class, so that updating one document does not copy the job's other documents.
final class JobState {
    enum Phase: Equatable { case documents, linking, matching, writing, finished }

    struct DocumentSlot {
        let raw: RawDocument
        var parsed: ParsedDocument?
        var resolved: ResolvedDocument?
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
    private(set) var result: RenderedReport?
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

    init(id: String, client: Data, request: JobRequest, maxDocumentBytes: Int, timeout: Double = 3600,
         started: Date = Date()) {
        self.id = id
        self.client = client
        self.started = started
        self.deadline = started.addingTimeInterval(min(timeout, request.timeoutSeconds ?? timeout))
        self.unreadable = request.unreadable
        self.embeddings = request.embeddings
        var slots: [DocumentSlot] = []
        for raw in request.documents {
            var slot = DocumentSlot(raw: raw)
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
        self.returnSettled = request.returnSettled == true
        self.failedCount = slots.filter { $0.failure != nil }.count
        self.settledCount = failedCount
        for settled in request.settled ?? [] { adoptSettled(settled) }
    }

    /// Fills a document's slot with outputs an earlier job computed, so it skips the per-document stages.
    private func adoptSettled(_ settled: SettledDocument) {
        guard let index = slotIndex[settled.id], slots[index].failure == nil, slots[index].parsed == nil,
              settled.resolved.document.id == settled.id else { return }
        slots[index].parsed = settled.parsed
        slots[index].resolved = settled.resolved
        slots[index].vectors = settled.vectors
        slots[index].warnings = settled.parsed.warnings
        slots[index].encoded = true
        given.insert(settled.id)
        parsedCount += 1
        resolvedCount += 1
        settledCount += 1
    }

    /// The outputs of the documents this job computed, when the request asked for them.
    var computedOutputs: [SettledDocument]? {
        guard returnSettled else { return nil }
        return slots.compactMap { slot in
            guard slot.failure == nil, !given.contains(slot.raw.id), let parsed = slot.parsed, let resolved = slot.resolved else {
                return nil
            }
            return SettledDocument(parsed: parsed, resolved: resolved, vectors: slot.vectors)
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
    func start() -> [Envelope] {
        let first = slots.filter { $0.failure == nil && $0.parsed == nil }.map { slot in
            request(.rawDocument(slot.raw), stage: "parse", document: slot.raw.id)
        }
        return first.isEmpty ? advanceBundle() : first
    }

    /// Counts done per stage, for progress lines.
    var progress: JobProgress {
        var done = ["parser": parsedCount, "resolver": resolvedCount]
        done["matcher"] = phase == .writing || phase == .finished ? slots.count : 0
        done["writer"] = phase == .finished && result != nil ? slots.count : 0
        return JobProgress(job: id, documents: slots.count + unreadable.count, done: done,
                           failed: failedCount + unreadable.count,
                           conflicts: conflicts)
    }

    /// Records a successful reply and returns the requests that follow from it.
    func accept(_ payload: Payload, for item: WorkItem) -> [Envelope] {
        if let doc = item.document, let index = slotIndex[doc] {
            slots[index].attempts = max(slots[index].attempts, item.attempt)
        }
        switch payload {
        case .parsedDocument(let parsed):
            guard let index = slotIndex[parsed.id], slots[index].parsed == nil, slots[index].failure == nil else { return [] }
            slots[index].parsed = parsed
            slots[index].warnings = parsed.warnings
            parsedCount += 1
            let encode = slots[index].encoded ? [] : [request(.encodeRequest(EncodeRequest(parsed)), stage: "encode", document: parsed.id)]
            return [request(.parsedDocument(parsed), stage: "resolve", document: parsed.id)] + encode
        case .resolvedDocument(let resolved):
            guard let index = slotIndex[resolved.document.id], slots[index].resolved == nil, slots[index].failure == nil else { return [] }
            slots[index].resolved = resolved
            resolvedCount += 1
            return settleIfDone(index)
        case .encodedDocument(let vectors):
            guard let index = slotIndex[vectors.document], !slots[index].encoded, slots[index].failure == nil else { return [] }
            slots[index].vectors = vectors
            slots[index].encoded = true
            return settleIfDone(index)
        case .linkedBundle(var bundle) where phase == .linking:
            if embeddings == true { bundle.sentenceVectors = bundleVectors(for: bundle) }
            phase = .matching
            return [request(.linkedBundle(bundle), stage: "match", document: nil)]
        case .analysis(var analysis) where phase == .matching:
            phase = .writing
            conflicts = analysis.clusters.filter { $0.status == .conflicting }.count
            analysis.failed = failures
            analysis.embeddings = embeddingStatus
            return [request(.analysis(analysis), stage: "write", document: nil)]
        case .finishedReport(let report) where phase == .writing:
            phase = .finished
            result = report
            return []
        default:
            return []
        }
    }

    /// Ends the job without a report: every unsettled document fails with `reason`.
    func abort(reason: String, timedOut: Bool = false) {
        guard phase != .finished else { return }
        phase = .finished
        jobError = reason
        self.timedOut = timedOut
    }

    /// Records that a request failed for good; a document failure lets the bundle go on.
    func fail(_ item: WorkItem, reason: String) -> [Envelope] {
        if let doc = item.document, let index = slotIndex[doc], item.envelope.type == .encodeRequest {
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
    private func settleIfDone(_ index: Int) -> [Envelope] {
        guard slots[index].isSettled, slots[index].failure == nil else { return [] }
        settledCount += 1
        return settledCount == slots.count ? advanceBundle() : []
    }

    private func advanceBundle() -> [Envelope] {
        guard phase == .documents else { return [] }
        phase = .linking
        let documents = slots.compactMap(\.resolved)
        return [request(.linkRequest(LinkRequest(documents: documents)), stage: "link", document: nil)]
    }

    /// Every input that did not make it into the analysis, with why.
    var failures: [FailedInput] {
        unreadable + slots.compactMap { slot in
            slot.failure.map { FailedInput(id: slot.raw.id, path: slot.raw.path, error: $0) }
        }
    }

    /// The job's final account: report (if any), documents' fates, instances.
    func summary(coordinator: WorkerAnnouncement, coordinatorMessages: Int, now: Date = Date()) -> JobResult {
        var fates = unreadable.map {
            DocumentFate(id: $0.id, path: $0.path, status: .failed, attempts: 0, error: $0.error)
        }
        for slot in slots {
            let failed = slot.failure != nil || (result == nil && jobError != nil)
            fates.append(DocumentFate(
                id: slot.raw.id, path: slot.raw.path, status: failed ? .failed : .ok,
                attempts: slot.attempts, error: slot.failure ?? (failed ? jobError : nil), warnings: slot.warnings))
        }
        var instances = stats.values.map {
            InstanceSummary(stage: $0.announcement.stage, instance: $0.announcement.instance,
                            pid: $0.announcement.pid, host: $0.announcement.host,
                            messages: $0.messages, errors: $0.errors, seconds: ($0.seconds * 1000).rounded() / 1000,
                            lost: $0.lost > 0 ? $0.lost : nil)
        }
        instances.append(InstanceSummary(stage: .coordinator, instance: coordinator.instance, pid: coordinator.pid,
                                         host: coordinator.host, messages: coordinatorMessages, errors: 0,
                                         seconds: (now.timeIntervalSince(started) * 1000).rounded() / 1000))
        instances.sort { ($0.stage, $0.instance) < ($1.stage, $1.instance) }
        let run = RunSummary(job: id, seconds: (now.timeIntervalSince(started) * 1000).rounded() / 1000,
                             instances: instances, documents: fates, embeddings: embeddingStatus)
        var job = JobResult(report: result, run: run, error: result == nil ? (jobError ?? "the job produced no report") : nil,
                            timedOut: timedOut ? true : nil)
        job.settled = result == nil ? nil : computedOutputs
        return job
    }

    private func request(_ payload: Payload, stage: String, document: String?) -> Envelope {
        Envelope(job: id, id: "\(id)/\(stage)" + (document.map { "/\($0)" } ?? ""),
                 sender: "coordinator", document: document, payload: payload)
    }
}
