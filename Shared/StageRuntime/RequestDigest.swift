import Foundation

/// A 64-bit FNV-1a digest of a request frame, ignoring its `attempt` counter.
///
/// Keys the worker's reply cache together with the request id, so that a request whose id
/// repeats but whose content differs (a new coordinator reusing an old job's ids) is computed
/// afresh instead of being answered with another job's reply. Canonical frames start with
/// `{"attempt":N,` (sorted keys), and a retry differs from the first try only there, so that
/// prefix is skipped; a frame in another shape is digested whole, which at worst misses the
/// cache. Not a cryptographic hash: it guards against accidents, CURVE guards against peers.
public struct RequestDigest: Hashable, Sendable {
    public let value: UInt64

    public init(frame: Data) {
        let prefix = Data("{\"attempt\":".utf8)
        var start = frame.startIndex
        if frame.starts(with: prefix), let comma = frame[frame.startIndex...].firstIndex(of: UInt8(ascii: ",")) {
            start = comma
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in frame[start...] {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        value = hash
    }
}
