import CrosscheckSchema
import Testing

@testable import MatcherKit

/// The linker's cannot-link between groups that are different statements of the articles they share.
@Suite struct DocumentStatementsTests {
    /// Two articles each tell two events of other actors: the Fishers Union's strike and Sweden's
    /// quota cut. Grouped by event across the two articles, the two groups are other statements of
    /// both articles and stay apart; a group sharing one article only, or a trigger, or an actor
    /// with the other in every article, may still join.
    @Test func groupsThatAreOtherStatementsOfTheirArticlesStayApart() throws {
        let bundle = TestBundleBuilder.bundle(
            [
                (
                    "a", "2024-03-04",
                    "The Fishers Union went on strike in Bergen on Monday. Sweden cut the cod quota by a tenth."
                ),
                (
                    "b", "2024-03-04",
                    "The Fishers Union walked out in Bergen on Monday. Sweden reduced its cod quota for the spring."
                ),
                ("c", "2024-03-04", "Norway and Sweden cut the herring quota."),
            ], entities: nordicEntities)
        let features = testMatcher.claimFeatures(bundle)
        let profiles = ClaimGrouper.profiles(features)
        func statement(_ doc: String, _ snippet: String) throws -> DocumentStatements {
            let i = try #require(features.firstIndex { $0.claim.doc == doc && $0.claim.text.contains(snippet) })
            return DocumentStatements(
                document: features[i].docIndex, trigger: features[i].event ?? features[i].claim.predicate, subjects: profiles[i].subjects)
        }
        let strike = try statement("a", "Fishers Union").merged(with: statement("b", "Fishers Union"))
        let quota = try statement("a", "Sweden").merged(with: statement("b", "Sweden"))
        #expect(strike.differ(from: quota))
        #expect(quota.differ(from: strike))
        // One shared article is not enough.
        #expect(try !statement("a", "Fishers Union").differ(from: statement("a", "Sweden")))
        // Articles the groups do not share say nothing; an actor in common in one shared
        // article does: there the same event may be told twice.
        let herring = try statement("c", "herring")
        #expect(strike.differ(from: quota.merged(with: herring)))
        #expect(!strike.merged(with: herring).differ(from: quota.merged(with: herring)))
        // The veto is part of the linker's compatibility check.
        func group(_ statements: DocumentStatements) -> ScoredLinker.GroupState {
            ScoredLinker.GroupState(
                latestStart: nil, earliestEnd: nil, polarity: 1, figures: [:], places: [], subjects: [], statements: statements)
        }
        #expect(!ScoredLinker.compatible(group(strike), group(quota)))
        #expect(ScoredLinker.compatible(group(strike), group(DocumentStatements())))
    }

    /// Claims of one trigger lemma, or one named actor, in a shared article are one statement;
    /// a claim naming no subject can tell nothing apart.
    @Test func sharedTriggerOrActorOrNoSubjectKeepsGroupsJoinable() {
        func two(_ first: (String?, [Int]), _ second: (String?, [Int])) -> DocumentStatements {
            DocumentStatements(document: 0, trigger: first.0, subjects: first.1)
                .merged(with: DocumentStatements(document: 1, trigger: second.0, subjects: second.1))
        }
        let strike = two(("strike", [1]), ("strike", [1]))
        #expect(strike.differ(from: two(("cut", [2]), ("cut", [2]))))
        #expect(!strike.differ(from: two(("strike", [2]), ("cut", [2]))))
        #expect(!strike.differ(from: two(("cut", [1]), ("cut", [2]))))
        #expect(!strike.differ(from: two(("cut", []), ("cut", [2]))))
        // An eventless claim ("said") names no event: its subjects alone tell it apart.
        #expect(strike.differ(from: two((nil, [2]), (nil, [2]))))
    }
}
