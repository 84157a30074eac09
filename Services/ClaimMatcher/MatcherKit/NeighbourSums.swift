/// Similarity sums by neighbour (a non-negative index), for `DocumentStories`: a flat
/// open-addressing table, in place of `[Int: Double]`.
///
/// The stories' merge loop updates one random neighbour's table per moved entry. In a bundle of
/// 10,000 documents those tables are far from the cache, and a `Dictionary` adds a seeded hash
/// and a uniqueness check to each miss: the loop grew about three times faster than the bundle.
/// Here a key costs one multiply, and a removal shifts the probe run back (no tombstones).
/// The results do not depend on the order of iteration, which is that of the slots.
struct NeighbourSums: Sequence {
    /// Neighbour index per slot; `empty` where there is none.
    private var keys: [Int] = []
    private var values: [Double] = []
    /// 64 minus the slot count's log2: a key's home slot is the top bits of its scrambled bits.
    private var shift = 64
    /// Number of neighbours held.
    private(set) var count = 0

    fileprivate static let empty = -1

    /// An empty table with room for `minimumCapacity` neighbours before it grows.
    init(minimumCapacity: Int = 0) {
        if minimumCapacity > 0 { allocate(slots: Self.slots(for: minimumCapacity)) }
    }

    /// The sum for `key`, nil when there is none; assigning nil removes it.
    subscript(key: Int) -> Double? {
        get {
            guard count > 0 else { return nil }
            let (slot, found) = find(key)
            return found ? values[slot] : nil
        }
        set {
            guard let newValue else {
                remove(key)
                return
            }
            if (count + 1) * 4 > keys.count * 3 { allocate(slots: Self.slots(for: count + 1), rehashing: true) }
            let (slot, found) = find(key)
            if !found {
                keys[slot] = key
                count += 1
            }
            values[slot] = newValue
        }
    }

    /// Reads the neighbours and their sums in slot order.
    struct Iterator: IteratorProtocol {
        fileprivate let keys: [Int]
        fileprivate let values: [Double]
        fileprivate var slot = 0

        mutating func next() -> (key: Int, value: Double)? {
            while slot < keys.count {
                defer { slot += 1 }
                if keys[slot] != NeighbourSums.empty { return (keys[slot], values[slot]) }
            }
            return nil
        }
    }

    func makeIterator() -> Iterator { Iterator(keys: keys, values: values) }

    /// Slots for `count` neighbours at a load of at most 3/4 (a power of two, at least 8).
    private static func slots(for count: Int) -> Int {
        var slots = 8
        while slots * 3 < count * 4 { slots *= 2 }
        return slots
    }

    private func home(_ key: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(truncatingIfNeeded: key) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
    }

    /// The slot holding `key`, or the empty slot where it would go.
    private func find(_ key: Int) -> (slot: Int, found: Bool) {
        let mask = keys.count - 1
        var slot = home(key)
        while true {
            let k = keys[slot]
            if k == key { return (slot, true) }
            if k == Self.empty { return (slot, false) }
            slot = (slot + 1) & mask
        }
    }

    private mutating func allocate(slots: Int, rehashing: Bool = false) {
        guard slots > keys.count else { return }
        let (oldKeys, oldValues) = (keys, values)
        keys = Array(repeating: Self.empty, count: slots)
        values = Array(repeating: 0, count: slots)
        shift = 64 - slots.trailingZeroBitCount
        guard rehashing else { return }
        for (k, v) in zip(oldKeys, oldValues) where k != Self.empty {
            let (slot, _) = find(k)
            keys[slot] = k
            values[slot] = v
        }
    }

    /// Removes `key`, moving back the later entries of its probe run that may fill the hole.
    private mutating func remove(_ key: Int) {
        guard count > 0 else { return }
        let (found, present) = find(key)
        guard present else { return }
        let mask = keys.count - 1
        var hole = found
        var next = (found + 1) & mask
        while keys[next] != Self.empty {
            let h = home(keys[next])
            // The entry may move to the hole unless its home lies in (hole, next], cyclically.
            let stays = hole < next ? (h > hole && h <= next) : (h > hole || h <= next)
            if !stays {
                keys[hole] = keys[next]
                values[hole] = values[next]
                hole = next
            }
            next = (next + 1) & mask
        }
        keys[hole] = Self.empty
        count -= 1
    }
}
