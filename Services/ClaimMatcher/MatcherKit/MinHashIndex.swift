/// Finds pairs of text units whose shingle sets are alike, without comparing every pair:
/// MinHash signatures banded into locality-sensitive buckets (20 bands of 3 rows).
///
/// Two units with Jaccard similarity 0.5 share a bucket with probability about 0.93, at 0.7
/// almost surely; candidates are then checked exactly. A bucket holding units of more than
/// `maxBucketDocuments` documents is text every page carries (a slogan, a standard sign-off),
/// not a reprint, and is skipped, which keeps the work near-linear in the number of units.
struct MinHashIndex {
    static let bands = 20
    static let rows = 3
    var maxBucketDocuments = 64

    /// One unit to index: its document and its sorted shingle hashes.
    struct Unit {
        var document: Int
        var shingles: [UInt64]
    }

    /// Pairs of unit indices (lower first) from different documents that share a bucket, sorted.
    func candidates(_ units: [Unit]) -> [(Int, Int)] {
        let seeds = (0..<(Self.bands * Self.rows)).map { TextShingles.splitmix(UInt64($0) &* 0x2545_F491_4F6C_DD1D) }
        var entries: [BucketPairs.Entry] = []
        entries.reserveCapacity(units.count * Self.bands)
        var signature = [UInt64](repeating: .max, count: seeds.count)
        for (index, unit) in units.enumerated() where !unit.shingles.isEmpty {
            for k in signature.indices { signature[k] = .max }
            for shingle in unit.shingles {
                for (k, seed) in seeds.enumerated() {
                    let h = TextShingles.splitmix(shingle ^ seed)
                    if h < signature[k] { signature[k] = h }
                }
            }
            for band in 0..<Self.bands {
                var key = TextShingles.splitmix(UInt64(band))
                for row in 0..<Self.rows { key = TextShingles.mix(key, signature[band * Self.rows + row]) }
                entries.append(BucketPairs.Entry(key: key, unit: Int32(index)))
            }
        }
        return BucketPairs.pairs(entries, document: { units[$0].document }, maxDocuments: maxBucketDocuments)
    }
}
