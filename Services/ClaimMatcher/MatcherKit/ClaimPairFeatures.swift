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
    }

    /// The feature vector of claims `i` and `j`, in the order of `names`.
    static func vector(_ i: Int, _ j: Int, claims: [ClaimFeatures], context: Context) -> [Double] {
        let a = context.profiles[i], b = context.profiles[j]
        let ca = claims[i], cb = claims[j]
        let samePredicate = a.predicate == b.predicate
        let sameEvent = a.event >= 0 && a.event == b.event
        let sharedSense = ClaimGrouper.intersection(a.senses, b.senses) > 0
        let bothStages = a.hasStage && b.hasStage
        let sameObject = a.object >= 0 && a.object == b.object
        let objectNamed =
            !sameObject
            && ((a.object >= 0 && ClaimGrouper.intersection([a.object], b.objectHeads) > 0)
                || (b.object >= 0 && ClaimGrouper.intersection([b.object], a.objectHeads) > 0))
        let bothSubjects = !a.subjects.isEmpty && !b.subjects.isEmpty
        let bothEntities = !a.entities.isEmpty && !b.entities.isEmpty
        let bothDated = a.firstDay != nil && b.firstDay != nil
        let bothFigures = !a.quantities.isEmpty && !b.quantities.isEmpty
        let placeA = ca.claim.slots["place"], placeB = cb.claim.slots["place"]
        let lemmaA = ca.event ?? ca.claim.predicate, lemmaB = cb.event ?? cb.claim.predicate
        return [
            flag(samePredicate), flag(sameEvent), flag(sharedSense), flag(bothStages),
            flag(!samePredicate && !sameEvent && !sharedSense && !bothStages),
            bothSubjects ? a.subjects.sortedJaccard(b.subjects) : 0,
            flag(bothSubjects && ClaimGrouper.intersection(a.subjects, b.subjects) == 0),
            a.entities.sortedJaccard(b.entities),
            flag(bothEntities && ClaimGrouper.intersection(a.entities, b.entities) == 0),
            flag(a.entities.isEmpty || b.entities.isEmpty),
            flag(sameObject), flag(objectNamed), flag(a.object >= 0 && b.object >= 0 && !sameObject && !objectNamed),
            flag(bothDated && ClaimGrouper.datesOverlap(a, b)), flag(bothDated && !ClaimGrouper.datesOverlap(a, b)),
            flag(ClaimGrouper.intersection(a.quantities, b.quantities) > 0),
            flag(bothFigures && ClaimGrouper.intersection(a.quantities, b.quantities) == 0),
            flag(placeA != nil && placeA == placeB), flag(placeA != nil && placeB != nil && placeA != placeB),
            flag(ca.negatesContent != cb.negatesContent),
            flag(a.speaker >= 0 && a.speaker == b.speaker),
            context.vectors.cosine(i, j),
            flag(context.story[ca.docIndex] == context.story[cb.docIndex]),
            flag(context.eventless.contains(lemmaA) || context.eventless.contains(lemmaB)),
            flag(sameEvent && a.object >= 0 && b.object >= 0 && !sameObject),
            context.documents.cosine(ca.docIndex, cb.docIndex),
            ca.contentSenses.sortedJaccard(cb.contentSenses),
            flag(ClaimGrouper.intersection(ca.contentSenses, cb.contentSenses) > 0),
            context.sentences.cosine(ca.claim, cb.claim) ?? 0,
        ]
    }

    private static func flag(_ value: Bool) -> Double { value ? 1 : 0 }
}
