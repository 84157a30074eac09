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
        var entries: [(key: UInt64, unit: Int32)] = []
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
                entries.append((key, Int32(index)))
            }
        }
        entries.sort { ($0.key, $0.unit) < ($1.key, $1.unit) }
        var pairs = Set<Pair>()
        var runStart = 0
        while runStart < entries.count {
            var runEnd = runStart + 1
            while runEnd < entries.count, entries[runEnd].key == entries[runStart].key { runEnd += 1 }
            if runEnd - runStart > 1 { addPairs(entries[runStart..<runEnd].map { Int($0.unit) }, units, into: &pairs) }
            runStart = runEnd
        }
        return pairs.sorted { ($0.a, $0.b) < ($1.a, $1.b) }.map { ($0.a, $0.b) }
    }

    /// The pairs one bucket gives, unless it spans too many documents to be a reprint.
    private func addPairs(_ members: [Int], _ units: [Unit], into pairs: inout Set<Pair>) {
        let documents = Set(members.map { units[$0].document })
        guard documents.count > 1, documents.count <= maxBucketDocuments else { return }
        for (i, a) in members.enumerated() {
            for b in members[(i + 1)...] where units[a].document != units[b].document {
                pairs.insert(Pair(a: min(a, b), b: max(a, b)))
            }
        }
    }

    private struct Pair: Hashable {
        var a: Int
        var b: Int
    }
}
