import CrosscheckSchema
import Knowledge
import MatcherKit

/// Entities of the inline test stories (Nordic fisheries, floods, a spill): none from the seeds.
let nordicEntities: [TestEntity] = [
    TestEntity(id: "norway", type: .country, names: ["Norway", "Norwegian"]),
    TestEntity(id: "sweden", type: .country, names: ["Sweden", "Swedish"]),
    TestEntity(id: "finland", type: .country, names: ["Finland"]),
    TestEntity(id: "chile", type: .country, names: ["Chile"]),
    TestEntity(id: "peru", type: .country, names: ["Peru"]),
    TestEntity(id: "oslo", type: .place, names: ["Oslo"]),
    TestEntity(id: "bergen", type: .place, names: ["Bergen"]),
    TestEntity(id: "ola-berg", type: .person, names: ["Ola Berg"], roles: ["fisheries-minister@norway"]),
    TestEntity(id: "kari-dahl", type: .person, names: ["Kari Dahl"], roles: ["fisheries-minister@norway"]),
    TestEntity(id: "coast-guard", type: .organization, names: ["Coast Guard"]),
    TestEntity(id: "fishers-union", type: .organization, names: ["Fishers Union"]),
    TestEntity(id: "cp", type: .organization, names: ["CP"]),
    TestEntity(id: "ministry", type: .organization, names: ["Fisheries Ministry"]),
]

/// The matcher over the bundled knowledge base. A base that cannot load leaves an empty
/// lexicon, so every test using it fails (`KnowledgeLoadingTests` names the error).
let testMatcher = (try? ClaimMatcher()) ?? ClaimMatcher(lexicon: MatcherLexicon(knowledge: KnowledgeBase()))

/// Runs the matcher over inline articles: (id, published, text).
func analyse(_ articles: [(String, String?, String)]) -> Analysis {
    testMatcher.analyse(TestBundleBuilder.bundle(articles, entities: nordicEntities))
}

/// The claims of a single article.
func claims(_ text: String, published: String? = "2025-03-24") -> [Claim] {
    analyse([("story", published, text)]).claims
}

/// The cluster holding the claim of `doc` whose text contains `snippet`.
func cluster(in analysis: Analysis, doc: String, containing snippet: String) -> Cluster? {
    guard let claim = analysis.claims.first(where: { $0.doc == doc && $0.text.contains(snippet) }) else { return nil }
    return analysis.clusters.first { $0.claims.contains(claim.id) }
}
