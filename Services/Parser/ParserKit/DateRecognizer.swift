import TextCore

/// Finds calendar dates in short stretches of text ("4 April 2025", "March 18, 2025",
/// "Mar.24 - 2025 7:46 AM CET", "2025-03-20") and says whether a line is nothing but a date.
///
/// Slash dates (03/04/2025) are not read: their day and month order is a guess.
struct DateRecognizer: Sendable {
    /// Month names and abbreviations, lowercased, mapped to 1…12.
    var months: [String: Int] = DateRecognizer.englishMonths

    struct Match: Equatable {
        var year: Int?
        var month: Int
        var day: Int?
        /// Index range of the tokens the date used.
        var tokens: Range<Int>

        /// The ISO form, only when year, month and day are all stated.
        var iso: String? {
            guard let year, let day else { return nil }
            return String(format4(year)) + "-" + pad2(month) + "-" + pad2(day)
        }

        private func format4(_ v: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, 4 - s.count)) + s
        }

        private func pad2(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    }

    enum Piece: Equatable {
        case word(String, allCaps: Bool)
        case number(Int, digits: Int)
        case punct(Unicode.Scalar)
    }

    static let englishMonths: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    private static let filler: Set<String> = [
        "published", "updated", "posted", "on", "at", "last", "modified", "am", "pm", "a", "m", "p",
        "gmt", "utc", "cet", "cest", "bst", "est", "edt", "pst", "pdt", "cst", "cdt", "eet", "eest",
        "msk", "ist", "jst", "aest", "hrs", "h", "t", "z", "date", "time", "first", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu",
        "thur", "thurs", "fri", "sat", "sun", "st", "nd", "rd", "th", "of", "local", "edited",
        "originally", "created", "released", "issued", "dated",
    ]

    func tokenize(_ text: String) -> [Piece] {
        var tokens: [Piece] = []
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if ScalarClass.isDigit(c) {
                var value = 0
                var digits = 0
                while i < scalars.count, ScalarClass.isDigit(scalars[i]) {
                    if digits < 9 { value = value * 10 + Int(scalars[i].value - 0x30) }
                    digits += 1
                    i += 1
                }
                tokens.append(.number(value, digits: digits))
            } else if ScalarClass.isLetter(c) {
                var word = String.UnicodeScalarView()
                var allCaps = true
                while i < scalars.count, ScalarClass.isLetter(scalars[i]) {
                    if !ScalarClass.isUppercase(scalars[i]) { allCaps = false }
                    word.append(scalars[i])
                    i += 1
                }
                tokens.append(.word(String(word).lowercased(), allCaps: allCaps))
            } else {
                if !ScalarClass.isSpace(c) { tokens.append(.punct(c)) }
                i += 1
            }
        }
        return tokens
    }

    /// The first date in `text`.
    func firstDate(in text: String) -> Match? {
        firstDate(in: tokenize(text))
    }

    func firstDate(in tokens: [Piece]) -> Match? {
        var i = 0
        while i < tokens.count {
            if let m = match(tokens, at: i) { return m }
            i += 1
        }
        return nil
    }

    /// The date when `text` is only a date with times, zones, weekdays and words like "Published".
    func dateLine(_ text: String) -> Match? {
        let tokens = tokenize(text)
        guard let m = firstDate(in: tokens) else { return nil }
        for (k, token) in tokens.enumerated() where !m.tokens.contains(k) {
            switch token {
            case .punct:
                continue
            case .number(let v, let digits):
                if digits <= 2 && v <= 60 { continue }
                return nil
            case .word(let w, let allCaps):
                if Self.filler.contains(w) { continue }
                if allCaps && w.unicodeScalars.count <= 5 { continue }
                return nil
            }
        }
        return m
    }

    private func match(_ t: [Piece], at i: Int) -> Match? {
        switch t[i] {
        case .number(let y, digits: 4) where i + 4 < t.count:
            // ISO 2025-03-20
            if case .punct("-") = t[i + 1], case .number(let mo, let d1) = t[i + 2], d1 <= 2,
                case .punct("-") = t[i + 3], case .number(let da, let d2) = t[i + 4], d2 <= 2,
                (1...12).contains(mo), (1...31).contains(da), plausibleYear(y)
            {
                return Match(year: y, month: mo, day: da, tokens: i..<(i + 5))
            }
            return nil
        case .word(let w, _):
            guard let month = months[w] else { return nil }
            var j = skipPunct(t, i + 1)
            // month day [, year]
            if j < t.count, case .number(let day, let digits) = t[j], digits <= 2, (1...31).contains(day) {
                var end = j + 1
                if end < t.count, case .word(let suffix, _) = t[end], ["st", "nd", "rd", "th"].contains(suffix) { end += 1 }
                let k = skipPunct(t, end)
                if k < t.count, case .number(let year, digits: 4) = t[k], plausibleYear(year) {
                    return Match(year: year, month: month, day: day, tokens: i..<(k + 1))
                }
                return Match(year: nil, month: month, day: day, tokens: i..<end)
            }
            // month year
            j = skipPunct(t, i + 1)
            if j < t.count, case .number(let year, digits: 4) = t[j], plausibleYear(year) {
                return Match(year: year, month: month, day: nil, tokens: i..<(j + 1))
            }
            return nil
        case .number(let day, let digits) where digits <= 2 && (1...31).contains(day):
            var j = i + 1
            if j < t.count, case .word(let suffix, _) = t[j], ["st", "nd", "rd", "th"].contains(suffix) { j += 1 }
            if j < t.count, case .word("of", _) = t[j] { j += 1 }
            j = skipPunct(t, j)
            guard j < t.count, case .word(let w, _) = t[j], let month = months[w] else { return nil }
            let k = skipPunct(t, j + 1)
            if k < t.count, case .number(let year, digits: 4) = t[k], plausibleYear(year) {
                return Match(year: year, month: month, day: day, tokens: i..<(k + 1))
            }
            return Match(year: nil, month: month, day: day, tokens: i..<(j + 1))
        default:
            return nil
        }
    }

    private func skipPunct(_ t: [Piece], _ from: Int) -> Int {
        var j = from
        var skipped = 0
        while j < t.count, skipped < 2, case .punct(let p) = t[j], [",", ".", "-", "–", "—", "/"].contains(p) {
            j += 1
            skipped += 1
        }
        return j
    }

    private func plausibleYear(_ y: Int) -> Bool { (1900...2100).contains(y) }
}
