import Testing

@testable import Knowledge

@Suite struct TextFoldingTests {
    @Test func foldsDiacriticsAndTransliterates() {
        #expect(TextFolding.fold("Đurić") == "djuric")
        #expect(TextFolding.fold("ĐORĐE") == "djordje")
        #expect(TextFolding.fold("Straße") == "strasse")
        #expect(TextFolding.fold("Æbeltoft Øresund Łódź") == "aebeltoft oresund lodz")
        #expect(TextFolding.fold("Diyarbakır İstanbul") == "diyarbakir istanbul")
        #expect(TextFolding.fold("Prishtinë Priština Brasília São Tomé") == "prishtine pristina brasilia sao tome")
        #expect(TextFolding.fold("Ðakovica") == "djakovica")
    }

    @Test func transliteratesSerbianCyrillicLikeSerbianLatin() {
        #expect(TextFolding.fold("Београд") == TextFolding.fold("Beograd"))
        #expect(TextFolding.fold("Ђорђе Чачак Љубљана Њујорк Џон") == "djordje cacak ljubljana njujork dzon")
    }

    @Test func unifiesQuotesDashesAndSpaces() {
        #expect(TextFolding.fold("“Kosovo”’s") == "\"kosovo\"'s")
        #expect(TextFolding.fold("‘a’ ‛b’ „c“ «d» ‹e›") == "'a' 'b' \"c\" \"d\" 'e'")
        #expect(TextFolding.fold("a–b—c‒d−e") == "a-b-c-d-e")
        #expect(TextFolding.fold("a\u{00A0}b\u{2009}c\u{202F}d") == "a b c d")
        #expect(TextFolding.fold("wait…") == "wait...")
        #expect(TextFolding.fold("co\u{00AD}operation") == "cooperation")
    }

    @Test func nfcFirstMakesComposedAndDecomposedEqual() {
        #expect(TextFolding.fold("e\u{0301}te\u{0301}") == TextFolding.fold("été"))
        #expect(TextFolding.fold("C\u{030C}") == "c")
    }

    @Test func offsetsMapMultiScalarOutputsBackToTheirSource() {
        let text = TextFolding.foldWithOffsets("Straße!")
        #expect(text.string == "strasse!")
        #expect(text.origin == [0, 1, 2, 3, 4, 4, 5, 6, 7])
        #expect(text.uppercase.first == true)
        #expect(text.uppercase.dropFirst().allSatisfy { !$0 })
    }

    @Test func offsetsSkipDroppedCombiningMarks() {
        // "Kos" + combining acute + "ovo": the mark is dropped, later scalars keep their offsets.
        let scalars = Array("Kos\u{0301}ovo".unicodeScalars)
        #expect(scalars.count == 7)
        let text = TextFolding.foldWithOffsets(scalars)
        #expect(text.string == "kosovo")
        #expect(text.origin == [0, 1, 2, 4, 5, 6, 7])
        // The original range of the whole folded text covers the mark too.
        #expect(text.originalRange(foldedStart: 0, foldedEnd: 6) == 0..<7)
        #expect(text.originalRange(foldedStart: 0, foldedEnd: 3) == 0..<4)
    }

    @Test func digraphTransliterationMapsBothScalarsToTheSameOrigin() {
        let text = TextFolding.foldWithOffsets("xĐy")
        #expect(text.string == "xdjy")
        #expect(text.origin == [0, 1, 1, 2, 3])
        #expect(text.originalRange(foldedStart: 1, foldedEnd: 3) == 1..<2)
    }

    @Test func emptyInputGivesOnlyTheTrailingOrigin() {
        let text = TextFolding.foldWithOffsets([Unicode.Scalar]())
        #expect(text.folded.isEmpty)
        #expect(text.origin == [0])
        #expect(text.originalRange(foldedStart: 0, foldedEnd: 5) == 0..<0)
    }
}
