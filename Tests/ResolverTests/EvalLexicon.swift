import CrosscheckSchema
@testable import ResolverKit

/// The lexicon the gold evaluation runs with.
enum EvalLexicon {
    static let shared: ResolverLexicon = {
        var lexicon = TestLexicon.shared
        let countries: [(String, String, [String], String)] = [
            ("serbia", "Serbia", ["Serbian", "Serbs"], "Belgrade"), ("kosovo", "Kosovo", ["Kosovar"], "Pristina"),
            ("albania", "Albania", ["Albanian"], "Tirana"), ("croatia", "Croatia", ["Croatian"], "Zagreb"),
            ("hungary", "Hungary", ["Hungarian"], "Budapest"), ("bulgaria", "Bulgaria", ["Bulgarian"], "Sofia"),
            ("montenegro", "Montenegro", ["Montenegrin"], "Podgorica"),
            ("north-macedonia", "North Macedonia", ["Macedonian"], "Skopje"), ("china", "China", ["Chinese"], "Beijing"),
            ("iran", "Iran", ["Iranian"], "Tehran"), ("turkey", "Turkey", ["Turkish"], "Ankara"),
            ("belgium", "Belgium", ["Belgian"], "Brussels"),
        ]
        for (id, name, adjectives, capital) in countries {
            lexicon.addEntity(id: id, name: name, type: .country, aliases: adjectives)
            lexicon.addEntity(id: NameFolding.slug(capital), name: capital, type: .place, capitalOf: id)
        }
        return lexicon
    }()
}
