/// Finds wording two documents share inside sentences that are otherwise different: a run of at
/// least `minimumRun` identical words (a copied clause, a shared wire phrase).
///
/// Every run of `minimumRun` words is hashed and the hashes sorted, so sentences sharing one
/// are found without comparing sentence pairs; as with `MinHashIndex`, a run found in more than
/// `maxBucketDocuments` documents is stock wording and is skipped. For each candidate pair the
/// longest common run of words is the fragment.
struct FragmentFinder {
    var minimumRun = 10
    var maxBucketDocuments = 64

    /// One sentence's words, by document.
    struct Unit {
        var document: Int
        var words: [UInt64]
    }

    /// Where two sentences share a run: its first word in each, and its length in words.
    struct Run: Equatable {
        var a: Int
        var b: Int
        var length: Int
    }

    /// Pairs of unit indices (lower first) from different documents sharing a run, sorted.
    func candidates(_ units: [Unit]) -> [(Int, Int)] {
        var entries: [BucketPairs.Entry] = []
        for (index, unit) in units.enumerated() where unit.words.count >= minimumRun {
            var seen = Set<UInt64>()
            for i in 0...(unit.words.count - minimumRun) {
                var key: UInt64 = 0x84222325
                for k in i..<(i + minimumRun) { key = TextShingles.mix(key, unit.words[k]) }
                if seen.insert(key).inserted { entries.append(BucketPairs.Entry(key: key, unit: Int32(index))) }
            }
        }
        return BucketPairs.pairs(entries, document: { units[$0].document }, maxDocuments: maxBucketDocuments)
    }

    /// The longest run of identical words in `a` and `b` (the first such), if it is long enough.
    func longestRun(_ a: [UInt64], _ b: [UInt64]) -> Run? {
        guard !a.isEmpty, !b.isEmpty else { return nil }
        var best = Run(a: 0, b: 0, length: 0)
        var previous = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            var current = [Int](repeating: 0, count: b.count + 1)
            for j in 1...b.count where a[i - 1] == b[j - 1] {
                current[j] = previous[j - 1] + 1
                if current[j] > best.length { best = Run(a: i - current[j], b: j - current[j], length: current[j]) }
            }
            previous = current
        }
        return best.length >= minimumRun ? best : nil
    }
}
