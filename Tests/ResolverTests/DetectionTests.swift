import CrosscheckSchema
import Testing

@testable import ResolverKit

@Suite("Mention detection")
struct DetectionTests {
    @Test("Knowledge-base names inside hyphen chains, possessives and pro- prefixes")
    func hyphenChainsAndPossessives() {
        let bundle = TestLexicon.link(["The Poland-Lithuania-Ukraine grid is backed by pro-EU groups. Ukraine’s operator agreed."])
        #expect(bundle.entity(of: "Poland") == "poland")
        #expect(bundle.entity(of: "Lithuania") == "lithuania")
        #expect(bundle.entity(of: "Ukraine") == "ukraine")
        #expect(bundle.entity(of: "EU") == "european-union")
        let possessive = bundle.mention("Ukraine", occurrence: 1)
        #expect(possessive?.entity == "ukraine")
        #expect(possessive.map { $0.end - $0.start } == 7)
    }

    @Test("Adjectives and demonyms point at their country with via alias")
    func adjectivesAreAliases() throws {
        let bundle = TestLexicon.link(["Lithuanian officials met Polish diplomats."])
        let lithuanian = try #require(bundle.mention("Lithuanian"))
        #expect(lithuanian.entity == "lithuania")
        #expect(lithuanian.via == .alias)
        #expect(bundle.mention("Polish")?.via == .alias)
    }

    @Test("Abbreviations need their exact case")
    func abbreviationCase() {
        let bundle = TestLexicon.link(["Let us talk to the EU about it."])
        #expect(bundle.mention("us") == nil)
        #expect(bundle.entity(of: "EU") == "european-union")
    }

    @Test("Scare quotes from the parser and from quote marks around a name")
    func scareQuotes() throws {
        let text = "Officials in “Crimea” and ‘Crimea’-based firms object. Poland signed it. Moscow calls it “Ukraine”’s plan."
        let bundle = TestLexicon.link([text])
        #expect(bundle.mention("Crimea", occurrence: 0)?.scareQuoted == true)
        #expect(bundle.mention("Crimea", occurrence: 1)?.scareQuoted == true)
        #expect(bundle.mention("Poland")?.scareQuoted == false)
        #expect(bundle.mention("Ukraine")?.scareQuoted == true)
        let parserMarked = TestLexicon.link(["Voters in the so-called Crimea Republic stayed home."], scareQuotes: ["Crimea Republic"])
        #expect(parserMarked.documents[0].mentions.contains { $0.scareQuoted })
    }

    @Test("Nothing is found inside removed spans; headings are read with sentence nil")
    func removedSpansAndHeadings() {
        let text = "Lithuania Plans New Grid\nBy Jan Kowal | 3 May 2024\nPoland agreed on Monday.\nShare this article\nGermany news"
        let bundle = TestLexicon.link([text])
        let heading = bundle.mention("Lithuania")
        #expect(heading?.sentence == nil)
        #expect(bundle.mention("Poland")?.sentence == 0)
        #expect(bundle.mention("Germany") == nil)
        #expect(bundle.mention("Jan Kowal") == nil)
        #expect(bundle.documents[0].mentions.allSatisfy { $0.text != "Monday" && $0.text != "May" })
    }

    @Test("Discovered names are typed by cues: roles, appositions, heads")
    func cueTyping() {
        let text = """
            Ukrainian Defence Minister Oleh Marchenko met Tomas Kairys, a retired colonel. \
            Retired Polish general Marek Nowak also spoke. The Ministry of Energy and Mines of the region agreed. \
            The Baltic Energy Agency and the Grid Council watched the Winter Summit in Riga-Nord.
            """
        let bundle = TestLexicon.link([text])
        #expect(bundle.entity(id: "oleh-marchenko")?.type == .person)
        #expect(bundle.entity(id: "tomas-kairys")?.type == .person)
        #expect(bundle.entity(id: "marek-nowak")?.type == .person)
        #expect(bundle.entity(of: "Ministry of Energy and Mines") != nil)
        #expect(bundle.entity(id: bundle.entity(of: "Baltic Energy Agency") ?? "")?.type == .organization)
        #expect(bundle.entity(id: bundle.entity(of: "Grid Council") ?? "")?.type == .organization)
        #expect(bundle.entity(id: bundle.entity(of: "Winter Summit") ?? "")?.type == .event)
    }

    @Test("Sentence-initial words, months, weekdays and heading words are not entities")
    func commonWordsAreNotEntities() {
        let text = "Summary\nMeanwhile, Poland waited until Tuesday in March. However the plan moved on. Critics say however that it works."
        let bundle = TestLexicon.link([text])
        let texts = Set(bundle.documents[0].mentions.map(\.text))
        #expect(texts == ["Poland"])
    }

    @Test("Agreements with a head noun and a number or a year")
    func agreements() {
        let text = "The UN Security Council Resolution 2202 was cited. They recalled the 1994 Budapest Memorandum."
        let bundle = TestLexicon.link([text])
        #expect(bundle.entity(id: bundle.entity(of: "UN Security Council Resolution 2202") ?? "")?.type == .agreement)
        #expect(bundle.entity(id: bundle.entity(of: "1994 Budapest Memorandum") ?? "")?.type == .agreement)
    }

    @Test("An organisation head, \"of\" and a state make one organisation; a weekday after it does not join")
    func headOfState() throws {
        let bundle = TestLexicon.link(["Crowds gathered outside the Central Bank of Lithuania on Saturday."])
        let id = try #require(bundle.entity(of: "Central Bank of Lithuania"))
        #expect(bundle.entity(id: id)?.type == .organization)
        #expect(bundle.mention("Lithuania") == nil)
        #expect(bundle.mention("Saturday") == nil)
    }

    @Test("A quoted unknown name in a headline is kept; an unquoted one needs the body")
    func quotedHeadlineNames() {
        let bundle = TestLexicon.link(["A Trip Through “Galicia” Memories\nThe region voted. Poland agreed."])
        #expect(bundle.mention("Galicia")?.scareQuoted == true)
        #expect(bundle.mention("Memories") == nil && bundle.mention("Trip") == nil)
    }

    @Test("Zones cut removed spans out of sentences, and headings out of sentences")
    func zoneSubtraction() {
        let holes = Zone.disjoint([12..<15, 2..<4, 3..<6, 20..<20])
        #expect(holes == [2..<6, 12..<15])
        #expect(Zone.subtract(0..<20, holes) == [0..<2, 6..<12, 15..<20])
        #expect(Zone.subtract(6..<12, holes) == [6..<12])
        #expect(Zone.subtract(3..<5, holes).isEmpty)
    }

    @Test("Capitalised particles open names; undefined acronyms mid-sentence are organisations, currencies are not")
    func particlesAndAcronyms() throws {
        let bundle = TestLexicon.link(["Reporters from El Pais and Le Monde met a consortium led by PKN for EUR 900 million."])
        #expect(bundle.mention("El Pais") != nil)
        #expect(bundle.mention("Le Monde") != nil)
        let pkn = try #require(bundle.entity(of: "PKN"))
        #expect(bundle.entity(id: pkn)?.type == .organization)
    }
}
