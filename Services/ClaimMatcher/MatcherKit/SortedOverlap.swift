/// Overlap of two sorted, duplicate-free lists, counted in one merge pass.
extension Array where Element: Comparable {
    /// How many elements this sorted, duplicate-free list shares with `other`, also sorted and
    /// duplicate-free.
    func sortedIntersectionCount(_ other: [Element]) -> Int {
        var i = 0
        var j = 0
        var common = 0
        while i < count && j < other.count {
            if self[i] == other[j] {
                common += 1
                i += 1
                j += 1
            } else if self[i] < other[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return common
    }

    /// Jaccard similarity with `other` (both sorted and duplicate-free); 0 when both are empty.
    func sortedJaccard(_ other: [Element]) -> Double {
        guard !isEmpty || !other.isEmpty else { return 0 }
        let common = sortedIntersectionCount(other)
        return Double(common) / Double(count + other.count - common)
    }
}
