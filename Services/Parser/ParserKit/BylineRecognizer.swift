import Foundation
import TextCore

/// Reads author names, an agency and a date from a byline line.
///
/// Shapes: "By A and B", "Written by A", "By A, B and C", "A | 4 April 2025", "A, Reuters",
/// "Reporting by A; Editing by B". A bare list of names counts only when a date or an agency
/// stands beside it, so a short line of capitalised words is not taken for a byline.
struct BylineRecognizer: Sendable {
    struct Byline: Equatable {
        var authors: [String]
        var agency: String?
        var date: DateRecognizer.Match?
    }

    let lexicon: ParserLexicon
    var dates: DateRecognizer { DateRecognizer(months: lexicon.months) }

    private static let authorMarkers = [
        "written by", "words by", "story by", "text by", "reporting by", "reported by",
        "additional reporting by", "compiled by", "authors:", "author:", "by:", "by",
    ]
    private static let ignoredMarkers = ["editing by", "edited by", "translated by", "photos by", "photo by", "graphics by"]

    func recognize(_ line: String) -> Byline? {
        guard line.unicodeScalars.count <= 200 else { return nil }
        let parts = splitParts(line)
        guard !parts.isEmpty else { return nil }
        var authors: [String] = []
        var agency: String?
        var date: DateRecognizer.Match?
        var marked = false
        var bareNames = false
        var outletOnly = false
        for part in parts {
            let lower = part.lowercased()
            if Self.ignoredMarkers.contains(where: { lower.hasPrefix($0 + " ") }) {
                marked = true
                continue
            }
            if let marker = Self.authorMarkers.first(where: { lower.hasPrefix($0 + " ") || (lower.hasPrefix($0) && $0.hasSuffix(":")) }) {
                let rest = String(part.dropFirst(marker.count)).trimmingCharacters(in: .whitespaces)
                let names = parseNames(rest)
                guard !names.names.isEmpty || names.agency != nil else { return nil }
                marked = true
                authors += names.names
                agency = agency ?? names.agency
                if date == nil, let d = dates.firstDate(in: rest), d.year != nil { date = d }
                continue
            }
            if let d = dates.dateLine(part) {
                date = date ?? d
                continue
            }
            let names = parseNames(part)
            guard names.valid, !names.names.isEmpty || names.agency != nil else { return nil }
            bareNames = true
            outletOnly = outletOnly || (names.names.isEmpty && names.outletNamed)
            authors += names.names
            agency = agency ?? names.agency
        }
        // An outlet name alone may be a heading ("Energy News"): it needs a date or a marker.
        if !marked, authors.isEmpty, date == nil, outletOnly { return nil }
        if marked || (bareNames && (date != nil || agency != nil)) {
            guard !authors.isEmpty || agency != nil else { return nil }
            return Byline(authors: unique(authors), agency: agency, date: date)
        }
        return nil
    }

    /// Splits a byline at `|`, `·`, `•`, `;` and spaced dashes.
    private func splitParts(_ line: String) -> [String] {
        var parts: [String] = []
        var current = ""
        let scalars = Array(line.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            let spacedDash =
                ScalarClass.isDash(c) && i > 0 && i + 1 < scalars.count
                && scalars[i - 1] == " " && scalars[i + 1] == " "
            if c == "|" || c == "·" || c == "•" || c == ";" || spacedDash {
                parts.append(current)
                current = ""
            } else {
                current.unicodeScalars.append(c)
            }
            i += 1
        }
        parts.append(current)
        return parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    struct Names {
        var names: [String] = []
        var agency: String?
        /// Every piece was a name, an agency, a role or a date.
        var valid = true
        /// A piece read as an outlet name ("Europe Cargo News") rather than a known agency.
        var outletNamed = false
    }

    /// Parses "A, B and C, Reuters" into names and an agency.
    func parseNames(_ text: String) -> Names {
        var result = Names()
        var normalized = text
        for joiner in [" and ", " & ", " with ", " AND "] {
            normalized = normalized.replacingOccurrences(of: joiner, with: ",")
        }
        for rawPiece in normalized.split(separator: ",") {
            var piece = rawPiece.trimmingCharacters(in: .whitespaces)
            while let last = piece.last, last == "." || last == ":" { piece.removeLast() }
            if piece.isEmpty { continue }
            let lower = piece.lowercased()
            if let agency = lexicon.agencies[lower] {
                result.agency = result.agency ?? agency
                continue
            }
            if isOutletName(piece) {
                result.agency = result.agency ?? piece
                result.outletNamed = true
                continue
            }
            for cut in [" in ", " for ", " at ", " from ", " of "] {
                if let range = piece.range(of: cut) { piece = String(piece[..<range.lowerBound]) }
            }
            switch classify(piece) {
            case .name: result.names.append(piece)
            case .role: continue
            case .other: result.valid = false
            }
        }
        return result
    }

    /// A name that reads as a news outlet or site, not a person: "Europe Cargo News",
    /// "The Harbour Times", "example.com".
    ///
    /// Every word is capitalised (or a lowercase connector such as "of", "the") and one of them
    /// is an outlet word from the lexicon (`outletWords`), or the whole piece is a domain name.
    func isOutletName(_ piece: String) -> Bool {
        let words = piece.split(separator: " ").map(String.init)
        guard (1...6).contains(words.count) else { return false }
        if words.count == 1, isDomain(piece) { return true }
        var outletWord = false
        for word in words {
            let lower = word.lowercased()
            if lexicon.nameConnectors.contains(lower) || lower == "&" { continue }
            guard let first = word.unicodeScalars.first,
                ScalarClass.isUppercase(first) || ScalarClass.isDigit(first) || isDomain(word)
            else { return false }
            let bare = String(String.UnicodeScalarView(lower.unicodeScalars.filter { ScalarClass.isLetter($0) || ScalarClass.isDigit($0) }))
            if lexicon.outletWords.contains(bare) || isDomain(word) { outletWord = true }
        }
        return outletWord
    }

    /// "example.com", "News.example.co.uk": letters and digits in dot-separated parts, ending in a short lowercase suffix.
    private func isDomain(_ word: String) -> Bool {
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, let tld = parts.last, (2...6).contains(tld.count),
            tld.unicodeScalars.allSatisfy({ $0.value >= 0x61 && $0.value <= 0x7A })
        else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.unicodeScalars.allSatisfy { ScalarClass.isAlphanumeric($0) || $0 == "-" } }
    }

    private enum PieceKind { case name, role, other }

    private func classify(_ piece: String) -> PieceKind {
        let words = piece.split(separator: " ").map(String.init)
        guard !words.isEmpty else { return .role }
        let lowers = words.map { $0.lowercased() }
        if lowers.allSatisfy({ lexicon.bylineRoleWords.contains($0) }) { return .role }
        if lowers.contains(where: { lexicon.months[$0] != nil && $0.count > 3 }) { return .other }
        guard (2...5).contains(words.count) else { return .other }
        var capitalised = 0
        for (word, lower) in zip(words, lowers) {
            if lexicon.bylineRoleWords.contains(lower) && !lexicon.nameParticles.contains(lower) { return .other }
            if lexicon.nameParticles.contains(lower), word == lower { continue }
            guard let first = word.unicodeScalars.first, ScalarClass.isUppercase(first) else { return .other }
            guard word.unicodeScalars.allSatisfy({ ScalarClass.isLetter($0) || ScalarClass.isMark($0) || "-'’.".unicodeScalars.contains($0) }) else {
                return .other
            }
            capitalised += 1
        }
        return capitalised >= 2 ? .name : .other
    }

    private func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}
