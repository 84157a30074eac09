import Foundation

/// A trie over folded phrases that finds leftmost-longest, non-overlapping matches.
///
/// Matches start and end on token boundaries (a boundary lies between a word scalar —
/// letter, digit — and anything else), so "kosovo-albania" yields two matches, "pro-nato"
/// yields "nato", and the "'s" of a possessive is never part of a match. Inside a phrase, a
/// space or hyphen matches any run of whitespace and hyphens in the text ("Guinea-Bissau" =
/// "Guinea Bissau", "Secretary-General" = "Secretary General"), including one line break but
/// not a blank line.
public struct PhraseMatcher: Sendable {
    /// How the case of the original text must look for a phrase to match.
    public enum Casing: Sendable, Hashable {
        /// Any case.
        case insensitive
        /// The first capitalised word of the phrase must be capitalised in the original
        /// ("Chad", not "chad"; "the West", not "the west").
        case initialUppercase
        /// Every letter must be uppercase in the original ("US", not "us").
        case allUppercase
        /// Derived from the phrase: no word capitalised → insensitive; all capitals of up to
        /// three letters → all uppercase; otherwise → initial uppercase.
        case automatic
    }

    /// One phrase to add to the matcher.
    public struct Item: Sendable, Hashable {
        public var phrase: String
        public var target: PhraseTarget
        public var casing: Casing

        public init(phrase: String, target: PhraseTarget, casing: Casing = .automatic) {
            self.phrase = phrase
            self.target = target
            self.casing = casing
        }
    }

    struct Payload: Sendable, Hashable {
        var target: PhraseTarget
        var casing: Casing
        /// For `.initialUppercase`: the index of the phrase word whose initial must be a capital.
        var capitalWord: Int
    }

    /// Trie edges keyed by `node << 32 | scalar`.
    private let edges: [UInt64: Int32]
    /// For each node, the index of its payload list in `payloads`, or -1.
    private let terminal: [Int32]
    private let payloads: [[Payload]]

    /// The number of distinct folded phrases.
    public var phraseCount: Int { payloads.count }

    /// Builds a matcher; phrases fold with ``TextFolding`` and whitespace runs collapse.
    public init(_ items: [Item]) {
        var edges: [UInt64: Int32] = [:]
        edges.reserveCapacity(items.count * 8)
        var terminal: [Int32] = [-1]
        var payloads: [[Payload]] = []
        for item in items {
            let key = Self.key(for: item.phrase)
            guard !key.isEmpty else { continue }
            let casing = item.casing == .automatic ? Self.automaticCasing(item.phrase) : item.casing
            var node: Int32 = 0
            for scalar in key {
                let edgeKey = UInt64(UInt32(node)) << 32 | UInt64(scalar.value)
                if let next = edges[edgeKey] {
                    node = next
                } else {
                    let next = Int32(terminal.count)
                    terminal.append(-1)
                    edges[edgeKey] = next
                    node = next
                }
            }
            let payload = Payload(target: item.target, casing: casing, capitalWord: Self.firstCapitalWord(item.phrase))
            let index = Int(terminal[Int(node)])
            if index >= 0 {
                if !payloads[index].contains(payload) { payloads[index].append(payload) }
            } else {
                terminal[Int(node)] = Int32(payloads.count)
                payloads.append([payload])
            }
        }
        self.edges = edges
        self.terminal = terminal
        self.payloads = payloads
    }

    /// Builds a matcher from phrase/target pairs with automatic casing.
    public init(phrases: [(phrase: String, target: PhraseTarget)]) {
        self.init(phrases.map { Item(phrase: $0.phrase, target: $0.target) })
    }

    /// The folded key of a phrase: folded, runs of whitespace and hyphens collapsed to one
    /// space, trimmed.
    static func key(for phrase: String) -> [Unicode.Scalar] {
        var key: [Unicode.Scalar] = []
        var pendingSpace = false
        for scalar in TextFolding.fold(phrase).unicodeScalars {
            if isSeparator(scalar) {
                pendingSpace = !key.isEmpty
                continue
            }
            if pendingSpace {
                key.append(" ")
                pendingSpace = false
            }
            key.append(scalar)
        }
        return key
    }

    static func automaticCasing(_ phrase: String) -> Casing {
        var letters = 0
        var uppercaseLetters = 0
        for scalar in phrase.unicodeScalars where scalar.properties.isAlphabetic {
            letters += 1
            if scalar.properties.isUppercase { uppercaseLetters += 1 }
        }
        guard letters > 0, firstCapitalWord(phrase) >= 0 else { return .insensitive }
        if uppercaseLetters == letters && letters <= 3 { return .allUppercase }
        return .initialUppercase
    }

    /// Whether a scalar separates the words of a phrase (whitespace or a hyphen).
    @inline(__always)
    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || TextFolding.isSpaceScalar(scalar)
    }

    /// The index of the first word (separated by whitespace or hyphens) whose first letter is
    /// a capital, or -1.
    static func firstCapitalWord(_ phrase: String) -> Int {
        var word = 0
        var seenLetterInWord = false
        var inWord = false
        for scalar in phrase.unicodeScalars {
            if isSeparator(scalar) || scalar.properties.generalCategory == .dashPunctuation {
                if inWord { word += 1 }
                inWord = false
                seenLetterInWord = false
                continue
            }
            inWord = true
            guard !seenLetterInWord, scalar.properties.isAlphabetic else { continue }
            seenLetterInWord = true
            if scalar.properties.isUppercase { return word }
        }
        return -1
    }

    // MARK: Matching

    /// Leftmost-longest, non-overlapping matches in `text`, in text order.
    ///
    /// With `ignoringCase`, casing rules are not applied (for text known to be all lowercase
    /// or all capitals).
    public func longestMatches(in text: FoldedText, ignoringCase: Bool = false) -> [PhraseMatch] {
        var matches: [PhraseMatch] = []
        let scalars = text.folded
        var position = 0
        while position < scalars.count {
            if let match = longestMatch(in: text, at: position, ignoringCase: ignoringCase) {
                matches.append(match)
                position = max(match.foldedEnd, position + 1)
            } else {
                position += 1
            }
        }
        return matches
    }

    /// The first (leftmost-longest) match in `text`, or nil.
    public func firstMatch(in text: FoldedText, ignoringCase: Bool = false) -> PhraseMatch? {
        for position in text.folded.indices {
            if let match = longestMatch(in: text, at: position, ignoringCase: ignoringCase) { return match }
        }
        return nil
    }

    /// The longest match starting exactly at folded offset `start`, or nil.
    public func longestMatch(in text: FoldedText, at start: Int, ignoringCase: Bool = false) -> PhraseMatch? {
        let scalars = text.folded
        guard start >= 0, start < scalars.count, !TextFolding.isSpaceScalar(scalars[start]) else { return nil }
        if start > 0 && TextFolding.isWordScalar(scalars[start - 1]) && TextFolding.isWordScalar(scalars[start]) {
            return nil
        }
        var node: Int32 = 0
        var position = start
        var best: (end: Int, targets: [PhraseTarget])?
        while position < scalars.count {
            let scalar = scalars[position]
            var next = position + 1
            var edgeScalar = scalar
            if Self.isSeparator(scalar) {
                edgeScalar = " "
                var newlines = 0
                var cursor = position
                while cursor < scalars.count, Self.isSeparator(scalars[cursor]) {
                    if scalars[cursor] == "\n" { newlines += 1 }
                    cursor += 1
                }
                if newlines > 1 { break }
                next = cursor
            }
            guard let child = edges[UInt64(UInt32(node)) << 32 | UInt64(edgeScalar.value)] else { break }
            node = child
            position = next
            let index = Int(terminal[Int(node)])
            guard index >= 0, edgeScalar != " " else { continue }
            let end = position
            if end < scalars.count && TextFolding.isWordScalar(scalars[end - 1])
                && TextFolding.isWordScalar(scalars[end])
            {
                continue
            }
            var targets: [PhraseTarget] = []
            for payload in payloads[index]
            where !targets.contains(payload.target)
                && (ignoringCase || casingHolds(payload, text: text, start: start, end: end))
            {
                targets.append(payload.target)
            }
            if !targets.isEmpty { best = (end, targets) }
        }
        guard let best else { return nil }
        let range = text.originalRange(foldedStart: start, foldedEnd: best.end)
        return PhraseMatch(
            start: range.lowerBound, end: range.upperBound, foldedStart: start, foldedEnd: best.end,
            targets: best.targets)
    }

    /// Everything a whole phrase stands for, ignoring casing ("prishtina" → Pristina's place).
    public func targets(forExactPhrase phrase: String) -> [PhraseTarget] {
        let text = TextFolding.foldWithOffsets(phrase.precomposedStringWithCanonicalMapping)
        var start = 0
        var end = text.folded.count
        while start < end, TextFolding.isSpaceScalar(text.folded[start]) { start += 1 }
        while end > start, TextFolding.isSpaceScalar(text.folded[end - 1]) { end -= 1 }
        guard let match = longestMatch(in: text, at: start, ignoringCase: true), match.foldedEnd == end else {
            return []
        }
        return match.targets
    }

    private func casingHolds(_ payload: Payload, text: FoldedText, start: Int, end: Int) -> Bool {
        switch payload.casing {
        case .insensitive, .automatic:
            return true
        case .initialUppercase:
            var word = 0
            var inSpace = false
            var seenLetterInWord = false
            for position in start..<min(end, text.uppercase.count) {
                let scalar = text.folded[position]
                if Self.isSeparator(scalar) {
                    if !inSpace { word += 1 }
                    inSpace = true
                    seenLetterInWord = false
                    continue
                }
                inSpace = false
                guard word >= max(payload.capitalWord, 0), !seenLetterInWord,
                    scalar.properties.isAlphabetic
                else { continue }
                seenLetterInWord = true
                return text.uppercase[position]
            }
            return true
        case .allUppercase:
            for position in start..<min(end, text.uppercase.count)
            where text.folded[position].properties.isAlphabetic && !text.uppercase[position] {
                return false
            }
            return true
        }
    }
}
