import CrosscheckSchema

/// The features the learned claim scorer reads of one pair of claims in different documents.
///
/// One code path for training and inference: `crosscheck-train-features` dumps these vectors
/// for gold-labelled pairs of ECB+ train, `scripts/train-claim-scorer` fits weights to them and
/// `ScoredLinker` scores pairs with the same vectors. Names are stable: the weights file keys
/// its weights by them, so a feature may be added at the end but never renamed.
struct ClaimPairFeatures: Sendable {
    /// Feature names, in vector order.
    static let names = [
        "samePredicate", "sameEvent", "sharedSense", "bothStages", "noTriggerMatch",
        "subjectJaccard", "subjectsDisjoint", "entityJaccard", "entitiesDisjoint", "noEntities",
        "sameObject", "objectNamed", "objectsDiffer", "datesOverlap", "datesApart",
        "sameFigure", "figuresDiffer", "samePlace", "placesDiffer", "polarityDiffers",
        "sameSpeaker", "lexicalCosine", "sameStory", "eventlessPredicate", "sameEventOtherObject",
        "documentCosine", "contentSenseJaccard", "sharedContentSense", "sentenceCosine",
        "triggerPair",
    ]

    /// What the vector needs besides the two claims.
    struct Context {
        var profiles: [ClaimGrouper.Profile]
        var vectors: TermVectors
        /// Story of each document (`StoryLinker.stories`).
        var story: [Int]
        /// Lemmas naming no event of their own (copulas, light and reporting verbs).
        var eventless: Set<String>
        /// TF-IDF vectors of whole documents (the terms of all their claims), by document index.
        var documents: TermVectors
        /// The terms of each document (all its claims' terms).
        var documentTerms: [[String]]
        /// Encoder cosines between the claims' sentences (empty when the job ran without vectors).
        var sentences = SentenceSimilarity(nil)
        /// Whether each claim's trigger lemma (event, else predicate) is in `eventless`: looked up
        /// once per claim rather than hashed twice per pair.
        var eventlessTrigger: [Bool] = []
        /// Learned relations of two different trigger lemmas (`TriggerPairs`).
        var triggerPairs = TriggerPairs()
    }

    /// The feature vector of claims `i` and `j`, in the order of `names`.
    /// `documentCosine`, when given, is the documents' cosine the caller already has.
    static func vector(_ i: Int, _ j: Int, claims: [ClaimFeatures], context: Context, documentCosine: Double? = nil) -> [Double] {
        // Read in place: copying two claims and two profiles per pair (a retain and a release
        // per field) took about a sixth of the matcher's time on large bundles.
        claims.withUnsafeBufferPointer { claims in
            context.profiles.withUnsafeBufferPointer { profiles in
                guard let claim = claims.baseAddress, let profile = profiles.baseAddress else { return [] }
                return vector(i, j, claim + i, claim + j, profile + i, profile + j, context: context, documentCosine: documentCosine)
            }
        }
    }

    private static func vector(
        _ i: Int, _ j: Int, _ ca: UnsafePointer<ClaimFeatures>, _ cb: UnsafePointer<ClaimFeatures>,
        _ a: UnsafePointer<ClaimGrouper.Profile>, _ b: UnsafePointer<ClaimGrouper.Profile>, context: Context,
        documentCosine: Double?
    ) -> [Double] {
        let samePredicate = a.pointee.predicate == b.pointee.predicate
        let sameEvent = a.pointee.event >= 0 && a.pointee.event == b.pointee.event
        let sharedSense = ClaimGrouper.intersection(a.pointee.senses, b.pointee.senses) > 0
        let bothStages = a.pointee.hasStage && b.pointee.hasStage
        let sameObject = a.pointee.object >= 0 && a.pointee.object == b.pointee.object
        let objectNamed =
            !sameObject
            && ((a.pointee.object >= 0 && b.pointee.objectHeads.contains(a.pointee.object))
                || (b.pointee.object >= 0 && a.pointee.objectHeads.contains(b.pointee.object)))
        let bothSubjects = !a.pointee.subjects.isEmpty && !b.pointee.subjects.isEmpty
        let bothEntities = !a.pointee.entities.isEmpty && !b.pointee.entities.isEmpty
        let bothDated = a.pointee.firstDay != nil && b.pointee.firstDay != nil
        let bothFigures = !a.pointee.quantities.isEmpty && !b.pointee.quantities.isEmpty
        let placeA = a.pointee.place, placeB = b.pointee.place
        let triggerPair = triggerPairValue(i, j, ca, cb, context: context)
        return [
            flag(samePredicate), flag(sameEvent), flag(sharedSense), flag(bothStages),
            flag(!samePredicate && !sameEvent && !sharedSense && !bothStages),
            bothSubjects ? a.pointee.subjects.sortedJaccard(b.pointee.subjects) : 0,
            flag(bothSubjects && ClaimGrouper.intersection(a.pointee.subjects, b.pointee.subjects) == 0),
            a.pointee.entities.sortedJaccard(b.pointee.entities),
            flag(bothEntities && ClaimGrouper.intersection(a.pointee.entities, b.pointee.entities) == 0),
            flag(a.pointee.entities.isEmpty || b.pointee.entities.isEmpty),
            flag(sameObject), flag(objectNamed), flag(a.pointee.object >= 0 && b.pointee.object >= 0 && !sameObject && !objectNamed),
            flag(bothDated && ClaimGrouper.datesOverlap(a.pointee, b.pointee)), flag(bothDated && !ClaimGrouper.datesOverlap(a.pointee, b.pointee)),
            flag(ClaimGrouper.intersection(a.pointee.quantities, b.pointee.quantities) > 0),
            flag(bothFigures && ClaimGrouper.intersection(a.pointee.quantities, b.pointee.quantities) == 0),
            flag(placeA >= 0 && placeA == placeB), flag(placeA >= 0 && placeB >= 0 && placeA != placeB),
            flag(a.pointee.negatesContent != b.pointee.negatesContent),
            flag(a.pointee.speaker >= 0 && a.pointee.speaker == b.pointee.speaker),
            context.vectors.cosine(i, j),
            flag(context.story[a.pointee.doc] == context.story[b.pointee.doc]),
            flag(context.eventlessTrigger[i] || context.eventlessTrigger[j]),
            flag(sameEvent && a.pointee.object >= 0 && b.pointee.object >= 0 && !sameObject),
            documentCosine ?? context.documents.cosine(a.pointee.doc, b.pointee.doc),
            a.pointee.contentSenses.sortedJaccard(b.pointee.contentSenses),
            flag(ClaimGrouper.intersection(a.pointee.contentSenses, b.pointee.contentSenses) > 0),
            context.sentences.isEmpty
                ? 0
                : context.sentences.cosine(ca.pointee.claim.doc, ca.pointee.claim.sentence, cb.pointee.claim.doc, cb.pointee.claim.sentence)
                    ?? 0,
            // How much likelier two different triggers are one event than such pairs on average (ECB+ train).
            triggerPair,
        ]
    }

    /// The learned log-odds ratio of the trigger lemmas of claims `i` and `j` (0 when either is
    /// eventless, they are equal or the table does not hold them; the table holds positive ones only).
    private static func triggerPairValue(
        _ i: Int, _ j: Int, _ a: UnsafePointer<ClaimFeatures>, _ b: UnsafePointer<ClaimFeatures>, context: Context
    ) -> Double {
        guard !context.triggerPairs.isEmpty, !context.eventlessTrigger[i], !context.eventlessTrigger[j] else { return 0 }
        return context.triggerPairs.value(a.pointee.event ?? a.pointee.claim.predicate, b.pointee.event ?? b.pointee.claim.predicate)
    }

    /// Prefetches what `vector` reads first of claim `j`, the earlier claim of a pair
    /// (`Prefetch`): its profile and the start of its TF-IDF vector.
    static func prefetch(_ j: Int, context: Context) {
        context.profiles.withUnsafeBufferPointer { profiles in
            guard let base = profiles.baseAddress else { return }
            Prefetch.values(at: base + j)
        }
        context.vectors.prefetch(j)
    }

    /// Prefetches the start of the TF-IDF vector of claim `j`'s document. It reads `j`'s
    /// profile, so it is best called once `prefetch(_:context:)` has brought that near.
    static func prefetchDocument(of j: Int, context: Context) {
        context.documents.prefetch(context.profiles[j].doc, lines: 2)
    }

    private static func flag(_ value: Bool) -> Double { value ? 1 : 0 }
}
