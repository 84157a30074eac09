/// Overlap of two sorted, duplicate-free lists, counted in one merge pass.
extension Array where Element: Comparable {
    /// Calls `body` with each element this sorted, duplicate-free list shares with `other` (also
    /// sorted and duplicate-free), in ascending order.
    func forEachSortedCommon(_ other: [Element], _ body: (Element) -> Void) {
        var i = 0
        var j = 0
        while i < count && j < other.count {
            if self[i] == other[j] {
                body(self[i])
                i += 1
                j += 1
            } else if self[i] < other[j] {
                i += 1
            } else {
                j += 1
            }
        }
    }

    /// How many elements this sorted, duplicate-free list shares with `other`, also sorted and
    /// duplicate-free.
    func sortedIntersectionCount(_ other: [Element]) -> Int {
        var common = 0
        forEachSortedCommon(other) { _ in common += 1 }
        return common
    }

    /// Jaccard similarity with `other` (both sorted and duplicate-free); 0 when both are empty.
    func sortedJaccard(_ other: [Element]) -> Double {
        guard !isEmpty || !other.isEmpty else { return 0 }
        let common = sortedIntersectionCount(other)
        return Double(common) / Double(count + other.count - common)
    }
}
