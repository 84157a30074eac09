import CrosscheckSchema
import Foundation
import TextCore

/// Sorts lines into title, byline, date, boilerplate, credit, heading and body.
///
/// Only short standalone lines can be anything but body: a body line that merely contains
/// "share" or "comment" stays body. Headings must lead to body text; short lines after a
/// navigation line ("Next Post", "Read next") are links to other articles.
struct LineClassifier: Sendable {
    let lexicon: ParserLexicon
    let bylines: BylineRecognizer
    let dates: DateRecognizer

    /// First characters of the boilerplate prefixes, to skip the prefix scan for most lines.
    private let prefixInitials: Set<Character>

    init(lexicon: ParserLexicon) {
        self.lexicon = lexicon
        self.bylines = BylineRecognizer(lexicon: lexicon)
        self.dates = DateRecognizer(months: lexicon.months)
        self.prefixInitials = Set(lexicon.boilerplatePrefixes.compactMap(\.first))
    }

    private struct DateCandidate {
        var iso: String
        var isUpdate: Bool
        var line: Int
    }

    func classify(_ lines: [TextLine], view: [Unicode.Scalar]) -> PageLayout {
        let shapes = lines.map { LineShape(view, $0) }
        var roles = [LineRole](repeating: .blank, count: lines.count)
        var layout = PageLayout(roles: [])
        var dateCandidates: [DateCandidate] = []
        var navigation = [Bool](repeating: false, count: lines.count)

        // Pass 1: lines whose role shows in the line alone.
        for (i, line) in lines.enumerated() where !line.isBlank {
            roles[i] = .body
            classifyAlone(i, shapes[i], roles: &roles, navigation: &navigation, layout: &layout, dates: &dateCandidates)
        }
        markTitle(lines, shapes, roles: &roles, layout: &layout)
        markHeadings(lines, shapes, navigation: navigation, roles: &roles)

        // Metadata and spans.
        let limit = thirdBodyLine(roles) ?? lines.count
        let usable = dateCandidates.filter { $0.line < limit }
        layout.published = (usable.first { !$0.isUpdate } ?? usable.first)?.iso
        for (i, line) in lines.enumerated() {
            if roles[i] == .heading {
                layout.headings.append(TextSpan(start: line.contentStart, end: line.contentEnd))
            } else if let reason = roles[i].removalReason {
                layout.removed.append(RemovedSpan(start: line.contentStart, end: line.contentEnd, reason: reason))
            }
        }
        layout.headings.sort()
        layout.roles = roles
        return layout
    }

    /// Pass 1 for line `i`: the roles a line shows alone (boilerplate, credit, dateline,
    /// timestamp, byline), with the authors, outlet and dates they state.
    private func classifyAlone(
        _ i: Int, _ shape: LineShape, roles: inout [LineRole], navigation: inout [Bool],
        layout: inout PageLayout, dates dateCandidates: inout [DateCandidate]
    ) {
        guard let text = shape.text, let norm = shape.normalized else { return }
        if !shape.hasLetters && shape.wordCount <= 3 && !(shape.firstAlphanumeric.map(ScalarClass.isDigit) ?? false) {
            roles[i] = .boilerplate
        } else if isCredit(norm, shape) {
            roles[i] = .photoCredit
        } else if isBoilerplate(norm, shape) {
            roles[i] = .boilerplate
            navigation[i] = lexicon.navigationLines.contains(norm)
        } else if shape.wordCount <= 16, let match = dates.dateLine(text) {
            roles[i] = .dateline
            if let iso = match.iso {
                dateCandidates.append(DateCandidate(iso: iso, isUpdate: isUpdate(norm), line: i))
            }
        } else if shape.wordCount <= 8, isTimestamp(text) {
            roles[i] = .timestamp
        } else if shape.wordCount <= 30, mightBeByline(norm, shape), let byline = bylines.recognize(text) {
            roles[i] = .byline
            layout.authors += byline.authors.filter { !layout.authors.contains($0) }
            if layout.outlet == nil { layout.outlet = byline.agency }
            if let iso = byline.date?.iso {
                dateCandidates.append(DateCandidate(iso: iso, isUpdate: isUpdate(norm), line: i))
            }
        }
    }

    /// The header ends at the first line that reads like article text; before it, a site name
    /// and the title.
    private func markTitle(_ lines: [TextLine], _ shapes: [LineShape], roles: inout [LineRole], layout: inout PageLayout) {
        let firstBody =
            lines.indices.first { i in
                roles[i] == .body && ((shapes[i].endsWithStop && shapes[i].wordCount >= 6) || shapes[i].wordCount >= 20)
            } ?? lines.count
        var contentSeen = 0
        for i in 0..<firstBody where roles[i] == .body {
            contentSeen += 1
            let shape = shapes[i]
            guard let text = shape.text, contentSeen <= 3 else { break }
            if contentSeen == 1, layout.outlet == nil, isSiteName(text, shape) {
                roles[i] = .outlet
                layout.outlet = siteName(text)
                contentSeen -= 1
                continue
            }
            if layout.title == nil, looksLikeTitle(shape), hasContent(after: i, lines) {
                roles[i] = .title
                layout.title = text
                layout.headings.append(TextSpan(start: lines[i].contentStart, end: lines[i].contentEnd))
                break
            }
        }
    }

    /// Pass 2: headings must lead to body; heading-like lines after navigation are links.
    private func markHeadings(_ lines: [TextLine], _ shapes: [LineShape], navigation: [Bool], roles: inout [LineRole]) {
        var afterNavigation = false
        for i in lines.indices where !lines[i].isBlank {
            if navigation[i] {
                afterNavigation = true
                continue
            }
            guard roles[i] == .body else { continue }
            let shape = shapes[i]
            let linkLike = !shape.endsLikeSentence && shape.wordCount <= 25
            if afterNavigation {
                if linkLike {
                    roles[i] = .boilerplate
                    continue
                }
                afterNavigation = false
            }
        }
        var leadsToBody = false
        var textFollows = false
        for i in lines.indices.reversed() where !lines[i].isBlank {
            switch roles[i] {
            case .body:
                if isHeadingCandidate(shapes[i]) {
                    if leadsToBody {
                        roles[i] = .heading
                    } else if !textFollows {
                        // Only removed lines follow: a trailing link or label.
                        roles[i] = .boilerplate
                    } else {
                        leadsToBody = true
                    }
                } else {
                    leadsToBody = true
                }
                textFollows = textFollows || roles[i] != .boilerplate
            case .title:
                leadsToBody = false
            default:
                continue
            }
        }
    }

    // MARK: Line tests

    private static let decoration: Set<Unicode.Scalar> = [
        "(", ")", "[", "]", "<", ">", "«", "»", "|", "*", "#", "•", "·", "-", "–", "—", "→", "←", "›", "‹",
    ]

    private static let bylineStarts = [
        "by", "written", "words", "story", "text", "reporting", "reported",
        "additional", "compiled", "author", "editing", "edited", "translated",
    ]

    /// A cheap test before the byline parser runs: a byline marker, a separator, or a comma in a short line.
    private func mightBeByline(_ norm: String, _ shape: LineShape) -> Bool {
        if Self.bylineStarts.contains(where: { norm.hasPrefix($0) }) { return true }
        guard shape.wordCount <= 14 else { return false }
        var previous: Unicode.Scalar = " "
        for s in norm.unicodeScalars {
            if s == "|" || s == "·" || s == "•" || (s == "," && shape.wordCount <= 8) { return true }
            if ScalarClass.isDash(s), previous == " " { return true }
            previous = s
        }
        return false
    }

    func isBoilerplate(_ norm: String, _ shape: LineShape) -> Bool {
        guard shape.wordCount <= 15 else { return false }
        // A bare e-mail address or link.
        if !norm.contains(" "), norm.contains("@") || norm.hasPrefix("http") || norm.hasPrefix("www.") { return true }
        if lexicon.boilerplateLines.contains(norm) { return true }
        if let first = norm.first, !prefixInitials.contains(first), shape.wordCount > 4 { return false }
        if shape.wordCount <= 4 {
            // "Comments (14)", "Share 0", "» Read more", "[Related]"
            var scalars = Array(norm.unicodeScalars)
            while let last = scalars.last, ScalarClass.isDigit(last) || Self.decoration.contains(last) || last == " " {
                scalars.removeLast()
            }
            var startIndex = 0
            while startIndex < scalars.count, Self.decoration.contains(scalars[startIndex]) || scalars[startIndex] == " " {
                startIndex += 1
            }
            if startIndex > 0 || scalars.count < norm.unicodeScalars.count {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[startIndex...])
                if lexicon.boilerplateLines.contains(String(view)) { return true }
            }
        }
        return lexicon.boilerplatePrefixes.contains { norm.hasPrefix($0) }
    }

    func isCredit(_ norm: String, _ shape: LineShape) -> Bool {
        guard shape.wordCount <= 40 else { return false }
        if shape.wordCount <= 4, lexicon.photoSources.contains(norm) { return true }
        if lexicon.creditPrefixes.contains(where: { norm.hasPrefix($0) }) { return true }
        // A caption ending in a credit: "… (Photo: Jane Doe/AFP)", "… Jane Doe/Getty Images".
        if let last = norm.last, last == ")" || last == "]", let open = norm.lastIndex(where: { $0 == "(" || $0 == "[" }) {
            let inside = norm[norm.index(after: open)...]
            if ["photo", "credit", "image", "picture", "foto", "illustration"].contains(where: { inside.hasPrefix($0) }) {
                return true
            }
        }
        guard shape.wordCount <= 30 else { return false }
        if let slash = norm.lastIndex(where: { $0 == "/" || $0 == "|" || $0 == "©" }) {
            let tail = norm[norm.index(after: slash)...].drop(while: { $0 == " " })
            if lexicon.photoSources.contains(String(tail)) { return true }
        }
        return lexicon.photoSources.contains { norm.hasSuffix(" via " + $0) }
    }

    /// A live-blog stamp: "10:32", "10.32am BST", "Updated 14:05 GMT", "2 hours ago".
    func isTimestamp(_ text: String) -> Bool {
        let tokens = dates.tokenize(text)
        var sawTime = false
        var k = 0
        while k < tokens.count {
            switch tokens[k] {
            case .number(_, let digits) where digits <= 2:
                if k + 2 < tokens.count, case .punct(let p) = tokens[k + 1], p == ":" || p == ".",
                    case .number(_, 2) = tokens[k + 2]
                {
                    sawTime = true
                    k += 3
                    continue
                }
                if k + 2 < tokens.count, case .word(let unit, _) = tokens[k + 1],
                    ["h", "m", "min", "mins", "minute", "minutes", "hour", "hours", "hr", "hrs"].contains(unit),
                    case .word("ago", _) = tokens[k + 2]
                {
                    sawTime = true
                    k += 3
                    continue
                }
                return false
            case .number:
                return false
            case .word(let w, let allCaps):
                if [
                    "am", "pm", "a", "p", "m", "updated", "posted", "at", "local", "time", "ago", "just", "now", "edt", "est", "gmt", "bst", "utc",
                    "cet", "cest",
                ].contains(w) || (allCaps && w.count <= 5) {
                    k += 1
                    continue
                }
                return false
            case .punct:
                k += 1
            }
        }
        return sawTime
    }

    private func isUpdate(_ norm: String) -> Bool {
        norm.contains("updated") || norm.contains("modified") || norm.contains("edited")
    }

    /// One word that names a site: "Example.com", "news.example.co.uk", "Thewesternbalkans.".
    func isSiteName(_ text: String, _ shape: LineShape) -> Bool {
        guard shape.wordCount <= 2, !text.contains(" ") else { return false }
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first, ScalarClass.isLetter(first) else { return false }
        if let last = scalars.last, last == ".", scalars.count >= 4,
            scalars.dropLast().allSatisfy({ ScalarClass.isLetter($0) || ScalarClass.isDigit($0) || $0 == "-" })
        {
            return true
        }
        let parts = text.split(separator: ".")
        guard parts.count >= 2, let tld = parts.last, (2...6).contains(tld.count),
            tld.unicodeScalars.allSatisfy({ $0.value >= 0x61 && $0.value <= 0x7A })
        else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.unicodeScalars.allSatisfy { ScalarClass.isAlphanumeric($0) || $0 == "-" } }
    }

    private func siteName(_ text: String) -> String {
        var name = text
        if name.hasSuffix(".") { name.removeLast() }
        return name
    }

    private func looksLikeTitle(_ shape: LineShape) -> Bool {
        guard (2...30).contains(shape.wordCount), !shape.endsWithStop else { return false }
        guard let text = shape.text, let first = text.unicodeScalars.first else { return false }
        return ScalarClass.isUppercase(first) || ScalarClass.isDigit(first) || ScalarClass.isOpener(first)
    }

    private func hasContent(after index: Int, _ lines: [TextLine]) -> Bool {
        lines[(index + 1)...].contains { !$0.isBlank }
    }

    /// Short, title-like, no final stop: a heading if body follows.
    func isHeadingCandidate(_ shape: LineShape) -> Bool {
        guard shape.text != nil, shape.wordCount >= 1, shape.wordCount <= 14, shape.hasLetters else { return false }
        guard !shape.endsWithStop, !shape.startsLowercase else { return false }
        if let last = shape.lastMeaningful, last == "?" || last == "!" {
            return shape.isTitleCase && shape.wordCount >= 2
        }
        if let text = shape.text, let first = text.unicodeScalars.first,
            ["-", "*", "•", "·", "–", "—", "“", "\"", "‘", "'"].contains(Character(first))
        {
            return false
        }
        return shape.isTitleCase || shape.wordCount <= 6
    }

    private func thirdBodyLine(_ roles: [LineRole]) -> Int? {
        var seen = 0
        for (i, role) in roles.enumerated() where role == .body {
            seen += 1
            if seen == 3 { return i }
        }
        return nil
    }
}
