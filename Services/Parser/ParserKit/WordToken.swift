/// One word of the text: its code point span and its lowercased form.
struct WordToken: Sendable, Equatable {
    var start: Int
    var end: Int
    var lower: String
    /// The first character is an uppercase letter.
    var isCapitalized: Bool
    /// The first character is a digit.
    var isNumeric: Bool
}

/// Splits a code point range into word tokens and answers questions about the gaps between them.
///
/// A word runs over letters, digits and marks, and over an apostrophe, hyphen or dot that sits
/// between two letters or digits ("Ghana’s", "co-operation", "U.S", "7.4"); commas, colons and
/// slashes join digits only ("1,000", "7:46").
struct WordTokenizer {
    let scalars: [Unicode.Scalar]

    /// The tokens of `start..<end`.
    func tokens(from start: Int, to end: Int) -> [WordToken] {
        var result: [WordToken] = []
        let upper = min(end, scalars.count)
        var i = max(0, start)
        while i < upper {
            let s = scalars[i]
            guard ScalarClass.isAlphanumeric(s) else { i += 1; continue }
            let tokenStart = i
            i += 1
            while i < upper {
                let c = scalars[i]
                if ScalarClass.isAlphanumeric(c) || ScalarClass.isMark(c) { i += 1; continue }
                if ScalarClass.isWordJoiner(c), i + 1 < upper {
                    let next = scalars[i + 1]
                    let prev = scalars[i - 1]
                    let digitsOnly = c.value == 0x2C || c.value == 0x3A || c.value == 0x2F
                    if digitsOnly {
                        if ScalarClass.isDigit(prev) && ScalarClass.isDigit(next) { i += 2; continue }
                    } else if ScalarClass.isAlphanumeric(next) {
                        i += 2; continue
                    }
                }
                break
            }
            result.append(makeToken(tokenStart, i))
        }
        return result
    }

    /// Whether only spaces lie between `a` and `b` (no punctuation).
    func onlySpaceBetween(_ a: Int, _ b: Int) -> Bool {
        var i = max(0, a)
        let upper = min(b, scalars.count)
        while i < upper {
            if !ScalarClass.isSpace(scalars[i]) { return false }
            i += 1
        }
        return true
    }

    /// Whether the gap `a..<b` contains one of the given punctuation scalars.
    func gap(_ a: Int, _ b: Int, contains values: Set<UInt32>) -> Bool {
        var i = max(0, a)
        let upper = min(b, scalars.count)
        while i < upper {
            if values.contains(scalars[i].value) { return true }
            i += 1
        }
        return false
    }

    func string(_ start: Int, _ end: Int) -> String {
        let lo = max(0, min(start, scalars.count))
        let hi = max(lo, min(end, scalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lo..<hi])
        return String(view)
    }

    private func makeToken(_ start: Int, _ end: Int) -> WordToken {
        let first = scalars[start]
        var ascii = true
        for k in start..<end where scalars[k].value >= 0x80 {
            ascii = false
            break
        }
        let lower: String
        if ascii {
            // Fast path: lowercase ASCII bytes directly.
            lower = String(unsafeUninitializedCapacity: end - start) { buffer in
                var n = 0
                for k in start..<end {
                    var v = UInt8(truncatingIfNeeded: scalars[k].value)
                    if v >= 0x41 && v <= 0x5A { v += 32 }
                    buffer[n] = v
                    n += 1
                }
                return n
            }
        } else {
            lower = string(start, end).lowercased()
        }
        return WordToken(
            start: start, end: end, lower: lower,
            isCapitalized: ScalarClass.isUppercase(first), isNumeric: ScalarClass.isDigit(first)
        )
    }
}
