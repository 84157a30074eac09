import CrosscheckSchema
import Knowledge

@testable import ResolverKit

/// The lexicon the gold evaluation runs with: the bundled knowledge base when its data is
/// generated, else a hand-made stand-in with the states, organisations and roles it would hold.
enum EvalLexicon {
    static let usesKnowledgeBase: Bool = ((try? KnowledgeBase.bundled())?.entries.count ?? 0) > 50

    static let shared: ResolverLexicon = {
        if usesKnowledgeBase, let base = try? KnowledgeBase.bundled(), let lexicon = try? ResolverLexicon(knowledge: base) { return lexicon }
        var lexicon = TestLexicon.shared
        let countries: [(String, String, [String], String)] = [
            ("serbia", "Serbia", ["Serbian", "Serbs"], "Belgrade"), ("kosovo", "Kosovo", ["Kosovar"], "Pristina"),
            ("albania", "Albania", ["Albanian"], "Tirana"), ("croatia", "Croatia", ["Croatian"], "Zagreb"),
            ("hungary", "Hungary", ["Hungarian"], "Budapest"), ("bulgaria", "Bulgaria", ["Bulgarian"], "Sofia"),
            ("montenegro", "Montenegro", ["Montenegrin"], "Podgorica"),
            ("north-macedonia", "North Macedonia", ["Macedonian"], "Skopje"), ("china", "China", ["Chinese"], "Beijing"),
            ("iran", "Iran", ["Iranian"], "Tehran"), ("turkey", "Turkey", ["Turkish"], "Ankara"),
            ("belgium", "Belgium", ["Belgian"], "Brussels"), ("romania", "Romania", ["Romanian"], "Bucharest"),
            ("greece", "Greece", ["Greek"], "Athens"),
        ]
        for (id, name, adjectives, capital) in countries {
            lexicon.addEntity(id: id, name: name, type: .country, aliases: adjectives)
            lexicon.addEntity(id: NameFolding.slug(capital), name: capital, type: .place, capitalOf: id)
        }
        lexicon.addEntity(id: "european-commission", name: "European Commission", type: .organization)
        lexicon.addRole("Transport Minister", key: "transport-minister")
        return lexicon
    }()
}
