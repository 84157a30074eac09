import Testing
import TextCore

/// The one tokenizer's three grammars keep the differences the stages rely on.
@Suite struct TokenizerTests {
    private func tokens(_ text: String, _ grammar: Tokenizer.Grammar) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        return Tokenizer(grammar: grammar, fold: { $0.lowercased() }).tokens(scalars, from: 0, to: scalars.count)
    }

    @Test func proseJoinsApostrophesHyphensDotsAndDigitGroups() {
        let words = tokens("Ghana’s co-operation, U.S 7.4 at 7:46 and 1,000 - x", .prose)
        #expect(words.map(\.key) == ["ghana’s", "co-operation", "u.s", "7.4", "at", "7:46", "and", "1,000", "x"])
        #expect(words[0].isCapitalized && !words[1].isCapitalized)
        #expect(words.filter(\.isNumber).map(\.key) == ["7.4", "7:46", "1,000"])
    }

    @Test func namesSplitPossessivesReadInitialsAndDescribeGaps() {
        let names = tokens("Poland-Lithuania’s “Crimea”’s U. S. envoy O’Brien: NATO", .names)
        #expect(names.map(\.text) == ["Poland", "Lithuania", "Crimea", "U. S.", "envoy", "O’Brien", "NATO"])
        #expect(names.map(\.key) == ["poland", "lithuania", "crimea", "us", "envoy", "o’brien", "nato"])
        #expect(names.map(\.gap) == [.zoneStart, .hyphen, .punctuation, .space, .space, .space, .punctuation])
        #expect(names.map(\.possessive) == [false, true, true, false, false, false, false])
        #expect(names[6].clauseInitial && !names[5].clauseInitial)
        #expect(names[6].isAllCaps && !names[0].isAllCaps)
    }

    @Test func claimsSeparateNumbersWordsAndSymbols() {
        let claims = tokens("Don’t pay $1,500.25m (3.2%)", .claims)
        #expect(claims.map(\.key) == ["don't", "pay", "$", "1500.25", "m", "(", "3.2", "%", ")"])
        #expect(claims.map(\.kind) == [.word, .word, .symbol, .number, .word, .symbol, .number, .symbol, .symbol])
        #expect(claims[3].number == 1500.25 && claims[3].isGlued && claims[4].isGlued && !claims[1].isGlued)
    }

    @Test func rangesAreClampedToTheText() {
        let scalars = Array("one two".unicodeScalars)
        for grammar in [Tokenizer.Grammar.prose, .names, .claims] {
            let tokenizer = Tokenizer(grammar: grammar, fold: { $0 })
            #expect(tokenizer.tokens(scalars, from: -5, to: 99).map(\.key) == ["one", "two"])
            #expect(tokenizer.tokens(scalars, from: 5, to: 2).isEmpty)
        }
    }
}
