import CrosscheckSchema
import Testing

@testable import ResolverKit

@Suite("Resolution")
struct ResolutionTests {
    @Test("Diacritic and transliterated spellings are one person across documents")
    func spellingVariants() throws {
        let bundle = TestLexicon.link([
            "Polish Energy Minister Paweł Wójcik spoke in Gdańsk.",
            "Energy Minister Pawel Wojcik later flew home.",
        ])
        let id = try #require(bundle.entity(of: "Paweł Wójcik"))
        #expect(bundle.entity(of: "Pawel Wojcik") == id)
        #expect(id == "pawel-wojcik")
        #expect(bundle.entity(id: id)?.name == "Paweł Wójcik")
        #expect(bundle.entity(id: id)?.aliases == ["Pawel Wojcik"])
    }

    @Test("Đ/Dj and ć/c fold to the same key")
    func serbianStyleLetters() {
        #expect(NameFolding.key("Đorđević") == NameFolding.key("Djordjevic"))
        #expect(NameFolding.slug("Đorđević") == "dordevic")
        #expect(NameFolding.key("Çelik") == "celik")
    }

    @Test("Serbian Cyrillic spellings join their Latin form, which names the entity")
    func cyrillic() throws {
        let bundle = TestLexicon.link([
            "Defence Minister Nikola Jovanović met the press.",
            "Никола Јовановић said nothing. Later Jovanovic spoke.",
        ])
        let id = try #require(bundle.entity(of: "Nikola Jovanović"))
        #expect(id == "nikola-jovanovic")
        #expect(bundle.entity(of: "Никола Јовановић") == id)
        #expect(bundle.entity(of: "Jovanovic") == id)
        #expect(bundle.entity(id: id)?.name == "Nikola Jovanović")
    }

    @Test("A surname alone resolves to the full name in the document or the bundle")
    func surnames() {
        let bundle = TestLexicon.link([
            "Lithuanian Prime Minister Rasa Žemaitienė arrived. Žemaitienė said the grid was ready.",
            "Zemaitiene defended the plan in parliament.",
        ])
        let id = bundle.entity(of: "Rasa Žemaitienė")
        #expect(id != nil)
        #expect(bundle.entity(of: "Žemaitienė") == id)
        #expect(bundle.entity(of: "Zemaitiene") == id)
    }

    @Test("A surname shared by two people goes to the nearest full name before it")
    func ambiguousSurname() {
        let bundle = TestLexicon.link([
            "President Anna Nowak met Defence Minister Piotr Nowak. Nowak said little. Anna Nowak left. Nowak waved."
        ])
        #expect(bundle.entity(of: "Anna Nowak") != bundle.entity(of: "Piotr Nowak"))
        #expect(bundle.entity(of: "Nowak", occurrence: 0) == bundle.entity(of: "Piotr Nowak"))
        #expect(bundle.entity(of: "Nowak", occurrence: 1) == bundle.entity(of: "Anna Nowak"))
    }

    @Test("Role plus country resolves to the person the bundle shows holding it")
    func roles() throws {
        let bundle = TestLexicon.link([
            "Russia’s President Viktor Orlov warned Vilnius.",
            "The Russian President was trying to frighten the Baltic states. Poland’s Energy Minister was silent.",
        ])
        let orlov = try #require(bundle.entity(of: "Viktor Orlov"))
        let role = try #require(bundle.mention("President", doc: "d1"))
        #expect(role.entity == orlov)
        #expect(role.via == .role)
        #expect(role.role == "president")
        let unnamed = try #require(bundle.mention("Energy Minister", doc: "d1"))
        #expect(unnamed.entity == "poland-energy-minister")
        #expect(bundle.entity(id: "poland-energy-minister")?.name == "Energy Minister of Poland")
        #expect(bundle.entity(id: "poland-energy-minister")?.type == .person)
    }

    @Test("Capitalised words between a state and a one-word title complete the title")
    func compoundTitles() throws {
        var lexicon = TestLexicon.shared
        lexicon.addRole("Minister", key: "minister")
        let resolver = EntityResolver(lexicon: lexicon)
        let bundle = EntityLinker(lexicon: lexicon).link([
            resolver.resolve(
                DocumentBuilder.document(id: "d0", text: "Polish Mining Minister Ewa Lis spoke. Polish Sports Minister Jan Bor agreed.")),
            resolver.resolve(DocumentBuilder.document(id: "d1", text: "The Polish Mining Minister was absent.")),
        ])
        let role = try #require(bundle.mention("Mining Minister", doc: "d1"))
        #expect(role.role == "mining-minister")
        #expect(role.entity == bundle.entity(of: "Ewa Lis"))
        #expect(bundle.mention("Mining", doc: "d1") == nil)
    }

    @Test("A title followed by a name between commas teaches its holder")
    func appositiveHolder() throws {
        let bundle = TestLexicon.link([
            "The Lithuanian Prime Minister, Rasa Žemaitienė, opened the link.",
            "Lithuania’s Prime Minister did not comment.",
        ])
        let holder = try #require(bundle.entity(of: "Rasa Žemaitienė"))
        #expect(bundle.entity(of: "Prime Minister", doc: "d0") == holder)
        #expect(bundle.entity(of: "Prime Minister", doc: "d1") == holder)
    }

    @Test("An undated agreement named by part of a dated one's name joins it")
    func partialAgreementNames() throws {
        let bundle = TestLexicon.link([
            "Kyiv and Warsaw signed the 2023 Lublin Grain Transit Treaty.",
            "Critics of the Grain Transit Treaty spoke up. The Lublin Charter is different.",
        ])
        let id = try #require(bundle.entity(of: "2023 Lublin Grain Transit Treaty"))
        #expect(bundle.entity(of: "Grain Transit Treaty") == id)
        #expect(bundle.entity(of: "Lublin Charter") != id)
    }

    @Test("A capital acting is its state (metonym); a capital as a location stays a place")
    func capitals() throws {
        let bundle = TestLexicon.link([
            "Warsaw said the deal was signed in Vilnius. Vilnius also reacted. Moscow’s objections were ignored. Officials in Berlin agreed."
                + " The plan is aimed against Kyiv."
        ])
        let warsaw = try #require(bundle.mention("Warsaw"))
        #expect(warsaw.entity == "poland")
        #expect(warsaw.via == .metonym)
        #expect(bundle.mention("Vilnius", occurrence: 0)?.entity == "vilnius")
        #expect(bundle.mention("Vilnius", occurrence: 0)?.via == .name)
        #expect(bundle.mention("Vilnius", occurrence: 1)?.entity == "lithuania")
        #expect(bundle.mention("Moscow")?.entity == "russia")
        #expect(bundle.mention("Berlin")?.entity == "berlin")
        #expect(bundle.entity(id: "berlin")?.type == .place)
        #expect(bundle.mention("Kyiv")?.entity == "ukraine")
        #expect(bundle.mention("Kyiv")?.via == .metonym)
        let granted = TestLexicon.link(["They sought permission from Berlin before flying from Prague to Warsaw."])
        #expect(granted.mention("Berlin")?.entity == "germany")
        #expect(granted.mention("Prague")?.entity == "prague")
    }

    @Test("A one-letter swap in a capital still finds it")
    func misspelledCapital() {
        let bundle = TestLexicon.link(["Critics blame Wrasaw for the delay, and Wrasaw reacted angrily."])
        #expect(bundle.mention("Wrasaw", occurrence: 1)?.entity == "poland")
    }

    @Test("Agreement variants sharing a year and a head noun are one entity")
    func agreementVariants() throws {
        let bundle = TestLexicon.link([
            "Both sides signed the 2024 Baltic Grid Accord in June.",
            "Moscow condemned the 2024 grid agreement. Later the Accord was ratified.",
            "Analysts studied a 2024 energy accord and the Baltic Grid Accord itself.",
        ])
        let id = try #require(bundle.entity(of: "2024 Baltic Grid Accord"))
        #expect(bundle.entity(of: "2024 grid agreement") == id)
        #expect(bundle.entity(of: "Accord") == id)
        #expect(bundle.entity(of: "2024 energy accord") == id)
        #expect(bundle.entity(of: "Baltic Grid Accord") == id)
        #expect(bundle.entity(id: id)?.name == "2024 Baltic Grid Accord")
        let other = TestLexicon.link(["They cited the 1999 trade treaty and the 2001 trade treaty."])
        #expect(other.entity(of: "1999 trade treaty") != other.entity(of: "2001 trade treaty"))
    }

    @Test("Ministry spellings with the same country and kind are one organisation")
    func ministries() throws {
        let bundle = TestLexicon.link([
            "Russia’s Foreign Ministry condemned the deal. The Ministry demanded talks.",
            "The Russian Foreign Ministry did not respond. Russia’s Ministry of Foreign Affairs later did.",
            "Poland’s Ministry of Foreign Affairs disagreed.",
        ])
        let id = try #require(bundle.entity(of: "Foreign Ministry"))
        #expect(id == "russia-foreign-ministry")
        #expect(bundle.entity(of: "Ministry") == id)
        #expect(bundle.entity(of: "Foreign Ministry", occurrence: 1) == id)
        #expect(bundle.entity(of: "Ministry of Foreign Affairs", occurrence: 0) == id)
        #expect(bundle.entity(of: "Ministry of Foreign Affairs", occurrence: 1) == "poland-foreign-ministry")
        #expect(bundle.entity(of: "Russia") == "russia")
        #expect(bundle.entity(id: id)?.type == .organization)
    }

    @Test("Speakers of quotes and attributions become entity ids")
    func speakers() throws {
        let text = "Polish Energy Minister Paweł Wójcik rejected it. “Nobody plans anything,” Wójcik told reporters."
        var document = DocumentBuilder.document(id: "d0", text: text)
        let scalars = Array(text.unicodeScalars)
        let quoteStart = try #require(DocumentBuilder.occurrences(of: "“Nobody", in: scalars).first)
        let speakerStart = try #require(DocumentBuilder.occurrences(of: "Wójcik told", in: scalars).first)
        document.quotes = [
            Quote(
                start: quoteStart, end: quoteStart + 26, kind: .speech, sentence: 1,
                speakerText: "Wójcik", speakerSpan: TextSpan(start: speakerStart, end: speakerStart + 6))
        ]
        document.attributions = [
            Attribution(
                sentence: 1, speakerText: "Pawel Wojcik", speakerSpan: TextSpan(start: 0, end: 0),
                cue: "told", content: TextSpan(start: quoteStart, end: quoteStart + 26))
        ]
        let bundle = TestLexicon.linker.link([TestLexicon.resolver.resolve(document)])
        #expect(bundle.documents[0].document.quotes[0].speaker == "pawel-wojcik")
        #expect(bundle.documents[0].document.attributions[0].speaker == "pawel-wojcik")
    }

    @Test("Output is deterministic and mentions are sorted by document and offset")
    func determinism() {
        let texts = ["Warsaw said Poland and Lithuania agreed.", "Lithuanian Prime Minister Rasa Žemaitienė spoke."]
        let first = TestLexicon.link(texts)
        let second = TestLexicon.link(texts)
        #expect(first == second)
        for entity in first.entities {
            let order = entity.mentions.map { "\($0.doc)#\(String(format: "%08d", $0.start))" }
            #expect(order == order.sorted())
            #expect(!entity.aliases.contains(entity.name))
        }
    }

    @Test("Bad input never crashes")
    func badInput() {
        let weird = ParsedDocument(
            id: "x", path: "x", text: "Poland ’s “ ‘ - -- Warsaw’",
            headings: [TextSpan(start: -5, end: 900)],
            sentences: [Sentence(start: 20, end: 3, paragraph: 0), Sentence(start: 0, end: 9_999, paragraph: 0)],
            quotes: [Quote(start: 50, end: 10, kind: .scare)],
            removed: [RemovedSpan(start: 3, end: 1, reason: "x")])
        let resolved = TestLexicon.resolver.resolve(weird)
        let bundle = TestLexicon.linker.link([resolved, TestLexicon.resolver.resolve(ParsedDocument(id: "e", path: "e", text: ""))])
        #expect(bundle.entity(of: "Poland") == "poland")
    }
}
