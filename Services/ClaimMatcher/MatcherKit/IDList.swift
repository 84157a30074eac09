/// A sorted, duplicate-free list of small integer ids that keeps up to `inlineCapacity` of them
/// inside the value itself, with no heap block of its own.
///
/// `ClaimGrouper.Profile` holds seven such lists per claim (subjects, entities, actors, figures,
/// senses, object heads, content senses). As arrays each was a heap block of its own, and on a bundle of 10,000
/// documents reading a pair's lists meant a dozen cache misses scattered over memory; inline, a
/// profile's lists lie in the profile, one contiguous run of the profiles array. Longer lists
/// (rare) keep their ids in an array. It reads as the array it replaces: same elements, same
/// order, same equality.
struct IDList: Sendable, Equatable, RandomAccessCollection, ExpressibleByArrayLiteral {
    /// Five, so the list is 32 bytes: 20 of ids, the count, and the spilled array's pointer.
    static let inlineCapacity = 5

    private var inline = InlineArray<5, Int32>(repeating: 0)
    private var stored: Int32 = 0
    /// Every id, when there are more than `inlineCapacity` or one does not fit in 32 bits.
    private var spilled: [Int]?

    /// The list of `ids`, in their order.
    init(_ ids: [Int]) {
        guard ids.count <= Self.inlineCapacity, ids.allSatisfy({ Int32(exactly: $0) != nil }) else {
            spilled = ids
            return
        }
        for (n, id) in ids.enumerated() { inline[n] = Int32(truncatingIfNeeded: id) }
        stored = Int32(ids.count)
    }

    init(arrayLiteral elements: Int...) { self.init(elements) }

    var startIndex: Int { 0 }
    var endIndex: Int { spilled?.count ?? Int(stored) }

    subscript(position: Int) -> Int {
        if let spilled { return spilled[position] }
        precondition(position >= 0 && position < Int(stored), "IDList index out of range")
        return Int(inline[position])
    }

    static func == (a: IDList, b: IDList) -> Bool { a.elementsEqual(b) }
}
