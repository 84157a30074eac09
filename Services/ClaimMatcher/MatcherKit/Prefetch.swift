import CPrefetch

/// Asks the processor to bring memory toward the cache ahead of its use, without waiting for it.
///
/// The matcher's hot loops compare a claim with earlier claims met through a shared key: on a
/// bundle too large for the cache (10,000 documents) each comparison began with misses on the
/// other claim's profile and terms, random places in arrays of tens of megabytes, one after the
/// other. Prefetched a few comparisons ahead, those loads overlap the work in between. A hint
/// only: it reads no value, changes no result and cannot fault, whatever the address.
enum Prefetch {
    /// Bytes of one cache line (x86-64 and arm64 servers).
    static let lineSize = 64

    /// Prefetches every cache line of the `count` values at `address`.
    static func values<T>(at address: UnsafePointer<T>, count: Int = 1) {
        bytes(at: UnsafeRawPointer(address), count: MemoryLayout<T>.stride * count)
    }

    /// Prefetches every cache line of the `count` bytes at `address`.
    static func bytes(at address: UnsafeRawPointer, count: Int) {
        let start = Int(bitPattern: address)
        var line = start & ~(lineSize - 1)
        while line < start + count {
            crosscheck_prefetch(UnsafeRawPointer(bitPattern: line))
            line += lineSize
        }
    }
}
