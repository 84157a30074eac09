import Foundation

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
            authors += names.names
            agency = agency ?? names.agency
        }
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
            let spacedDash = ScalarClass.isDash(c) && i > 0 && i + 1 < scalars.count
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
