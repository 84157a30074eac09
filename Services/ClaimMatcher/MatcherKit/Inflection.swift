/// Regular English inflections, used to expand lexicon base words and to stem unknown words.
enum Inflection {
    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    /// The base word and its regular -s, -ed and -ing forms (with doubled final consonant variants).
    static func forms(of word: String) -> [String] {
        guard let last = word.last, word.count >= 2 else { return [word] }
        var out = [word]
        let beforeLast = word.dropLast().last
        if word.hasSuffix("s") || word.hasSuffix("sh") || word.hasSuffix("ch") || word.hasSuffix("x")
            || word.hasSuffix("z")
        {
            out.append(word + "es")
        } else if last == "y", let b = beforeLast, !vowels.contains(b) {
            out.append(String(word.dropLast()) + "ies")
        } else {
            out.append(word + "s")
        }
        if last == "e" {
            out.append(word + "d")
            if !word.hasSuffix("ee") { out.append(String(word.dropLast()) + "ing") }
        } else if last == "y", let b = beforeLast, !vowels.contains(b) {
            out.append(String(word.dropLast()) + "ied")
            out.append(word + "ing")
        } else {
            out.append(word + "ed")
            out.append(word + "ing")
            if !vowels.contains(last), last != "w", last != "x", last != "y", let b = beforeLast, vowels.contains(b) {
                out.append(word + String(last) + "ed")
                out.append(word + String(last) + "ing")
            }
        }
        return out
    }

    /// A crude base form for words the lexicon does not know ("violates" → "violate").
    static func stem(_ word: String) -> String {
        var w = word
        if w.hasSuffix("'s") { w = String(w.dropLast(2)) }
        guard w.count > 4 else { return w }
        if w.hasSuffix("ies") { return String(w.dropLast(3)) + "y" }
        if w.hasSuffix("ied") { return String(w.dropLast(3)) + "y" }
        if w.hasSuffix("sses") { return String(w.dropLast(2)) }
        if w.hasSuffix("ing"), w.count > 5 { return String(w.dropLast(3)) }
        if w.hasSuffix("ed"), w.count > 4 { return String(w.dropLast(2)) }
        if w.hasSuffix("es"), w.count > 4, !w.hasSuffix("ses") { return String(w.dropLast(1)) }
        if w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") { return String(w.dropLast()) }
        return w
    }
}

extension Inflection {
    /// A stem for lexical matching that maps all regular forms of a word to one key.
    static func termStem(_ word: String) -> String {
        var w = stem(word)
        if w.hasSuffix("e"), w.count > 4 { w = String(w.dropLast()) }
        return w
    }
}
