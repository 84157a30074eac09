/// The scored pairs of claims, both ways, in one adjacency table (compressed rows): row `i` lists
/// the claims scored with claim `i` and their probabilities, in the order the pairs were scored.
///
/// It replaces an array of links per claim, which took two appends to two arrays anywhere in
/// memory per scored pair: on a bundle of 10,000 documents (6 million pairs) most of those
/// appends missed the cache. Here the pairs are counted per claim, then written into three flat
/// arrays, and a row is one contiguous run.
struct PairLinks {
    /// Where each claim's row starts in `others` and `probabilities`; one more entry than claims.
    private var offsets: [Int]
    private var others: [Int32]
    private var probabilities: [Double]

    /// The links of `pairs` (`probabilities[k]` is pair `k`'s) among `count` claims: pair `(i, j)`
    /// is in row `i` as `j` and in row `j` as `i`, rows keeping the pairs' order.
    init(count: Int, pairs: [(Int, Int)], probabilities: [Double]) {
        var offsets = Array(repeating: 0, count: count + 1)
        for (i, j) in pairs {
            offsets[i + 1] += 1
            offsets[j + 1] += 1
        }
        for n in 0..<count { offsets[n + 1] += offsets[n] }
        var cursor = offsets
        var others = Array(repeating: Int32(0), count: offsets[count])
        var weights = Array(repeating: 0.0, count: offsets[count])
        for (k, (i, j)) in pairs.enumerated() {
            others[cursor[i]] = Int32(truncatingIfNeeded: j)
            weights[cursor[i]] = probabilities[k]
            cursor[i] += 1
            others[cursor[j]] = Int32(truncatingIfNeeded: i)
            weights[cursor[j]] = probabilities[k]
            cursor[j] += 1
        }
        self.offsets = offsets
        self.others = others
        self.probabilities = weights
    }

    /// Positions of claim `i`'s links, for `other(at:)` and `probability(at:)`.
    func row(_ i: Int) -> Range<Int> { offsets[i]..<offsets[i + 1] }

    func other(at position: Int) -> Int { Int(others[position]) }

    func probability(at position: Int) -> Double { probabilities[position] }
}
