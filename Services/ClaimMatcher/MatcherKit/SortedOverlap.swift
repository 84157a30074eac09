/// Overlap of two sorted, duplicate-free lists, counted in one merge pass.
extension RandomAccessCollection where Element: Comparable, Index == Int {
    /// Calls `body` with each element this sorted, duplicate-free list shares with `other` (also
    /// sorted and duplicate-free), in ascending order.
    func forEachSortedCommon<Other: RandomAccessCollection>(_ other: Other, _ body: (Element) -> Void)
    where Other.Element == Element, Other.Index == Int {
        var i = startIndex
        var j = other.startIndex
        while i < endIndex && j < other.endIndex {
            let x = self[i], y = other[j]
            if x == y {
                body(x)
                i += 1
                j += 1
            } else if x < y {
                i += 1
            } else {
                j += 1
            }
        }
    }

    /// How many elements this sorted, duplicate-free list shares with `other`, also sorted and
    /// duplicate-free.
    func sortedIntersectionCount<Other: RandomAccessCollection>(_ other: Other) -> Int where Other.Element == Element, Other.Index == Int {
        var common = 0
        forEachSortedCommon(other) { _ in common += 1 }
        return common
    }

    /// Jaccard similarity with `other` (both sorted and duplicate-free); 0 when both are empty.
    func sortedJaccard<Other: RandomAccessCollection>(_ other: Other) -> Double where Other.Element == Element, Other.Index == Int {
        guard !isEmpty || !other.isEmpty else { return 0 }
        let common = sortedIntersectionCount(other)
        return Double(common) / Double(count + other.count - common)
    }
}
