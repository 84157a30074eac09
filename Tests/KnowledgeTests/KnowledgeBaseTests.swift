import Foundation
import Testing

@testable import Knowledge

@Suite struct KnowledgeBaseTests {
    let kb: KnowledgeBase

    init() throws {
        kb = try KnowledgeBase.bundled()
    }

    func countryNamed(_ name: String) -> KnowledgeEntry? {
        kb.entries.first { $0.name == name && ($0.type == "country" || $0.type == "territory") }
    }

    @Test func everyStateHasCapitalAndIsoCodes() throws {
        let states = kb.entries(ofType: "country")
        #expect(states.count >= 195)
        for state in states {
            #expect(state.codes.count >= 2, "\(state.id) lacks codes")
            let capital = try #require(kb.capital(of: state.id), "\(state.id) lacks a capital")
            #expect(capital.type == "place")
            #expect(capital.capitalOf == state.id)
        }
    }

    @Test(arguments: [
        ("France", "Paris", "FR", "FRA"), ("Japan", "Tokyo", "JP", "JPN"), ("Brazil", "Brasília", "BR", "BRA"),
        ("Serbia", "Belgrade", "RS", "SRB"), ("Kosovo", "Pristina", "XK", "XKX"),
        ("South Sudan", "Juba", "SS", "SSD"), ("Nigeria", "Abuja", "NG", "NGA"),
        ("Argentina", "Buenos Aires", "AR", "ARG"), ("Kazakhstan", "Astana", "KZ", "KAZ"),
    ])
    func spotCheckStates(name: String, capitalName: String, alpha2: String, alpha3: String) throws {
        let state = try #require(countryNamed(name))
        #expect(state.id == "country:\(alpha2)")
        #expect(state.codes.contains(alpha2) && state.codes.contains(alpha3))
        #expect(kb.capital(of: state.id)?.name == capitalName)
    }

    @Test func disputedAndTerritoriesArePresent() throws {
        for name in ["Taiwan", "Palestine", "Kosovo", "Vatican City"] {
            #expect(countryNamed(name)?.type == "country", "\(name)")
        }
        #expect(countryNamed("Western Sahara")?.type == "territory")
        #expect(countryNamed("Greenland")?.type == "territory")
    }

    @Test func demonymsAndAdjectivesResolveThroughTheMatcher() {
        let text = "Serbian officials and Serbs in Belgrade met French and Japanese envoys, Kosovars and Croats."
        let found = kb.entityMatcher.longestMatches(in: TextFolding.foldWithOffsets(text))
        let targets = found.flatMap(\.targets).filter { $0.kind == .entry }
        #expect(targets.contains(PhraseTarget(kind: .entry, id: "country:RS", form: .adjective)))
        #expect(targets.contains(PhraseTarget(kind: .entry, id: "country:RS", form: .demonym)))
        #expect(targets.contains(PhraseTarget(kind: .entry, id: "place:belgrade-rs", form: .name)))
        #expect(targets.contains(PhraseTarget(kind: .entry, id: "country:FR", form: .adjective)))
        #expect(targets.contains(PhraseTarget(kind: .entry, id: "country:JP", form: .adjective)))
        #expect(targets.contains(PhraseTarget(kind: .entry, id: "country:XK", form: .demonym)))
        #expect(targets.contains(PhraseTarget(kind: .entry, id: "country:HR", form: .demonym)))
    }

    @Test func exactLookupIgnoresCaseAndSpelling() {
        #expect(kb.lookup("prishtina").map(\.id) == ["place:pristina-xk"])
        #expect(kb.lookup("  Priština ").map(\.id) == ["place:pristina-xk"])
        #expect(kb.lookup("Београд").map(\.id) == ["place:belgrade-rs"])
        #expect(kb.lookup("defense minister").map(\.id) == ["defence-minister"])
        #expect(kb.lookup("Türkiye").map(\.id) == ["country:TR"])
        #expect(kb.lookup("Serbia and").isEmpty)
        #expect(kb.lookup("").isEmpty)
    }

    @Test func institutionsLinkToTheirState() throws {
        let kremlin = try #require(kb.lookup("the Kremlin").first)
        #expect(kb.entry(id: kremlin.id)?.partOf == "country:RU")
        #expect(kb.entry(id: "org:un-security-council")?.partOf == "org:un")
        let ministry = try #require(kb.lookup("Ministry of Foreign Affairs").first)
        #expect(kb.role(id: ministry.id)?.isInstitution == true)
        #expect(kb.role(id: "defence-minister")?.isInstitution == false)
        // "the White House" needs its capitals; "the west wing" does not match "the West".
        let found = kb.entityMatcher.longestMatches(in: TextFolding.foldWithOffsets("the white house in the west"))
        #expect(found.allSatisfy { $0.targets.allSatisfy { $0.kind == .role } })
    }

    @Test func matchingIsDeterministic() throws {
        let text = "Reuters reported that U.S. and EU envoys met Chinese and Congolese officials in Kyiv."
        let first = kb.entityMatcher.longestMatches(in: TextFolding.foldWithOffsets(text))
        let rebuilt = KnowledgeBase(entries: kb.entries, roles: kb.roles, lexicon: kb.lexicon)
        let second = rebuilt.entityMatcher.longestMatches(in: TextFolding.foldWithOffsets(text))
        #expect(first == second)
        #expect(first.flatMap { $0.targets.map(\.id) }.contains("place:kyiv-ua"))
    }

    @Test func ignoringCaseMatchesLowercaseText() {
        let text = TextFolding.foldWithOffsets("kosovo-albania-croatia")
        #expect(kb.entityMatcher.longestMatches(in: text).isEmpty)
        let ids = kb.entityMatcher.longestMatches(in: text, ignoringCase: true).flatMap { $0.targets.map(\.id) }
        #expect(ids == ["country:XK", "country:AL", "country:HR"])
    }

    @Test func organisationsAndLongestMatchOnRealData() {
        let text = "The United Nations Security Council, NATO, the EU and Reuters; the WHO said who knows."
        let found = kb.entityMatcher.longestMatches(in: TextFolding.foldWithOffsets(text))
        let ids = found.flatMap { $0.targets.map(\.id) }
        #expect(ids.contains("org:un-security-council"))
        #expect(!ids.contains("org:un"))
        #expect(ids.contains("org:nato") && ids.contains("org:eu") && ids.contains("org:reuters"))
        #expect(ids.filter { $0 == "org:who" }.count == 1)
        #expect(kb.entries(ofType: "organization").count >= 80)
    }

    @Test func roleFormsMatchInAnyCaseAndSpelling() {
        let text = "Defense Ministers met the Minister of Defence, the defence minister and the Foreign Minister."
        let found = kb.entityMatcher.longestMatches(in: TextFolding.foldWithOffsets(text))
        let roles = found.flatMap(\.targets).filter { $0.kind == .role }.map(\.id)
        #expect(roles == ["defence-minister", "defence-minister", "defence-minister", "foreign-minister"])
        let general = kb.entityMatcher.longestMatches(in: TextFolding.foldWithOffsets("the UN Secretary-General"))
        #expect(general.last?.targets == [PhraseTarget(kind: .role, id: "secretary-general", form: .roleForm)])
        #expect(kb.role(id: "prime-minister") != nil)
        #expect(kb.role(id: "secretary-general") != nil)
        // "PM" is a title only in capitals.
        let clock = kb.entityMatcher.longestMatches(in: TextFolding.foldWithOffsets("at 5 pm"))
        #expect(clock.allSatisfy { $0.targets.allSatisfy { $0.id != "prime-minister" } })
    }

    @Test func lexiconLookups() {
        let lexicon = kb.lexicon
        #expect(lexicon.reportingLemma("said") == "say")
        #expect(lexicon.reportingLemma("Stated") == "state")
        #expect(lexicon.reportingLemma("emphasised") == "emphasize")
        #expect(lexicon.reportingLemma("told") == "tell")
        #expect(lexicon.reportingLemma("table") == nil)
        #expect(lexicon.isHedge("reportedly") && lexicon.isHedge("is said to"))
        #expect(lexicon.isSpeculative("might") && !lexicon.isSpeculative("said"))
        #expect(lexicon.isNegation("stops short of") && lexicon.isNegation("never"))
        #expect(lexicon.isAbbreviation("Gen.") && lexicon.isAbbreviation("U.S.") && !lexicon.isAbbreviation("Paris"))
        #expect(lexicon.month("Sept.") == 9 && lexicon.month("January") == 1 && lexicon.month("Jan") == 1)
        #expect(lexicon.isWeekday("Tuesday") && lexicon.isWeekday("Tue."))
        #expect(lexicon.reportingPhrases.contains("according to"))
        #expect(lexicon.containsBoilerplateCue("Leave a Reply"))
        #expect(lexicon.containsBoilerplateCue("Photo: Shutterstock"))
        #expect(!lexicon.containsBoilerplateCue("The ministers signed the declaration."))
    }

    @Test func namedListsTablesAndNumbers() {
        let lexicon = kb.lexicon
        for name in [
            "stopwords", "pronouns", "nameParticles", "auxiliaries", "boilerplateLines", "photoSources",
            "creditPrefixes", "framingVerbs", "subordinators", "percentWords",
        ] {
            #expect(!lexicon.list(name).isEmpty, "\(name)")
        }
        #expect(lexicon.list("pronouns", contains: "She"))
        #expect(!lexicon.list("pronouns", contains: "Serbia"))
        #expect(lexicon.list("no such list").isEmpty && !lexicon.list("no such list", contains: "x"))
        #expect(lexicon.table("currencies")["euros"] == "EUR")
        #expect(lexicon.table("relativeDates")["yesterday"] == "day-1")
        #expect(lexicon.numberTable("multipliers")["billion"] == 1e9)
        #expect(lexicon.numberTable("weekdayNumbers")["friday"] == 5)
    }

    @Test func loadedTermsCoverEveryCategory() {
        let terms = kb.lexicon.loadedTerms
        #expect(terms.count >= 150)
        let categories = Set(terms.map(\.category))
        #expect(categories == ["loaded-language", "name-calling", "exaggeration", "flag-waving", "appeal-to-fear", "doubt"])
        for category in categories {
            #expect(terms.filter { $0.category == category }.count >= 20, "\(category)")
        }
        #expect(kb.lexicon.loadedCategory("So-called") == "doubt")
    }

    @Test func lexiconMatcherFindsCuesWithLemmas() {
        let text = "He reportedly stated that the so-called deal could fail, according to officials."
        let found = kb.lexiconMatcher.longestMatches(in: TextFolding.foldWithOffsets(text))
        let kinds = found.flatMap { $0.targets.map { "\($0.kind.rawValue):\($0.id)" } }
        #expect(kinds.contains("hedge:reportedly"))
        #expect(kinds.contains("reportingVerb:state"))
        #expect(kinds.contains("loadedTerm:doubt"))
        #expect(kinds.contains("speculative:could"))
        #expect(kinds.contains("reportingPhrase:according to"))
    }

    @Test func bundledIsSharedAndMatcherBuildsOnce() throws {
        let again = try KnowledgeBase.bundled()
        #expect(again.entries.count == kb.entries.count)
        var fresh = try KnowledgeBase.load()
        fresh = try fresh.adding(fileAt: Self.writeTemp(#"{"entries": []}"#))
        #expect(fresh.entityMatcher.phraseCount == kb.entityMatcher.phraseCount)
    }

    static func writeTemp(_ contents: String) throws -> String {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("kb-test-\(UUID().uuidString).json")
        try contents.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}

@Suite("Country names")
struct CountryNameTests {
    @Test("States carry their common English short name; official and native names are aliases")
    func commonNames() throws {
        let kb = try KnowledgeBase.bundled()
        let names = [
            "TR": "Turkey", "RU": "Russia", "SY": "Syria", "IR": "Iran", "KR": "South Korea", "VN": "Vietnam",
            "LA": "Laos", "BO": "Bolivia", "TZ": "Tanzania", "CZ": "Czechia",
        ]
        for (code, name) in names {
            #expect(kb.entry(id: "country:\(code)")?.name == name, "\(code)")
        }
        #expect(kb.lookup("Türkiye").map(\.id) == ["country:TR"])
        #expect(kb.lookup("Russian Federation").map(\.id) == ["country:RU"])
        #expect(kb.lookup("Syrian Arab Republic").map(\.id) == ["country:SY"])
    }

    @Test("A seat of government apart from the capital is a place of its state; the capital stays")
    func seatsOfGovernment() throws {
        let kb = try KnowledgeBase.bundled()
        #expect(kb.entry(id: "place:la-paz-bo")?.capitalOf == "country:BO")
        #expect(kb.capital(of: "country:BO")?.name == "Sucre")
        #expect(kb.entry(id: "org:eu")?.capital == "place:brussels-be")
    }
}
