import CrosscheckSchema
import Knowledge

/// Finds who claims what in a linked bundle and where the sources agree, conflict, stand alone
/// or change over time.
///
/// `analyse` is deterministic: the same bundle gives the same claims, cluster ids and order.
public struct ClaimMatcher: Sendable {
    let lexicon: MatcherLexicon
    /// The learned event-trigger tagger (`Data/models/trigger-tagger.json`); nil: rules only.
    let tagger: TriggerTagger?
    /// The learned participant model (`Data/models/participant-model.json`); nil: rules only.
    let participants: ParticipantModel?
    var grouper = ClaimGrouper()

    /// A matcher reading its word lists from the knowledge base, with the shipped trigger
    /// tagger and participant model; a missing or malformed model throws the `KnowledgeError`
    /// naming it.
    public init(knowledge: KnowledgeBase) throws(KnowledgeError) {
        self.lexicon = MatcherLexicon(knowledge: knowledge)
        self.tagger = try TriggerTagger.bundled()
        self.participants = try ParticipantModel.bundled()
    }

    /// A matcher reading the given lexicon, with the given trigger tagger and participant model
    /// (none: rules only).
    public init(lexicon: MatcherLexicon, tagger: TriggerTagger? = nil, participants: ParticipantModel? = nil) {
        self.lexicon = lexicon
        self.tagger = tagger
        self.participants = participants
    }

    /// A matcher reading the bundled knowledge base's lexicon and trigger tagger; throws when
    /// either cannot be loaded.
    public init() throws(KnowledgeError) {
        self.lexicon = try MatcherLexicon.bundled()
        self.tagger = try TriggerTagger.bundled()
        self.participants = try ParticipantModel.bundled()
    }

    public func analyse(_ bundle: LinkedBundle) -> Analysis {
        let entityNames = Dictionary(bundle.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let features = claimFeatures(bundle)
        let documentIDs = bundle.documents.map(\.document.id)
        let grouped = StoryLinker(eventless: eventless).link(grouper.group(features), claims: features)
        // The learned scorer joins what the rules left apart, when the knowledge base has weights.
        var corroboration = Corroboration(eventless: eventless)
        var components = grouped
        if let scorer = ClaimScorer(table: lexicon.claimScorer) {
            let context = pairContext(features, bundle: bundle)
            components = ScoredLinker(scorer: scorer).link(grouped, claims: features, context: context, corroboration: &corroboration)
        }
        let judge = ClusterJudge(
            documentIDs: documentIDs, copulaLemmas: Set(lexicon.copulas.values),
            indefiniteObjects: lexicon.indefiniteObjects, persons: Self.entityIDs(bundle, ofType: .person),
            countries: Self.entityIDs(bundle, ofType: .country))
        let labeler = ClusterLabeler(entityNames: entityNames, openers: lexicon.clauseOpeners, coordinators: lexicon.coordinators)

        // Order: most documents first, then the earliest first claim.
        let ordered =
            components
            .map { indices in (indices, Set(indices.map { features[$0].docIndex }).count) }
            .sorted { ($1.1, $0.0.first ?? 0) < ($0.1, $1.0.first ?? 0) }
        var clusters: [(cluster: Cluster, members: [ClaimFeatures])] = []
        for (n, (indices, _)) in ordered.enumerated() {
            let members = indices.map { features[$0] }
            var (status, conflicts) = judge.judge(members)
            // Sources joined only through other members discuss one matter; none is shown to make the same claim.
            if status == .agreed, !corroboration.corroborates(indices, claims: features) { status = .related }
            let docs = Set(members.map { documentIDs[$0.docIndex] }).sorted()
            // A contested cluster is named after a claim holding one of the contested values.
            let contested = Set(conflicts.flatMap { $0.values.flatMap(\.claims) })
            let named = members.filter { contested.contains($0.claim.id) }
            let cluster = Cluster(
                id: "k\(n + 1)", label: labeler.label(named.isEmpty ? members : named), claims: members.map(\.claim.id),
                docs: docs, status: status, conflicts: conflicts)
            clusters.append((cluster, members))
        }
        let timeline = TimelineBuilder(documentIDs: documentIDs).build(clusters)
        let claims = features.map(\.claim)
        let reprints = ReprintDetector().detect(bundle.documents.map(\.document))
        let counted = IndependencePass().apply(clusters.map(\.cluster), claims: claims, reprints: reprints, documentOrder: documentIDs)
        return Analysis(
            documents: bundle.documents, entities: bundle.entities, claims: claims,
            clusters: counted, timeline: timeline, reprints: reprints)
    }

    /// Lemmas naming no event of their own: copulas, light and reporting verbs.
    var eventless: Set<String> {
        Set(lexicon.copulas.values).union(lexicon.lightPredicates).union(lexicon.reportingLemmas)
    }

    /// The claims of every document of the bundle, in bundle order.
    func claimFeatures(_ bundle: LinkedBundle, recordingParticipants: Bool = false) -> [ClaimFeatures] {
        let entityTypes = Dictionary(bundle.entities.map { ($0.id, $0.type) }, uniquingKeysWith: { a, _ in a })
        var extractor = ClaimExtractor(lexicon: lexicon, entityTypes: entityTypes, tagger: tagger, participants: participants)
        extractor.recordsParticipants = recordingParticipants
        var features: [ClaimFeatures] = []
        for (index, doc) in bundle.documents.enumerated() {
            features.append(contentsOf: extractor.extract(doc, docIndex: index, firstOrder: features.count))
        }
        return features
    }

    /// The trigger-tagger rows of every word of the bundle's documents, in bundle order: what
    /// `crosscheck-trigger-features` dumps for training (`scripts/train-trigger-tagger`).
    public func triggerRows(_ bundle: LinkedBundle) -> [TriggerRow] {
        let extractor = ClaimExtractor(lexicon: lexicon, entityTypes: [:], tagger: tagger)
        return bundle.documents.flatMap(extractor.triggerRows)
    }

    /// The triggers and participant candidates of the bundle's claims, from one extraction, in
    /// claim order: what `crosscheck-trigger-features` dumps for training.
    ///
    /// `triggers` gives each claim's document id, the code point offsets of the token it was
    /// built around and the claim's own offsets (scored against gold triggers); `participants`
    /// the entity mentions of each claim's clause with their features
    /// (`scripts/train-participant-model`).
    public func claimDump(_ bundle: LinkedBundle) -> (
        triggers: [(doc: String, trigger: Range<Int>, claim: Range<Int>)], participants: [ParticipantRow]
    ) {
        let features = claimFeatures(bundle, recordingParticipants: true)
        let triggers = features.compactMap { f in f.trigger.map { (f.claim.doc, $0, f.claim.start..<f.claim.end) } }
        return (triggers, features.flatMap(\.participantRows))
    }

    /// The ids of the bundle's entities of one type.
    static func entityIDs(_ bundle: LinkedBundle, ofType type: EntityType) -> Set<String> {
        Set(bundle.entities.filter { $0.type == type }.map(\.id))
    }

    /// What the pair features read besides the claims: profiles, TF-IDF vectors, stories.
    func pairContext(_ features: [ClaimFeatures], bundle: LinkedBundle) -> ClaimPairFeatures.Context {
        var documentTerms: [[String]] = Array(repeating: [], count: (features.map(\.docIndex).max() ?? -1) + 1)
        for c in features { documentTerms[c.docIndex].append(contentsOf: c.terms) }
        let eventless = self.eventless
        return ClaimPairFeatures.Context(
            profiles: ClaimGrouper.profiles(features), vectors: TermVectors(features.map(\.terms)),
            story: StoryLinker().stories(features), eventless: eventless,
            documents: TermVectors(documentTerms), documentTerms: documentTerms,
            sentences: SentenceSimilarity(bundle.sentenceVectors),
            eventlessTrigger: features.map { eventless.contains($0.event ?? $0.claim.predicate) },
            triggerPairs: lexicon.triggerPairs)
    }

    /// The claims of a bundle and the scorer's candidate pairs with their feature vectors, as
    /// the matcher computes them: what `crosscheck-train-features` dumps for training. Without
    /// `entityStories`, the stories are those of the documents' words alone (no entity pass).
    public func pairTable(_ bundle: LinkedBundle, entityStories: Bool = true) -> ClaimPairTable {
        let features = claimFeatures(bundle)
        let context = pairContext(features, bundle: bundle)
        let window = ClaimScorer(table: lexicon.claimScorer)?.window ?? ScoredLinker.defaultWindow
        let pairs = ScoredLinker.candidates(features, context: context, window: window).map { a, b in
            ClaimPairTable.Pair(a: a, b: b, values: ClaimPairFeatures.vector(a, b, claims: features, context: context))
        }
        var stories = DocumentStories(threshold: ClaimScorer(table: lexicon.claimScorer)?.storyThreshold ?? DocumentStories().threshold)
        if !entityStories { stories.entityThreshold = .infinity }
        return ClaimPairTable(
            claims: features.map(\.claim), features: ClaimPairFeatures.names, pairs: pairs,
            stories: stories.stories(context.documentTerms),
            triggers: features.indices.map { context.eventlessTrigger[$0] ? "" : features[$0].event ?? features[$0].claim.predicate })
    }
}
