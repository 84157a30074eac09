import CrosscheckSchema
import Testing

@testable import ResolverKit

/// `SpeakerFinder` finds the mentions inside a span by binary search; it must find exactly
/// what a pass over every mention finds, in the same order (ties in rank keep the first).
@Suite("Speaker finder")
struct SpeakerFinderTests {
    @Test("mentions overlapping a span are the same as a full scan finds, in the same order")
    func overlappingMatchesFullScan() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            let mentions = (0..<200).map { n -> EntityMention in
                let start = Int.random(in: 0..<2000, using: &generator)
                let length = Int.random(in: 1..<30, using: &generator)
                return EntityMention(start: start, end: start + length, text: "m\(n)", sentence: 0, via: .name, entity: "e\(n % 7)")
            }
            let finder = SpeakerFinder(mentions: mentions, entities: [:])
            for _ in 0..<40 {
                let start = Int.random(in: 0..<2100, using: &generator)
                let span = TextSpan(start: start, end: start + Int.random(in: 1..<60, using: &generator))
                let scanned = mentions.filter { $0.start < span.end && span.start < $0.end }
                #expect(finder.overlapping(span) == scanned)
            }
        }
    }
}
