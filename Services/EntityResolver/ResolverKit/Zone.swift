import CrosscheckSchema

/// A stretch of a document the resolver reads: a body sentence or a heading, minus removed spans.
struct Zone: Sendable, Equatable {
    var range: Range<Int>
    /// Body sentence index; nil for headings and titles.
    var sentence: Int?
    var isHeading: Bool { sentence == nil }

    /// The zones of a document in text order: sentences, then heading parts no sentence covers,
    /// each with removed spans cut out. Removed spans marked `title` stay readable.
    static func zones(of document: ParsedDocument, length: Int) -> [Zone] {
        let removed = document.removed
            .filter { $0.reason != "title" }
            .map { max(0, $0.start)..<min(length, max($0.start, $0.end)) }
            .sorted { $0.lowerBound < $1.lowerBound }
        var zones: [Zone] = []
        for (index, sentence) in document.sentences.enumerated() {
            let range = max(0, sentence.start)..<min(length, max(sentence.start, sentence.end))
            for piece in subtract(range, removed) { zones.append(Zone(range: piece, sentence: index)) }
        }
        let sentenceRanges = zones.map(\.range).sorted { $0.lowerBound < $1.lowerBound }
        var headingRanges = document.headings.map { max(0, $0.start)..<min(length, max($0.start, $0.end)) }
        if let title = document.title, !title.isEmpty, !document.headings.contains(where: { $0.start == 0 }) {
            let titleScalars = Array(title.unicodeScalars)
            let textPrefix = Array(document.text.unicodeScalars.prefix(titleScalars.count))
            if textPrefix == titleScalars { headingRanges.append(0..<titleScalars.count) }
        }
        for heading in headingRanges {
            for piece in subtract(heading, removed + sentenceRanges) { zones.append(Zone(range: piece, sentence: nil)) }
        }
        return zones.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
    }

    /// `range` minus `holes` (sorted or not), as ordered non-empty pieces.
    static func subtract(_ range: Range<Int>, _ holes: [Range<Int>]) -> [Range<Int>] {
        guard !range.isEmpty else { return [] }
        var pieces = [range]
        for hole in holes where hole.overlaps(range) {
            var next: [Range<Int>] = []
            for piece in pieces {
                guard piece.overlaps(hole) else { next.append(piece); continue }
                if piece.lowerBound < hole.lowerBound { next.append(piece.lowerBound..<hole.lowerBound) }
                if hole.upperBound < piece.upperBound { next.append(hole.upperBound..<piece.upperBound) }
            }
            pieces = next
        }
        return pieces
    }
}
