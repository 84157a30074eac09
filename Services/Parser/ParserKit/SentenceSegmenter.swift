import TextCore

/// Splits a paragraph into sentences by scanning once for terminal punctuation.
///
/// A full stop, question or exclamation mark or ellipsis ends a sentence only when a space
/// follows it (so "U.S.", "7.4%", "Mar.24" and "example.com" do not), closing quotes after it stay
/// in the sentence, and the next word does not start in lowercase. A full stop after an
/// abbreviation ("Mr.", "St.") or an initial ("J.") does not end one; after "No." or "Mar." it
/// does not when a number follows.
struct SentenceSegmenter: Sendable {
    let lexicon: ParserLexicon

    /// Sentence spans of `start..<end`, trimmed of spaces.
    func segment(_ view: [Unicode.Scalar], from start: Int, to end: Int) -> [(start: Int, end: Int)] {
        var result: [(start: Int, end: Int)] = []
        let upper = min(end, view.count)
        var sentenceStart = start
        var i = start
        while i < upper {
            let c = view[i]
            guard ScalarClass.isTerminator(c) else {
                i += 1
                continue
            }
            var j = i
            while j < upper, ScalarClass.isTerminator(view[j]) { j += 1 }
            if c == ".", j == i + 1, !periodCanEnd(view, at: i, start: start, upper: upper) {
                i = j
                continue
            }
            while j < upper, ScalarClass.isCloser(view[j]) { j += 1 }
            if j < upper, !ScalarClass.isSpace(view[j]) {
                i = j
                continue
            }
            var k = j
            while k < upper, ScalarClass.isSpace(view[k]) { k += 1 }
            if k >= upper { break }
            if startsLowercase(view, k, upper) {
                i = k
                continue
            }
            append(&result, view, sentenceStart, j)
            sentenceStart = k
            i = k
        }
        append(&result, view, sentenceStart, upper)
        return result
    }

    private func startsLowercase(_ view: [Unicode.Scalar], _ at: Int, _ upper: Int) -> Bool {
        var k = at
        // Look past an opening quote or bracket: “and …” continues, “The …” starts anew.
        while k < upper, k - at < 2, ScalarClass.isOpener(view[k]) { k += 1 }
        return k < upper && ScalarClass.isLowercase(view[k])
    }

    /// Whether the full stop at `index` may end a sentence, judging by the word before it.
    private func periodCanEnd(_ view: [Unicode.Scalar], at index: Int, start: Int, upper: Int) -> Bool {
        var b = index
        while b > start, index - b < 24 {
            let p = view[b - 1]
            if ScalarClass.isLetter(p) || ScalarClass.isMark(p) || p == "." { b -= 1 } else { break }
        }
        guard b < index else { return true }
        if b > start, ScalarClass.isDigit(view[b - 1]) { return true }
        let word = view[b..<index]
        // A single capital letter is an initial ("J. R. R.", "George W.").
        if word.count == 1, let only = word.first, ScalarClass.isUppercase(only) { return false }
        let lower = String(String.UnicodeScalarView(word)).lowercased()
        if lexicon.abbreviations.contains(lower) { return false }
        // Dotted acronyms: "U.S.", "U.N.", "e.g."
        if word.contains("."), word.count <= 8 { return false }
        if lexicon.numberAbbreviations.contains(lower) {
            var k = index + 1
            while k < upper, ScalarClass.isSpace(view[k]) { k += 1 }
            if k < upper, ScalarClass.isDigit(view[k]) { return false }
        }
        return true
    }

    private func append(_ result: inout [(start: Int, end: Int)], _ view: [Unicode.Scalar], _ start: Int, _ end: Int) {
        var lo = start
        var hi = min(end, view.count)
        while lo < hi, ScalarClass.isSpace(view[lo]) { lo += 1 }
        while hi > lo, ScalarClass.isSpace(view[hi - 1]) { hi -= 1 }
        guard lo < hi else { return }
        var hasWord = false
        for k in lo..<hi where ScalarClass.isAlphanumeric(view[k]) {
            hasWord = true
            break
        }
        guard hasWord else { return }
        result.append((lo, hi))
    }
}
