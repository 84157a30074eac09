/// Pairs of units that share a bucket key, for the hash indexes (`MinHashIndex`, `FragmentFinder`).
///
/// Entries are sorted by key and each run of equal keys is one bucket, so no pair of units is
/// looked at unless they share a key. A bucket whose units come from more than `maxDocuments`
/// documents holds text every page carries and gives no pairs; units of one document never pair.
enum BucketPairs {
    struct Entry {
        var key: UInt64
        var unit: Int32
    }

    /// The pairs (lower index first), sorted.
    static func pairs(_ entries: [Entry], document: (Int) -> Int, maxDocuments: Int) -> [(Int, Int)] {
        let sorted = entries.sorted { ($0.key, $0.unit) < ($1.key, $1.unit) }
        // Each pair packed into one integer (lower index in the high half): sorting and
        // dropping repeats costs no allocation per pair, as a set of arrays did.
        var packed: [UInt64] = []
        var runStart = 0
        while runStart < sorted.count {
            var runEnd = runStart + 1
            while runEnd < sorted.count, sorted[runEnd].key == sorted[runStart].key { runEnd += 1 }
            if runEnd - runStart > 1 {
                let members = sorted[runStart..<runEnd].map { Int($0.unit) }
                let documents = Set(members.map(document))
                if documents.count > 1, documents.count <= maxDocuments {
                    for (i, a) in members.enumerated() {
                        for b in members[(i + 1)...] where document(a) != document(b) {
                            packed.append(UInt64(min(a, b)) << 32 | UInt64(max(a, b)))
                        }
                    }
                }
            }
            runStart = runEnd
        }
        packed.sort()
        var pairs: [(Int, Int)] = []
        pairs.reserveCapacity(packed.count)
        for (n, value) in packed.enumerated() where n == 0 || packed[n - 1] != value {
            pairs.append((Int(value >> 32), Int(value & 0xFFFF_FFFF)))
        }
        return pairs
    }
}
