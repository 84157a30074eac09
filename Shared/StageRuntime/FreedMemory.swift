#if canImport(Glibc)
import Glibc
#endif

/// Gives the memory a big request freed back to the system (glibc's `malloc_trim`).
///
/// glibc keeps freed memory in its arenas, so without this a stage that has answered a big
/// request goes on holding its high-water mark: after a 5,010-document bundle the idle matcher
/// held 3.4 GB while the writer and the coordinator needed theirs. `malloc_trim` is looked up at
/// run time (Swift's Glibc module does not declare it); elsewhere this does nothing.
enum FreedMemory {
    private typealias Trim = @convention(c) (Int) -> Int32

    private static let trim: Trim? = {
        #if canImport(Glibc)
        // A null handle is glibc's RTLD_DEFAULT: the symbol as the process resolves it.
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: Trim.self)
        #else
        return nil
        #endif
    }()

    /// Returns free memory to the system; true when some was returned.
    @discardableResult
    static func release() -> Bool {
        (trim?(0) ?? 0) == 1
    }
}
