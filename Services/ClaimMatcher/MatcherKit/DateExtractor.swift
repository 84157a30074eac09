import Foundation
import TextCore

/// Finds and normalises dates in a clause, absolute ones and ones relative to publication.
///
/// Relative dates ("last week", "on Tuesday", "18 March" without a year) are anchored to the
/// document's publication date; with no anchor they are consumed but yield no value.
struct DateExtractor: Sendable {
    struct Found: Sendable {
        var tokens: Range<Int>
        var value: DateValue?
    }

    let lexicon: MatcherLexicon

    /// Dates among `tokens[range]`, in text order.
    func extract(_ tokens: [Token], in range: Range<Int>, anchor: CivilDate?, future: Bool) -> [Found] {
        var found: [Found] = []
        let words = tokens.map(\.folded)
        var i = range.lowerBound
        while i < range.upperBound {
            if let f = match(tokens, words, at: i, limit: range.upperBound, anchor: anchor, future: future) {
                found.append(f)
                i = max(f.tokens.upperBound, i + 1)
            } else {
                i += 1
            }
        }
        return found
    }

    private func month(_ t: Token) -> Int? {
        guard t.kind == .word, t.isCapitalized else { return nil }
        return lexicon.months[t.folded]
    }

    private func dayNumber(_ t: Token) -> Int? {
        guard t.kind == .number, let n = t.number, n == n.rounded(), n >= 1, n <= 31, !t.folded.contains(".")
        else { return nil }
        return Int(n)
    }

    private func yearNumber(_ t: Token) -> Int? {
        guard t.kind == .number, t.folded.count == 4, let n = t.number, n == n.rounded(), n >= 1800, n <= 2200
        else { return nil }
        return Int(n)
    }

    private func isSymbol(_ t: Token, _ s: String) -> Bool { t.kind == .symbol && t.folded == s }

    /// A year that may follow a day or month, skipping one `,` / `-` / `.` separator.
    private func trailingYear(_ tokens: [Token], at j: Int, limit: Int) -> (year: Int, end: Int)? {
        guard j < limit else { return nil }
        if let y = yearNumber(tokens[j]) { return (y, j + 1) }
        if j + 1 < limit, tokens[j].kind == .symbol, [",", "-", ".", "–"].contains(tokens[j].folded),
            let y = yearNumber(tokens[j + 1])
        {
            return (y, j + 2)
        }
        return nil
    }

    private func anchoredDay(month: Int, day: Int, anchor: CivilDate?) -> DateValue? {
        guard let anchor else { return nil }
        var year = anchor.year
        if CivilDate.isValid(year: year, month: month, day: day),
            CivilDate(year: year, month: month, day: day).dayNumber - anchor.dayNumber > 183
        {
            year -= 1
        }
        guard CivilDate.isValid(year: year, month: month, day: day) else { return nil }
        return .day(CivilDate(year: year, month: month, day: day))
    }

    private func match(
        _ tokens: [Token], _ words: [String], at i: Int, limit: Int, anchor: CivilDate?,
        future: Bool
    ) -> Found? {
        let t = tokens[i]
        // Relative phrases: "last week", "yesterday".
        if t.kind == .word, let (length, code) = lexicon.relativeDates.match(words, at: i), i + length <= limit {
            return Found(tokens: i..<(i + length), value: anchor.flatMap { relative(code, anchor: $0) })
        }
        // Weekdays: "on Tuesday", "last Friday".
        if t.kind == .word, t.isCapitalized, let weekday = lexicon.weekdays[t.folded] {
            let before = i > 0 ? words[i - 1] : ""
            let forward = before == "next" || (future && before != "last")
            return Found(
                tokens: i..<(i + 1),
                value: anchor.map {
                    weekdayDate(
                        weekday, anchor: $0, forward: forward,
                        strict: before == "last" || before == "next")
                })
        }
        // "18 March 2025", "18 March".
        if let d = dayNumber(t), i + 1 < limit, let m = month(tokens[i + 1]) {
            if let (y, end) = trailingYear(tokens, at: i + 2, limit: limit) {
                let value = CivilDate.isValid(year: y, month: m, day: d) ? DateValue.day(CivilDate(year: y, month: m, day: d)) : nil
                return Found(tokens: i..<end, value: value)
            }
            return Found(tokens: i..<(i + 2), value: anchoredDay(month: m, day: d, anchor: anchor))
        }
        if let m = month(t) {
            var j = i + 1
            if j < limit, isSymbol(tokens[j], ".") { j += 1 }
            // "March 18, 2025", "Mar.24 - 2025", "March 18".
            if j < limit, let d = dayNumber(tokens[j]) {
                if let (y, end) = trailingYear(tokens, at: j + 1, limit: limit) {
                    let value = CivilDate.isValid(year: y, month: m, day: d) ? DateValue.day(CivilDate(year: y, month: m, day: d)) : nil
                    return Found(tokens: i..<end, value: value)
                }
                return Found(tokens: i..<(j + 1), value: anchoredDay(month: m, day: d, anchor: anchor))
            }
            // "December 2024".
            if j < limit, let y = yearNumber(tokens[j]) {
                return Found(tokens: i..<(j + 1), value: .month(year: y, month: m))
            }
            return nil
        }
        if let y = yearNumber(t) {
            // ISO "2025-03-18" / "2025-03".
            if i + 2 < limit, isSymbol(tokens[i + 1], "-"), tokens[i + 1].isGlued, tokens[i + 2].isGlued,
                tokens[i + 2].kind == .number, tokens[i + 2].folded.count == 2, let m = tokens[i + 2].number.map({ Int($0) }),
                (1...12).contains(m)
            {
                if i + 4 < limit, isSymbol(tokens[i + 3], "-"), tokens[i + 3].isGlued, tokens[i + 4].isGlued,
                    tokens[i + 4].kind == .number, tokens[i + 4].folded.count == 2, let d = tokens[i + 4].number.map({ Int($0) })
                {
                    let value = CivilDate.isValid(year: y, month: m, day: d) ? DateValue.day(CivilDate(year: y, month: m, day: d)) : nil
                    return Found(tokens: i..<(i + 5), value: value)
                }
                return Found(tokens: i..<(i + 3), value: .month(year: y, month: m))
            }
            let before = i > 0 ? words[i - 1] : ""
            if before == "by" {
                return Found(
                    tokens: (i - 1)..<(i + 1),
                    value: DateValue(text: "by \(y)", precision: .open, firstDay: nil, lastDay: nil))
            }
            if ["in", "during", "since", "until", "till", "from", "throughout"].contains(before) {
                return Found(tokens: i..<(i + 1), value: .year(y))
            }
        }
        return nil
    }

    private func weekdayDate(_ weekday: Int, anchor: CivilDate, forward: Bool, strict: Bool) -> DateValue {
        var offset = weekday - anchor.weekday
        if forward {
            if offset < 0 || (offset == 0 && strict) { offset += 7 }
        } else {
            if offset > 0 || (offset == 0 && strict) { offset -= 7 }
        }
        return .day(anchor.adding(days: offset))
    }

    /// Resolves codes such as `week-1` or `day+0` against the anchor.
    private func relative(_ code: String, anchor: CivilDate) -> DateValue? {
        guard let signIndex = code.firstIndex(where: { $0 == "+" || $0 == "-" }),
            let amount = Int(code[signIndex...].replacingOccurrences(of: "+", with: ""))
        else { return nil }
        switch code[..<signIndex] {
        case "day": return .day(anchor.adding(days: amount))
        case "week":
            let monday = anchor.adding(days: 1 - anchor.weekday + 7 * amount)
            return .range(monday, monday.adding(days: 6))
        case "month":
            let total = anchor.year * 12 + (anchor.month - 1) + amount
            return .month(year: total / 12, month: total % 12 + 1)
        case "year": return .year(anchor.year + amount)
        default: return nil
        }
    }
}
