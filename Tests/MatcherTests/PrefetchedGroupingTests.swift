import BenchmarkSupport
import CrosscheckSchema
import Testing

@testable import MatcherKit

/// `ClaimGrouper.group` gathers the claims each key meets before comparing them (to prefetch
/// their data) and skips claims already in the group; it must make the groups that scoring every
/// met claim as it comes makes, windows and per-claim budgets included.
@Suite struct PrefetchedGroupingTests {
    @Test func groupsAreThoseOfScoringEveryMetClaim() throws {
        let synthetic = testMatcher.claimFeatures(SyntheticBundle.make(documents: 200))
        let gold = try GoldBundle.all().map { testMatcher.claimFeatures(try $0.linkedBundle()) }
        // Small windows and budgets bind on every key; the defaults are what the matcher runs.
        let grouperings = [ClaimGrouper(), ClaimGrouper(window: 3, comparisonsPerClaim: 5)]
        for grouper in grouperings {
            for claims in [synthetic] + gold {
                #expect(grouper.group(claims) == referenceGroups(grouper, claims))
            }
            // Groups of three or more: claims met again once joined, the case skipped unscored.
            #expect(grouper.group(synthetic).contains { $0.count >= 3 })
        }
    }

    /// The grouping loop as it was before prefetching: each met claim is scored as it comes,
    /// and only a match looks up the two groups.
    private func referenceGroups(_ grouper: ClaimGrouper, _ claims: [ClaimFeatures]) -> [[Int]] {
        let vectors = TermVectors(claims.map(\.terms))
        let profiles = ClaimGrouper.profiles(claims)
        var sets = UnionFind(count: claims.count)
        var postings: [String: [Int]] = [:]
        var stamp = Array(repeating: -1, count: claims.count)
        var latestStart: [Int?] = profiles.map(\.firstDay)
        var earliestEnd: [Int?] = profiles.map(\.lastDay)
        for i in claims.indices {
            var compared = 0
            for key in grouper.keys(claims[i], vectors: vectors) {
                for j in (postings[key] ?? []).suffix(grouper.window) where stamp[j] != i {
                    guard compared < grouper.comparisonsPerClaim else { break }
                    compared += 1
                    stamp[j] = i
                    let same = profiles[i].doc == profiles[j].doc
                    let threshold = same ? grouper.sameDocumentThreshold : grouper.crossDocumentThreshold
                    guard grouper.score(profiles[i], profiles[j], lexical: vectors.cosine(i, j)) >= threshold else { continue }
                    let ri = sets.find(i), rj = sets.find(j)
                    guard ri != rj else { continue }
                    let start = [latestStart[ri], latestStart[rj]].compactMap { $0 }.max()
                    let end = [earliestEnd[ri], earliestEnd[rj]].compactMap { $0 }.min()
                    if let start, let end, start - end > grouper.maxDateSpread { continue }
                    sets.union(i, j)
                    let root = sets.find(i)
                    latestStart[root] = start
                    earliestEnd[root] = end
                }
                postings[key, default: []].append(i)
            }
        }
        var components: [Int: [Int]] = [:]
        for i in claims.indices { components[sets.find(i), default: []].append(i) }
        return components.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }
}
