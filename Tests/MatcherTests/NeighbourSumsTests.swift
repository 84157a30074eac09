import BenchmarkSupport
import Testing

@testable import MatcherKit

/// `NeighbourSums`, the open-addressing table of `DocumentStories`, holds what a `[Int: Double]`
/// given the same writes and removals holds, through growth and removals that shift probe runs.
@Suite struct NeighbourSumsTests {
    @Test(arguments: [4, 40, 3000])
    func holdsWhatADictionaryHolds(keyRange: Int) {
        var rng = SplitMix(seed: UInt64(keyRange))
        var table = NeighbourSums(minimumCapacity: keyRange % 7)
        var reference: [Int: Double] = [:]
        var removals = 0
        for step in 0..<20_000 {
            let key = Int(rng.next() % UInt64(keyRange))
            if rng.next() % 3 == 0 {
                if reference[key] != nil { removals += 1 }
                table[key] = nil
                reference[key] = nil
            } else {
                table[key] = Double(step)
                reference[key] = Double(step)
            }
            #expect(table[key] == reference[key])
            if step % 997 == 0 {
                #expect(table.count == reference.count)
                #expect(Dictionary(uniqueKeysWithValues: table.map { ($0.key, $0.value) }) == reference)
                for probe in 0..<keyRange { #expect(table[probe] == reference[probe]) }
            }
        }
        #expect(removals > 100)
        #expect(Dictionary(uniqueKeysWithValues: table.map { ($0.key, $0.value) }) == reference)
    }

    @Test func anEmptyTableHoldsNothing() {
        var table = NeighbourSums()
        #expect(table[3] == nil && table.count == 0 && Array(table).isEmpty)
        table[3] = nil
        #expect(table.count == 0)
        table[3] = 0.5
        #expect(table[3] == 0.5 && table.count == 1)
    }
}
