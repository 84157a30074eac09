import CrosscheckSchema
import Foundation
import TextCore

/// Groups body lines into paragraphs and peels list markers, labels, datelines and time stamps
/// off their starts.
///
/// A single line break is a paragraph break when the line before ends a sentence and the next
/// starts like one; it is a hard wrap (joined) when the next line starts in lowercase, the line
/// before has no final punctuation, or the block is wrapped at a fixed width.
struct ParagraphAssembler: Sendable {
    struct Paragraph: Equatable {
        var start: Int
        var end: Int
        var isListItem: Bool
        /// Index of the paragraph's last line.
        var lastLine: Int
    }

    struct Plan {
        var paragraphs: [Paragraph] = []
        var removed: [RemovedSpan] = []
        var headings: [TextSpan] = []
        /// Agency named in a dateline ("(Reuters)").
        var agency: String?
        /// ISO date a dateline states with its year.
        var published: String?
    }

    let lexicon: ParserLexicon
    var dates: DateRecognizer { DateRecognizer(months: lexicon.months) }
    /// How many leading paragraphs may open with a dateline.
    var datelineParagraphs = 3

    func assemble(_ lines: [TextLine], roles: [LineRole], view: [Unicode.Scalar]) -> Plan {
        var plan = Plan()
        let wrapped = wrappedBlocks(lines, roles)
        var current: Paragraph?
        var previousLine: Int?
        for (i, line) in lines.enumerated() {
            guard roles[i] == .body else {
                if roles[i] != .blank || current != nil {
                    if let p = current { plan.paragraphs.append(p) }
                    current = nil
                }
                previousLine = nil
                continue
            }
            var start = line.contentStart
            var isListItem = false
            if let marker = listMarkerEnd(view, line) {
                start = marker
                isListItem = true
            }
            if let stamp = timestampPrefixEnd(view, start, line.contentEnd) {
                plan.removed.append(RemovedSpan(start: start, end: trimEnd(view, start, stamp), reason: "timestamp"))
                start = stamp
            }
            var labelled = false
            if let label = labelEnd(view, start, line.contentEnd) {
                plan.headings.append(TextSpan(start: start, end: label.labelEnd))
                start = label.textStart
                labelled = true
            }
            let startsParagraph: Bool
            if let p = current, let prev = previousLine {
                startsParagraph =
                    isListItem || labelled || !continues(view, lines[prev], line, wrapped: wrapped[i]) || p.isListItem && !startsLowercase(view, line)
            } else {
                startsParagraph = true
            }
            if startsParagraph {
                if let p = current { plan.paragraphs.append(p) }
                if plan.paragraphs.count < datelineParagraphs, !isListItem, !labelled,
                    let dateline = datelinePrefix(view, start, line.contentEnd)
                {
                    plan.removed.append(RemovedSpan(start: start, end: dateline.prefixEnd, reason: "dateline"))
                    start = dateline.textStart
                    plan.agency = plan.agency ?? dateline.agency
                    plan.published = plan.published ?? dateline.iso
                }
                current = Paragraph(start: start, end: line.contentEnd, isListItem: isListItem, lastLine: i)
            } else {
                current?.end = line.contentEnd
                current?.lastLine = i
            }
            previousLine = i
        }
        if let p = current { plan.paragraphs.append(p) }
        plan.paragraphs.removeAll { $0.start >= $0.end }
        return plan
    }

    // MARK: Joining lines

    private func continues(_ view: [Unicode.Scalar], _ previous: TextLine, _ line: TextLine, wrapped: Bool) -> Bool {
        if wrapped { return true }
        if startsLowercase(view, line) { return true }
        var j = previous.contentEnd - 1
        while j > previous.contentStart, ScalarClass.isCloser(view[j]) { j -= 1 }
        let last = view[j]
        if ScalarClass.isTerminator(last) || last == ":" || last == ";" { return false }
        // No final punctuation: a wrap when the line before is long enough to be prose.
        return previous.length >= 40
    }

    private func startsLowercase(_ view: [Unicode.Scalar], _ line: TextLine) -> Bool {
        var i = line.contentStart
        while i < line.contentEnd, !ScalarClass.isAlphanumeric(view[i]) {
            if ScalarClass.isOpener(view[i]) { return false }
            i += 1
        }
        return i < line.contentEnd && ScalarClass.isLowercase(view[i])
    }

    /// Marks each body line of a block wrapped at a fixed width (every line but the last of
    /// similar length, at most 100 characters).
    private func wrappedBlocks(_ lines: [TextLine], _ roles: [LineRole]) -> [Bool] {
        var result = [Bool](repeating: false, count: lines.count)
        var i = 0
        while i < lines.count {
            guard roles[i] == .body else {
                i += 1
                continue
            }
            var j = i
            while j < lines.count, roles[j] == .body { j += 1 }
            let block = i..<j
            if block.count >= 3 {
                let heads = block.dropLast().map { lines[$0].length }
                let longest = heads.max() ?? 0
                let shortest = heads.min() ?? 0
                if longest <= 100, longest >= 30, Double(shortest) >= 0.6 * Double(longest),
                    lines[j - 1].length <= longest + 5
                {
                    for k in block { result[k] = true }
                }
            }
            i = j
        }
        return result
    }

    // MARK: Line prefixes

    /// The index after a list marker ("- ", "• ", "1. ", "2) ") and its spaces.
    func listMarkerEnd(_ view: [Unicode.Scalar], _ line: TextLine) -> Int? {
        var i = line.contentStart
        let end = line.contentEnd
        guard i < end else { return nil }
        let c = view[i]
        if ["-", "*", "•", "·", "–", "—", "▪", "◦", "‣", "●", "■", "►", "✓", "→"].contains(Character(c)) {
            i += 1
        } else if ScalarClass.isDigit(c) || (ScalarClass.isLetter(c) && i + 1 < end && view[i + 1] == ")") {
            var k = i
            while k < end, k - i < 3, ScalarClass.isDigit(view[k]) { k += 1 }
            if k == i { k += 1 }
            guard k < end, view[k] == "." || view[k] == ")" else { return nil }
            i = k + 1
        } else {
            return nil
        }
        guard i < end, ScalarClass.isSpace(view[i]) else { return nil }
        while i < end, ScalarClass.isSpace(view[i]) { i += 1 }
        return i < end ? i : nil
    }

    /// The index after a leading time stamp ("10:32 BST — ", "9.45am: ").
    func timestampPrefixEnd(_ view: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int? {
        var i = start
        var digits = 0
        while i < end, ScalarClass.isDigit(view[i]), digits < 2 {
            i += 1
            digits += 1
        }
        guard digits > 0, i + 2 < end, view[i] == ":" || view[i] == ".",
            ScalarClass.isDigit(view[i + 1]), ScalarClass.isDigit(view[i + 2])
        else { return nil }
        i += 3
        guard i < end, !ScalarClass.isDigit(view[i]) else { return nil }
        // Optional am/pm and a zone in capitals.
        var k = i
        while k < end, ScalarClass.isSpace(view[k]) { k += 1 }
        var w = k
        while w < end, ScalarClass.isLetter(view[w]) || view[w] == "." { w += 1 }
        let word = String(String.UnicodeScalarView(view[k..<w])).lowercased()
        if ["am", "pm", "a.m.", "p.m.", "a.m", "p.m"].contains(word) || (w - k <= 5 && w > k && view[k..<w].allSatisfy(ScalarClass.isUppercase)) {
            i = w
            k = i
            while k < end, ScalarClass.isSpace(view[k]) { k += 1 }
            w = k
            while w < end, ScalarClass.isUppercase(view[w]) { w += 1 }
            if w - k >= 2, w - k <= 5 { i = w }
        }
        // A separator must follow.
        var s = i
        while s < end, ScalarClass.isSpace(view[s]) { s += 1 }
        guard s < end, ScalarClass.isDash(view[s]) || view[s] == ":" || view[s] == "|" else { return nil }
        s += 1
        guard s < end, ScalarClass.isSpace(view[s]) else { return nil }
        while s < end, ScalarClass.isSpace(view[s]) { s += 1 }
        return s < end ? s : nil
    }

    struct Label {
        var labelEnd: Int
        var textStart: Int
    }

    /// "Label: text" where the label is a short title-cased phrase.
    func labelEnd(_ view: [Unicode.Scalar], _ start: Int, _ end: Int) -> Label? {
        var i = start
        let limit = min(end, start + 80)
        while i < limit, view[i] != ":" {
            if ScalarClass.isTerminator(view[i]) && view[i] != "." { return nil }
            if view[i] == "“" || view[i] == "\"" || view[i] == "," { return nil }
            i += 1
        }
        guard i < limit, i > start, i + 1 < end, ScalarClass.isSpace(view[i + 1]) else { return nil }
        let label = String(String.UnicodeScalarView(view[start..<i]))
        let words = label.split(separator: " ")
        guard (1...8).contains(words.count), LineShape.titleCase(label) else { return nil }
        if let lastWord = words.last, lexicon.reportingVerbs.contains(lastWord.lowercased()) { return nil }
        if words.count == 1, let w = words.first, lexicon.pronouns.contains(w.lowercased()) { return nil }
        var t = i + 1
        while t < end, ScalarClass.isSpace(view[t]) { t += 1 }
        var textWords = 0
        var inWord = false
        var k = t
        while k < end, textWords < 3 {
            if ScalarClass.isAlphanumeric(view[k]) {
                if !inWord {
                    textWords += 1
                    inWord = true
                }
            } else if ScalarClass.isSpace(view[k]) {
                inWord = false
            }
            k += 1
        }
        guard textWords >= 3 else { return nil }
        return Label(labelEnd: i, textStart: t)
    }

    struct Dateline {
        var prefixEnd: Int
        var textStart: Int
        var agency: String?
        var iso: String?
    }

    /// "NAIROBI, Kenya, June 3 (Reuters) — ", "LONDON (AP) - ", "OSLO, May 2 (Agency) —".
    func datelinePrefix(_ view: [Unicode.Scalar], _ start: Int, _ end: Int) -> Dateline? {
        let limit = min(end, start + 100)
        var i = start
        var dash = -1
        while i < limit {
            let c = view[i]
            if ScalarClass.isDash(c), i > start, ScalarClass.isSpace(view[i - 1]) || view[i - 1] == ")" || c == "—" {
                var after = i + 1
                while after < end, ScalarClass.isDash(view[after]) { after += 1 }
                if after < end, ScalarClass.isSpace(view[after]) {
                    dash = i
                    break
                }
            }
            if c == "." || c == "!" || c == "?" || c == ";" || c == "“" || c == "\"" {
                // Dots only inside abbreviations such as "D.C." or "Mar.".
                if c != "." { return nil }
            }
            i += 1
        }
        guard dash > start else { return nil }
        var prefixEnd = dash
        while prefixEnd > start, ScalarClass.isSpace(view[prefixEnd - 1]) { prefixEnd -= 1 }
        let prefix = String(String.UnicodeScalarView(view[start..<prefixEnd]))
        let words = prefix.split(whereSeparator: { $0 == " " || $0 == "," })
        guard (1...10).contains(words.count), let first = words.first else { return nil }
        var agency: String?
        if let open = prefix.lastIndex(of: "("), let close = prefix.lastIndex(of: ")"), open < close {
            let name = prefix[prefix.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
            agency = lexicon.agencies[name.lowercased()] ?? (name.first?.isUppercase == true && name.count <= 40 ? name : nil)
        }
        for word in words {
            let bare = word.trimmingCharacters(in: CharacterSet(charactersIn: "()."))
            guard let c = bare.first else { continue }
            if c.isLowercase, !lexicon.nameParticles.contains(bare), lexicon.months[bare] == nil { return nil }
        }
        let firstLetters = first.filter(\.isLetter)
        let cityInCapitals = firstLetters.count >= 3 && firstLetters.allSatisfy(\.isUppercase)
        let date = dates.firstDate(in: prefix)
        guard cityInCapitals || agency != nil || date != nil else { return nil }
        if !cityInCapitals, agency == nil, words.count > 6 { return nil }
        var textStart = dash + 1
        while textStart < end, ScalarClass.isDash(view[textStart]) || ScalarClass.isSpace(view[textStart]) { textStart += 1 }
        guard textStart < end else { return nil }
        var dashEnd = dash
        while dashEnd < end, ScalarClass.isDash(view[dashEnd]) { dashEnd += 1 }
        return Dateline(prefixEnd: dashEnd, textStart: textStart, agency: agency, iso: date?.iso)
    }

    private func trimEnd(_ view: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int {
        var e = end
        while e > start, ScalarClass.isSpace(view[e - 1]) { e -= 1 }
        return e
    }
}
