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
        let removedHoles = disjoint(removed)
        var zones: [Zone] = []
        for (index, sentence) in document.sentences.enumerated() {
            let range = max(0, sentence.start)..<min(length, max(sentence.start, sentence.end))
            for piece in subtract(range, removedHoles) { zones.append(Zone(range: piece, sentence: index)) }
        }
        let sentenceRanges = zones.map(\.range)
        var headingRanges = document.headings.map { max(0, $0.start)..<min(length, max($0.start, $0.end)) }
        if let title = document.title, !title.isEmpty, !document.headings.contains(where: { $0.start == 0 }) {
            let titleScalars = Array(title.unicodeScalars)
            let textPrefix = Array(document.text.unicodeScalars.prefix(titleScalars.count))
            if textPrefix == titleScalars { headingRanges.append(0..<titleScalars.count) }
        }
        let headingHoles = disjoint(removed + sentenceRanges)
        for heading in headingRanges {
            for piece in subtract(heading, headingHoles) { zones.append(Zone(range: piece, sentence: nil)) }
        }
        return zones.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
    }

    /// Ranges merged into sorted, disjoint, non-empty ranges.
    static func disjoint(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var merged: [Range<Int>] = []
        for range in ranges.filter({ !$0.isEmpty }).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }

    /// `range` minus `holes` (sorted and disjoint, see `disjoint`), as ordered non-empty pieces.
    /// Finds the first hole by binary search, so a document costs O(zones · log holes).
    static func subtract(_ range: Range<Int>, _ holes: [Range<Int>]) -> [Range<Int>] {
        guard !range.isEmpty else { return [] }
        var low = 0
        var high = holes.count
        while low < high {
            let mid = (low + high) / 2
            if holes[mid].upperBound <= range.lowerBound { low = mid + 1 } else { high = mid }
        }
        var pieces = [range]
        var index = low
        while index < holes.count, holes[index].lowerBound < range.upperBound {
            let hole = holes[index]
            index += 1
            var next: [Range<Int>] = []
            for piece in pieces {
                guard piece.overlaps(hole) else {
                    next.append(piece)
                    continue
                }
                if piece.lowerBound < hole.lowerBound { next.append(piece.lowerBound..<hole.lowerBound) }
                if hole.upperBound < piece.upperBound { next.append(hole.upperBound..<piece.upperBound) }
            }
            pieces = next
        }
        return pieces
    }
}
