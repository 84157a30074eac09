import CrosscheckSchema
import Foundation

/// One realistic envelope for every message type, about a fictional event.
///
/// The event: Kenya and Tanzania sign a Lake Victoria fisheries accord in Kisumu; a second
/// outlet gives another date. Offsets are computed from the article texts, so every span
/// slices the words it claims to. Some samples fill their optional fields, others leave them
/// nil, so both wire forms (value and absent/null) are exercised.
public enum SampleMessages {
    /// The job every sample belongs to (heartbeat and disconnect belong to none).
    public static let job = "j-lake-0001"

    /// One envelope per `MessageType`, in `MessageType.allCases` order.
    public static func all() -> [Envelope] {
        MessageType.allCases.map(sample(for:))
    }

    /// The sample envelope of one message type.
    public static func sample(for type: MessageType) -> Envelope {
        switch type {
        case .jobSubmit:
            Envelope(job: nil, id: "m-0001", sender: "client-7f3a", payload: .jobSubmit(jobRequest()))
        case .jobAccepted:
            Envelope(
                job: job, id: "m-0002", sender: "coordinator", replyTo: "m-0001",
                payload: .jobAccepted(JobAccepted(job: job, documents: 3)))
        case .jobProgress:
            Envelope(
                job: job, id: "m-0003", sender: "coordinator", replyTo: "m-0001",
                payload: .jobProgress(
                    JobProgress(
                        job: job, documents: 3,
                        done: ["parser": 2, "resolver": 1], failed: 1,
                        note: "resolver-1 restarted; document re-sent")))
        case .jobResult:
            Envelope(
                job: job, id: "m-0004", sender: "coordinator", replyTo: "m-0001",
                payload: .jobResult(JobResult(report: renderedReport(), run: runSummary())))
        case .workerReady:
            Envelope(
                id: "w-resolver-2-0001", sender: "resolver-2",
                payload: .workerReady(
                    WorkerAnnouncement(
                        stage: .resolver, instance: "resolver-2",
                        pid: 41877, host: "localhost")))
        case .heartbeat:
            Envelope(id: "w-matcher-1-0042", sender: "matcher-1", payload: .heartbeat)
        case .disconnect:
            Envelope(id: "w-writer-1-0007", sender: "writer-1", payload: .disconnect)
        case .rawDocument:
            Envelope(
                job: job, id: "m-0010", sender: "coordinator", document: dailyID,
                payload: .rawDocument(RawDocument(id: dailyID, path: dailyPath, data: Data(dailyText.utf8))))
        case .parsedDocument:
            Envelope(
                job: job, id: "m-0011", attempt: 2, sender: "parser-1", replyTo: "m-0010",
                document: dailyID, payload: .parsedDocument(dailyParsed()))
        case .resolvedDocument:
            Envelope(
                job: job, id: "m-0012", sender: "resolver-2", replyTo: "m-0011", document: dailyID,
                payload: .resolvedDocument(dailyResolved()))
        case .linkRequest:
            Envelope(
                job: job, id: "m-0020", sender: "coordinator",
                payload: .linkRequest(LinkRequest(documents: [dailyResolved(), wireResolved()])))
        case .linkedBundle:
            Envelope(
                job: job, id: "m-0021", sender: "resolver-1", replyTo: "m-0020",
                payload: .linkedBundle(
                    LinkedBundle(
                        documents: [dailyResolved(), wireResolved()],
                        entities: entities(), sentenceVectors: [dailyVectors()])))
        case .analysis:
            Envelope(job: job, id: "m-0022", sender: "matcher-1", replyTo: "m-0021", payload: .analysis(analysis()))
        case .finishedReport:
            Envelope(
                job: job, id: "m-0023", sender: "writer-1", replyTo: "m-0022",
                payload: .finishedReport(renderedReport()))
        case .encodeRequest:
            Envelope(
                job: job, id: "m-0013", sender: "coordinator", document: dailyID,
                payload: .encodeRequest(EncodeRequest(dailyParsed())))
        case .encodedDocument:
            Envelope(
                job: job, id: "m-0014", sender: "encoder-1", replyTo: "m-0013", document: dailyID,
                payload: .encodedDocument(dailyVectors()))
        case .error:
            Envelope(
                job: job, id: "m-0030", sender: "parser-1", replyTo: "m-0015", document: blogID,
                payload: .error(
                    ErrorReport(
                        code: "bad-input",
                        message: "document is empty after removing markup",
                        input: blogID, retryable: false)))
        }
    }

    /// Made-up 4-dimensional vectors, one per body sentence of the daily's article.
    static func dailyVectors() -> SentenceVectors {
        let vectors = dailyParsed().sentences.indices.map { n in
            QuantizedVector([0.5, -0.25, Float(n) * 0.1, 0.8])
        }
        return SentenceVectors(document: dailyID, model: "all-MiniLM-L6-v2", dimension: 4, vectors: vectors)
    }

    // MARK: The articles

    static let dailyID = "lake-accord/01_daily"
    static let dailyPath = "bundles/lake-accord/01_daily.txt"
    static let wireID = "lake-accord/02_wire"
    static let wirePath = "bundles/lake-accord/02_wire.txt"
    static let blogID = "lake-accord/03_blog"
    static let blogPath = "bundles/lake-accord/03_blog.txt"

    static let dailyText = """
        Fisheries accord signed in Kisumu
        By Grace Otieno and Tomás Ferreira
        KISUMU, 14 June 2025 — Kenya and Tanzania signed a fisheries accord on Lake Victoria on Saturday.
        Fisheries Minister Amina Wanjiru said the deal “protects 40,000 livelihoods” around the lake.
        Nairobi expects joint patrols to begin in July, according to the ministry.
        Critics say the “Lake Authority” has no budget.

        """

    static let wireText = """
        Tanzania and Kenya agreed the fisheries accord on 13 June in Kisumu. \
        Patrols could cost 2.5 million shillings a year.

        """

    /// The first span of `needle` in `text` at or after `from`, in code points; empty at 0 if absent.
    static func span(of needle: String, in text: String, from: Int = 0) -> TextSpan {
        let hay = Array(text.unicodeScalars)
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty, hay.count >= pattern.count, from >= 0 else { return TextSpan(start: 0, end: 0) }
        var index = from
        while index + pattern.count <= hay.count {
            if hay[index..<(index + pattern.count)].elementsEqual(pattern) {
                return TextSpan(start: index, end: index + pattern.count)
            }
            index += 1
        }
        return TextSpan(start: 0, end: 0)
    }

    static func daily(_ needle: String, from: Int = 0) -> TextSpan { span(of: needle, in: dailyText, from: from) }
    static func wire(_ needle: String) -> TextSpan { span(of: needle, in: wireText) }

    static let dailySentenceTexts = [
        "Kenya and Tanzania signed a fisheries accord on Lake Victoria on Saturday.",
        "Fisheries Minister Amina Wanjiru said the deal “protects 40,000 livelihoods” around the lake.",
        "Nairobi expects joint patrols to begin in July, according to the ministry.",
        "Critics say the “Lake Authority” has no budget.",
    ]

    static let wireSentenceTexts = [
        "Tanzania and Kenya agreed the fisheries accord on 13 June in Kisumu.",
        "Patrols could cost 2.5 million shillings a year.",
    ]

    // MARK: Documents

    static func jobRequest() -> JobRequest {
        // The third input is Latin-1, not UTF-8, so it travels as base64.
        let latin1 = Data([0x43, 0x72, 0x69, 0x74, 0x69, 0x63, 0x73, 0x20, 0xE9, 0x0A])
        return JobRequest(
            documents: [
                RawDocument(id: dailyID, path: dailyPath, data: Data(dailyText.utf8)),
                RawDocument(id: wireID, path: wirePath, data: Data(wireText.utf8)),
                RawDocument(id: blogID, path: blogPath, data: latin1),
            ],
            unreadable: [
                FailedInput(
                    id: "lake-accord/04_missing", path: "bundles/lake-accord/04_missing.txt",
                    error: "no such file")
            ])
    }

    static func dailyParsed(speakersResolved: Bool = false) -> ParsedDocument {
        let lines = dailyText.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        let title = daily(lines[0])
        let byline = daily(lines[1])
        let dateline = daily("KISUMU, 14 June 2025 — ")
        var sentences: [Sentence] = []
        for (index, text) in dailySentenceTexts.enumerated() {
            let span = daily(text)
            sentences.append(Sentence(start: span.start, end: span.end, paragraph: index))
        }
        let speech = daily("“protects 40,000 livelihoods”")
        let scare = daily("“Lake Authority”")
        return ParsedDocument(
            id: dailyID, path: dailyPath, text: dailyText,
            title: lines[0], outlet: "Lakeside Daily", authors: ["Grace Otieno", "Tomás Ferreira"],
            published: "2025-06-14", words: 62, truncated: false,
            headings: [title],
            paragraphs: sentences.map(\.span),
            sentences: sentences,
            quotes: [
                Quote(
                    start: speech.start, end: speech.end, kind: .speech, sentence: 1,
                    speakerText: "Amina Wanjiru", speakerSpan: daily("Amina Wanjiru"),
                    speaker: speakersResolved ? "amina-wanjiru" : nil),
                Quote(start: scare.start, end: scare.end, kind: .scare, sentence: 3),
            ],
            attributions: [
                Attribution(
                    sentence: 2, speakerText: "the ministry", speakerSpan: daily("the ministry"),
                    cue: "according to", content: daily("Nairobi expects joint patrols to begin in July"),
                    speaker: speakersResolved ? "kenya" : nil)
            ],
            removed: [
                RemovedSpan(start: byline.start, end: byline.end, reason: "byline"),
                RemovedSpan(start: dateline.start, end: dateline.end, reason: "dateline"),
            ],
            warnings: [])
    }

    static func wireParsed() -> ParsedDocument {
        let first = wire(wireSentenceTexts[0])
        let second = wire(wireSentenceTexts[1])
        return ParsedDocument(
            id: wireID, path: wirePath, text: wireText, title: nil, outlet: nil, authors: [], published: nil,
            words: 20, truncated: false, headings: [],
            paragraphs: [TextSpan(start: first.start, end: second.end)],
            sentences: [
                Sentence(start: first.start, end: first.end, paragraph: 0),
                Sentence(start: second.start, end: second.end, paragraph: 0),
            ],
            warnings: ["no title found"])
    }

    static func mention(
        _ text: String, in document: String, sentence: Int?, via: MentionVia,
        entity: String, scareQuoted: Bool = false, role: String? = nil
    ) -> EntityMention {
        let found = span(of: text, in: document)
        return EntityMention(
            start: found.start, end: found.end, text: text, sentence: sentence, via: via,
            scareQuoted: scareQuoted, entity: entity, role: role)
    }

    static func dailyResolved() -> ResolvedDocument {
        let kisumuInTitle = daily("Kisumu")
        return ResolvedDocument(
            document: dailyParsed(speakersResolved: true),
            mentions: [
                EntityMention(
                    start: kisumuInTitle.start, end: kisumuInTitle.end, text: "Kisumu", sentence: nil,
                    via: .name, entity: "kisumu"),
                mention("Kenya", in: dailyText, sentence: 0, via: .name, entity: "kenya"),
                mention("Tanzania", in: dailyText, sentence: 0, via: .name, entity: "tanzania"),
                mention(
                    "Fisheries Minister", in: dailyText, sentence: 1, via: .role, entity: "amina-wanjiru",
                    role: "fisheries-minister"),
                mention("Amina Wanjiru", in: dailyText, sentence: 1, via: .name, entity: "amina-wanjiru"),
                mention("Nairobi", in: dailyText, sentence: 2, via: .metonym, entity: "kenya"),
                mention(
                    "Lake Authority", in: dailyText, sentence: 3, via: .name, entity: "lake-authority",
                    scareQuoted: true),
            ],
            candidates: [
                EntityCandidate(key: "kisumu", name: "Kisumu", type: .place, wikidata: "Q190088", knowledgeID: "kisumu"),
                EntityCandidate(key: "kenya", name: "Kenya", type: .country, wikidata: "Q114", knowledgeID: "kenya"),
                EntityCandidate(
                    key: "tanzania", name: "Tanzania", type: .country, wikidata: "Q924",
                    knowledgeID: "tanzania"),
                EntityCandidate(
                    key: "amina-wanjiru", name: "Amina Wanjiru", type: .person,
                    roles: ["fisheries-minister@kenya"]),
                EntityCandidate(key: "lake-authority", name: "Lake Authority", type: .organization),
            ])
    }

    static func wireResolved() -> ResolvedDocument {
        ResolvedDocument(
            document: wireParsed(),
            mentions: [
                mention("Tanzania", in: wireText, sentence: 0, via: .name, entity: "tanzania"),
                mention("Kenya", in: wireText, sentence: 0, via: .name, entity: "kenya"),
                mention("Kisumu", in: wireText, sentence: 0, via: .name, entity: "kisumu"),
            ],
            candidates: [
                EntityCandidate(
                    key: "tanzania", name: "Tanzania", type: .country, wikidata: "Q924",
                    knowledgeID: "tanzania"),
                EntityCandidate(key: "kenya", name: "Kenya", type: .country, wikidata: "Q114", knowledgeID: "kenya"),
                EntityCandidate(key: "kisumu", name: "Kisumu", type: .place, wikidata: "Q190088", knowledgeID: "kisumu"),
            ])
    }

    // MARK: Bundle-wide results

    static func entities() -> [Entity] {
        let daily = dailyResolved()
        let wire = wireResolved()
        func mentions(of entity: String) -> [Mention] {
            [(dailyID, daily), (wireID, wire)].flatMap { doc, resolved in
                resolved.mentions.filter { $0.entity == entity }.map {
                    Mention(
                        doc: doc, start: $0.start, end: $0.end, text: $0.text, sentence: $0.sentence,
                        via: $0.via, scareQuoted: $0.scareQuoted)
                }
            }
        }
        return [
            Entity(
                id: "amina-wanjiru", name: "Amina Wanjiru", type: .person,
                aliases: ["Fisheries Minister Amina Wanjiru"], mentions: mentions(of: "amina-wanjiru")),
            Entity(
                id: "kenya", name: "Kenya", type: .country, wikidata: "Q114", aliases: ["Nairobi"],
                mentions: mentions(of: "kenya")),
            Entity(id: "kisumu", name: "Kisumu", type: .place, wikidata: "Q190088", mentions: mentions(of: "kisumu")),
            Entity(
                id: "lake-authority", name: "Lake Authority", type: .organization,
                mentions: mentions(of: "lake-authority")),
            Entity(id: "tanzania", name: "Tanzania", type: .country, wikidata: "Q924", mentions: mentions(of: "tanzania")),
        ]
    }

    static func claims() -> [Claim] {
        let signed = daily(dailySentenceTexts[0])
        let protects = daily(dailySentenceTexts[1])
        let agreed = wire(wireSentenceTexts[0])
        let cost = wire(wireSentenceTexts[1])
        return [
            Claim(
                id: "\(dailyID)#c0", doc: dailyID, sentence: 0, start: signed.start, end: signed.end,
                text: dailySentenceTexts[0], modality: .asserted, subject: ["kenya", "tanzania"],
                predicate: "sign", object: "fisheries accord",
                slots: ["date": .text("2025-06-14"), "place": .text("kisumu")]),
            Claim(
                id: "\(dailyID)#c1", doc: dailyID, sentence: 1, start: protects.start, end: protects.end,
                text: dailySentenceTexts[1], speaker: "amina-wanjiru", modality: .reported,
                subject: ["fisheries accord"], predicate: "protect", object: "livelihoods",
                slots: ["number": .number(40_000)]),
            Claim(
                id: "\(wireID)#c0", doc: wireID, sentence: 0, start: agreed.start, end: agreed.end,
                text: wireSentenceTexts[0], modality: .asserted, subject: ["tanzania", "kenya"],
                predicate: "sign", object: "fisheries accord",
                slots: ["date": .text("2025-06-13"), "place": .text("kisumu")]),
            Claim(
                id: "\(wireID)#c1", doc: wireID, sentence: 1, start: cost.start, end: cost.end,
                text: wireSentenceTexts[1], modality: .speculative, subject: [], predicate: "cost",
                slots: ["number": .number(2.5)]),
        ]
    }

    static func analysis() -> Analysis {
        Analysis(
            documents: [dailyResolved(), wireResolved()],
            entities: entities(),
            claims: claims(),
            clusters: [
                Cluster(
                    id: "k1", label: "Signing of the fisheries accord",
                    claims: ["\(dailyID)#c0", "\(wireID)#c0"], docs: [dailyID, wireID], status: .conflicting,
                    conflicts: [
                        SlotConflict(
                            slot: "date",
                            values: [
                                SlotConflictValue(value: .text("2025-06-13"), docs: [wireID], claims: ["\(wireID)#c0"]),
                                SlotConflictValue(value: .text("2025-06-14"), docs: [dailyID], claims: ["\(dailyID)#c0"]),
                            ])
                    ]),
                Cluster(
                    id: "k2", label: "Livelihoods protected by the accord", claims: ["\(dailyID)#c1"],
                    docs: [dailyID], status: .singleSource),
                Cluster(
                    id: "k3", label: "Cost of the joint patrols", claims: ["\(wireID)#c1"],
                    docs: [wireID], status: .singleSource),
            ],
            timeline: [
                TimelineEntry(
                    date: "2025-06-14", label: "Fisheries accord signed in Kisumu",
                    clusters: ["k1"], docs: [dailyID, wireID])
            ],
            failed: [FailedInput(id: blogID, path: blogPath, error: "bad-input: document is empty after removing markup")])
    }

    static func renderedReport() -> RenderedReport {
        RenderedReport(
            json: """
                {
                  "claims": [],
                  "documents": [{"id": "lake-accord/01_daily", "title": "Fisheries accord signed in Kisumu"}],
                  "version": 1
                }

                """,
            markdown: """
                # Crosscheck report

                | Cluster | Status |
                |---|---|
                | Signing of the fisheries accord | **conflicting** (date: 2025-06-13 vs 2025-06-14) |

                """,
            html: "<!doctype html>\n<html><body><h1>Crosscheck report</h1>\r\n<p>Tomás &amp; “Lake Authority”</p></body></html>\n",
            conflicts: 1)
    }

    static func runSummary() -> RunSummary {
        RunSummary(
            job: job, seconds: 1.375,
            instances: [
                InstanceSummary(
                    stage: .parser, instance: "parser-1", pid: 41870, host: "localhost",
                    messages: 3, errors: 1, seconds: 0.0625),
                InstanceSummary(
                    stage: .resolver, instance: "resolver-2", pid: 41877, host: "localhost",
                    messages: 3, errors: 0, seconds: 0.25),
                InstanceSummary(
                    stage: .coordinator, instance: "coordinator", pid: 41860, host: "localhost",
                    messages: 17, errors: 0, seconds: 0),
            ],
            documents: [
                DocumentFate(id: dailyID, path: dailyPath, status: .ok, attempts: 2),
                DocumentFate(id: wireID, path: wirePath, status: .ok, attempts: 1, warnings: ["no title found"]),
                DocumentFate(
                    id: blogID, path: blogPath, status: .failed, attempts: 1,
                    error: "bad-input: document is empty after removing markup"),
            ])
    }
}
