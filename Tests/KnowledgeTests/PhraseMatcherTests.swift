import Testing

@testable import Knowledge

@Suite struct PhraseMatcherTests {
    static func target(_ id: String) -> PhraseTarget { PhraseTarget(kind: .entry, id: id, form: .name) }

    static let matcher = PhraseMatcher(phrases: [
        ("United Nations", target("un")),
        ("United Nations Security Council", target("unsc")),
        ("Kosovo", target("xk")),
        ("Albania", target("al")),
        ("Croatia", target("hr")),
        ("NATO", target("nato")),
        ("US", target("us")),
        ("U.S.", target("us")),
        ("Chad", target("td")),
        ("Straße", target("street")),
        ("the West", target("west")),
        ("sub-Saharan Africa", target("ssa")),
        ("defence minister", PhraseTarget(kind: .role, id: "defence-minister", form: .roleForm)),
    ])

    func matches(_ original: String) -> [(String, [String])] {
        let scalars = Array(original.unicodeScalars)
        let text = TextFolding.foldWithOffsets(scalars)
        return Self.matcher.longestMatches(in: text).map { match in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[match.start..<match.end])
            return (String(view), match.targets.map(\.id))
        }
    }

    @Test func longestMatchWins() {
        let found = matches("The United Nations Security Council met; the United Nations agreed.")
        #expect(found.map(\.0) == ["United Nations Security Council", "United Nations"])
        #expect(found.map(\.1) == [["unsc"], ["un"]])
    }

    @Test func hyphenChainsYieldOneMatchPerName() {
        let found = matches("the Kosovo-Albania-Croatia declaration")
        #expect(found.map(\.1) == [["xk"], ["al"], ["hr"]])
        #expect(matches("a pro-NATO stance").map(\.1) == [["nato"]])
    }

    @Test func possessivesAndQuotesStayOutsideTheMatch() {
        let original = "support “Kosovo”’s aspirations and Croatia's"
        let found = matches(original)
        #expect(found.map(\.0) == ["Kosovo", "Croatia"])
        let scalars = Array(original.unicodeScalars)
        let match = Self.matcher.longestMatches(in: TextFolding.foldWithOffsets(scalars))[0]
        #expect(match.start == 9)
        #expect(match.end == 15)
    }

    @Test func matchesEndOnTokenBoundaries() {
        #expect(matches("Kosovos Albanian Croatians NATOs").isEmpty)
        #expect(matches("ChadWick").isEmpty)
    }

    @Test func casingRules() {
        #expect(matches("let us go").isEmpty)
        #expect(matches("the US said").map(\.1) == [["us"]])
        #expect(matches("the U.S. said").map(\.0) == ["U.S."])
        #expect(matches("chad wore a hat").isEmpty)
        #expect(matches("CHAD and Chad").count == 2)
        #expect(matches("Nato allies").map(\.1) == [["nato"]])
        #expect(matches("The Defence Minister and the defence minister").count == 2)
        // Leading lowercase words do not make a capitalised phrase case-insensitive.
        #expect(matches("the West and The West").count == 2)
        #expect(matches("in the west of the country").isEmpty)
        #expect(matches("sub-Saharan Africa").map(\.1) == [["ssa"]])
        #expect(matches("sub-saharan africa").isEmpty)
    }

    @Test func hyphensAndSpacesInsidePhrasesAreInterchangeable() {
        let matcher = PhraseMatcher([
            .init(phrase: "Guinea-Bissau", target: Self.target("gw")),
            .init(phrase: "Guinea", target: Self.target("gn")),
            .init(
                phrase: "Secretary General", target: PhraseTarget(kind: .role, id: "sg", form: .roleForm),
                casing: .insensitive),
        ])
        func ids(_ s: String) -> [String] {
            matcher.longestMatches(in: TextFolding.foldWithOffsets(s)).flatMap { $0.targets.map(\.id) }
        }
        #expect(ids("Guinea Bissau and Guinea-Bissau and Guinea–Bissau") == ["gw", "gw", "gw"])
        #expect(ids("the Secretary-General and the secretary general") == ["sg", "sg"])
        #expect(ids("Guinea-") == ["gn"])
    }

    @Test func whitespaceRunsAndSingleLineBreaksMatchOneSpace() {
        #expect(matches("United  \n Nations").map(\.1) == [["un"]])
        #expect(matches("United\n\nNations").isEmpty)
        #expect(matches("United\u{00A0}Nations").map(\.1) == [["un"]])
    }

    @Test func offsetsAreExactAfterMultiScalarFolding() {
        // "ß" folds to two scalars and "é" arrives decomposed: offsets must still be original ones.
        let original = "Große Cafe\u{0301} — Kosovo, Straße"
        let scalars = Array(original.unicodeScalars)
        let found = Self.matcher.longestMatches(in: TextFolding.foldWithOffsets(scalars))
        #expect(found.count == 2)
        let kosovo = found[0]
        #expect(kosovo.start == 14 && kosovo.end == 20)
        let street = found[1]
        #expect(street.start == 22 && street.end == 28)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[street.start..<street.end])
        #expect(String(view) == "Straße")
    }

    @Test func samePhraseCanNameSeveralThings() {
        let matcher = PhraseMatcher(phrases: [
            ("Congolese", PhraseTarget(kind: .entry, id: "cd", form: .adjective)),
            ("Congolese", PhraseTarget(kind: .entry, id: "cg", form: .adjective)),
        ])
        let found = matcher.longestMatches(in: TextFolding.foldWithOffsets("Congolese troops"))
        #expect(found.count == 1)
        #expect(Set(found[0].targets.map(\.id)) == ["cd", "cg"])
    }

    @Test func emptyMatcherAndEmptyTextAreSafe() {
        let empty = PhraseMatcher([])
        #expect(empty.longestMatches(in: TextFolding.foldWithOffsets("anything")).isEmpty)
        #expect(Self.matcher.longestMatches(in: TextFolding.foldWithOffsets("")).isEmpty)
        #expect(Self.matcher.longestMatch(in: TextFolding.foldWithOffsets("x"), at: 99) == nil)
    }
}
