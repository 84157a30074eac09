import CrosscheckSchema
import Testing

@testable import MatcherKit

/// The contiguous storage of per-claim features (`IDList` inside `ClaimGrouper.Profile`, the flat
/// arrays of `TermVectors`, the interned place and the eventless-trigger flags) reads what the
/// per-claim arrays and strings it replaced read, on claims extracted from the gold bundles.
@Suite struct FlatFeatureStorageTests {
    /// The claims of every gold bundle, as the matcher extracts them.
    private func goldClaims() throws -> [[ClaimFeatures]] {
        try GoldBundle.all().map { testMatcher.claimFeatures(try $0.linkedBundle()) }
    }

    @Test func anIDListReadsAsTheArrayItWasMadeFrom() {
        let lists: [[Int]] = [[], [7], [1, 2, 3, 4, 5, 6], [1, 2, 3, 4, 5, 6, 7], Array(0..<40), [3, Int(Int32.max) + 5]]
        for ids in lists {
            let list = IDList(ids)
            #expect(Array(list) == ids)
            #expect(list.count == ids.count && list.isEmpty == ids.isEmpty)
            #expect(list == IDList(ids))
            for other in lists {
                #expect((list == IDList(other)) == (ids == other))
                #expect(list.sortedIntersectionCount(IDList(other)) == ids.sortedIntersectionCount(other))
                #expect(list.sortedJaccard(IDList(other)) == ids.sortedJaccard(other))
            }
        }
    }

    @Test func profilesShareIDsExactlyWhereTheClaimsShareValues() throws {
        let bundles = try goldClaims()
        #expect(bundles.contains { $0.count > 20 })
        var spilled = false
        for claims in bundles {
            let profiles = ClaimGrouper.profiles(claims)
            for (i, a) in claims.enumerated() {
                let p = profiles[i]
                #expect(p.subjects.count == Set(a.claim.subject).count)
                #expect(p.entities.count == Set(a.entities).count)
                #expect(Array(p.senses) == Array(Set(a.senses)).sorted())
                #expect(p.subjects.elementsEqual(p.subjects.sorted()) && p.entities.elementsEqual(p.entities.sorted()))
                spilled = spilled || p.entities.count > IDList.inlineCapacity
                for (j, b) in claims.enumerated() {
                    let q = profiles[j]
                    #expect(ClaimGrouper.intersection(p.subjects, q.subjects) == Set(a.claim.subject).intersection(b.claim.subject).count)
                    #expect(ClaimGrouper.intersection(p.entities, q.entities) == Set(a.entities).intersection(b.entities).count)
                    #expect(ClaimGrouper.intersection(p.senses, q.senses) == Set(a.senses).intersection(b.senses).count)
                    #expect((p.place >= 0) == (a.claim.slots["place"] != nil))
                    #expect(
                        (p.place >= 0 && p.place == q.place) == (a.claim.slots["place"] != nil && a.claim.slots["place"] == b.claim.slots["place"]))
                    let figures = ["amount", "percent", "count"]
                    let shared = figures.filter { a.claim.slots[$0] != nil && a.claim.slots[$0]?.description == b.claim.slots[$0]?.description }
                    #expect(ClaimGrouper.intersection(p.quantities, q.quantities) == shared.count)
                }
            }
        }
        // The gold bundles hold claims naming more entities than fit inline, so both paths ran.
        #expect(spilled)
    }

    @Test func flatTermVectorsGiveTheCosinesOfSeparateVectors() throws {
        for claims in try goldClaims() {
            let vectors = TermVectors(claims.map(\.terms))
            #expect(vectors.count == claims.count)
            // The per-vector arrays the flat ones replaced, and their dot product over the
            // shared terms in ascending term order (the order the cosine adds them in).
            let separate = (0..<vectors.count).map { v in (Array(vectors.vector(v).terms), Array(vectors.vector(v).weights)) }
            let lookups = separate.map { Dictionary(uniqueKeysWithValues: zip($0.0, $0.1)) }
            for a in separate.indices {
                #expect(Set(separate[a].0.map { Int($0) }).count == Set(claims[a].terms).count)
                for b in separate.indices {
                    let sum = zip(separate[a].0, separate[a].1).reduce(Float(0)) { sum, entry in
                        lookups[b][entry.0].map { sum + entry.1 * $0 } ?? sum
                    }
                    #expect(vectors.cosine(a, b) == Double(sum))
                }
            }
        }
    }

    @Test func eventlessTriggersAreTheLemmasTheSetHolds() throws {
        for gold in try GoldBundle.all() {
            let bundle = try gold.linkedBundle()
            let claims = testMatcher.claimFeatures(bundle)
            let context = testMatcher.pairContext(claims, bundle: bundle)
            #expect(context.eventlessTrigger.count == claims.count)
            for (c, flag) in zip(claims, context.eventlessTrigger) {
                #expect(flag == context.eventless.contains(c.event ?? c.claim.predicate))
            }
        }
    }

    @Test func pairLinksRowsHoldEachPairBothWaysInScoringOrder() {
        let pairs = [(3, 0), (1, 0), (3, 1), (4, 2), (3, 2)]
        let probabilities = [0.9, 0.1, 0.5, 0.25, 0.75]
        let links = PairLinks(count: 6, pairs: pairs, probabilities: probabilities)
        // The per-claim arrays the table replaced, appended pair by pair.
        var expected = Array(repeating: [(Int, Double)](), count: 6)
        for (k, (i, j)) in pairs.enumerated() {
            expected[i].append((j, probabilities[k]))
            expected[j].append((i, probabilities[k]))
        }
        for claim in 0..<6 {
            let row = links.row(claim).map { (links.other(at: $0), links.probability(at: $0)) }
            #expect(row.map(\.0) == expected[claim].map(\.0))
            #expect(row.map(\.1) == expected[claim].map(\.1))
        }
        #expect(links.row(5).isEmpty)
    }

    @Test func aProfileReadsBackTheValuesItWasMadeOfInItsSmallerLayout() {
        let heads: IDList = [2, 9]
        let p = ClaimGrouper.Profile(
            doc: 41, predicate: 7, event: -1, object: 12, objectHeads: heads, hasStage: true, firstDay: -62_000,
            lastDay: 20_200, subjects: [1], entities: [1, 3, 5, 7, 11, 13, 17], actors: [1, 4], speaker: 4,
            quantities: [], senses: [30], period: 6, place: -1, contentSenses: [8, 9], negatesContent: true)
        #expect([p.doc, p.predicate, p.event, p.object, p.speaker, p.period, p.place] == [41, 7, -1, 12, 4, 6, -1])
        #expect(p.firstDay == -62_000 && p.lastDay == 20_200 && p.hasStage && p.negatesContent)
        #expect(Array(p.entities) == [1, 3, 5, 7, 11, 13, 17] && p.objectHeads == heads && Array(p.contentSenses) == [8, 9])
        let undated = ClaimGrouper.Profile(
            doc: 0, predicate: 0, event: 3, object: -1, objectHeads: [], hasStage: false, firstDay: nil, lastDay: nil,
            subjects: [], entities: [], actors: [], speaker: -1, quantities: [5], senses: [])
        #expect(undated.firstDay == nil && undated.lastDay == nil && undated.period == -1 && undated.place == -1)
        #expect(undated.contentSenses.isEmpty && !undated.negatesContent && undated.event == 3)
        // The layout the profile was shrunk for: 32-bit scalars and 32-byte lists.
        #expect(MemoryLayout<IDList>.size == 32)
        #expect(MemoryLayout<ClaimGrouper.Profile>.stride <= 264)
    }

    @Test func candidatePairsAreThoseOfTwoLookupsPerKey() throws {
        for gold in try GoldBundle.all() {
            let bundle = try gold.linkedBundle()
            let claims = testMatcher.claimFeatures(bundle)
            let context = testMatcher.pairContext(claims, bundle: bundle)
            for window in [2, ScoredLinker.defaultWindow] {
                let pairs = ScoredLinker.candidates(claims, context: context, window: window)
                let expected = referenceCandidates(claims, context: context, window: window)
                #expect(pairs.map(\.0) == expected.map(\.0) && pairs.map(\.1) == expected.map(\.1))
            }
        }
    }

    /// The candidate generation as it was written first (a lookup and an insert per key, the
    /// documents read from the claims), to compare the one-lookup version with.
    private func referenceCandidates(_ claims: [ClaimFeatures], context: ClaimPairFeatures.Context, window: Int) -> [(Int, Int)] {
        var postings: [String: [Int]] = [:]
        var stamp = Array(repeating: -1, count: claims.count)
        var pairs: [(Int, Int)] = []
        for (i, c) in claims.enumerated() {
            let keys = ScoredLinker.candidateKeys(c, eventless: context.eventless, triggerPairs: context.triggerPairs)
            for key in keys {
                for j in (postings[key] ?? []).suffix(window) where stamp[j] != i && claims[j].docIndex != c.docIndex {
                    stamp[j] = i
                    pairs.append((i, j))
                }
                postings[key, default: []].append(i)
            }
        }
        return pairs
    }
}
