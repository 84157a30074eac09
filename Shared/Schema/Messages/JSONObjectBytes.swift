import Foundation

/// Reads and edits the top level of a JSON object without parsing its values.
///
/// The coordinator forwards payloads as bytes; the few facts it needs from one (a document
/// id, the warnings, the verdict counts) are read from the member's bytes alone, and the
/// members it fills in (`failed`, `embeddings`, `report`) are spliced in at their sorted place,
/// so the result is the canonical JSON the encoder would write. Nil for text that is not a
/// well-formed object at the top level (the values themselves are only skipped, not checked).
public struct JSONObjectBytes: Sendable {
    /// One top-level member: its key and where its value's bytes are.
    public struct Member: Sendable, Equatable {
        public var key: String
        public var value: Range<Int>
    }

    public let bytes: Data
    public let members: [Member]

    /// Scans `data` (a slice is not copied; member ranges are in its indices).
    public init?(_ data: Data) {
        guard let members = data.withUnsafeBytes({ Self.scan($0) }) else { return nil }
        let base = data.startIndex
        self.bytes = data
        self.members = members.map { Member(key: $0.key, value: ($0.value.lowerBound + base)..<($0.value.upperBound + base)) }
    }

    /// The raw JSON of the member `key`.
    public func value(_ key: String) -> Data? {
        members.first { $0.key == key }.map { bytes[$0.value] }
    }

    /// The member `key` decoded as `T`.
    public func decode<T: Decodable>(_ type: T.Type, _ key: String) throws -> T? {
        guard let raw = value(key) else { return nil }
        return try JSONDecoder().decode(T.self, from: raw)
    }

    /// The object with `key` set to the raw JSON `value` (replacing it if present; removing it
    /// when `value` is nil), members in sorted key order.
    public func setting(_ key: String, to value: Data?) -> Data {
        setting([(key, value)])
    }

    /// The object with each key set to its raw JSON value (nil removes it), in one pass over
    /// the members, which stay in sorted key order.
    public func setting(_ changes: [(String, Data?)]) -> Data {
        settingPieces(changes).joined
    }

    /// `setting(_:)` as pieces: each big member value (kept or set) stays the slice it is.
    public func settingPieces(_ changes: [(String, Data?)]) -> BytePieces {
        let changed = Dictionary(changes, uniquingKeysWith: { _, last in last })
        let added = changed.compactMap { key, value in value.map { (key, $0) } }.sorted { $0.0 < $1.0 }
        var out = BytePieces()
        out.append("{")
        var first = true
        func put(_ name: String, _ raw: Data) {
            out.append((first ? "" : ",") + Self.quoted(name) + ":")
            first = false
            out.append(raw)
        }
        var next = added.startIndex
        for member in members where changed[member.key] == nil {
            while next < added.endIndex, added[next].0 < member.key {
                put(added[next].0, added[next].1)
                next += 1
            }
            put(member.key, bytes[member.value])
        }
        for (key, value) in added[next...] { put(key, value) }
        out.append("}")
        return out
    }

    /// `object` with the given members set (see `setting(_:)`); nil if it is not an object.
    public static func setting(_ changes: [(String, Data?)], in object: Data) -> Data? {
        JSONObjectBytes(object)?.setting(changes)
    }

    /// A JSON array of raw JSON values.
    public static func array(_ values: [Data]) -> Data {
        var out = Data(capacity: values.reduce(2) { $0 + $1.count + 1 })
        out.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(value)
        }
        out.append(UInt8(ascii: "]"))
        return out
    }

    /// The elements of a JSON array, each as its raw bytes (slices of `array`); nil for text
    /// that is not an array (the elements themselves are only skipped, not checked).
    public static func elements(_ array: Data) -> [Data]? {
        let ranges: [Range<Int>]? = array.withUnsafeBytes { buffer in
            var scanner = Scanner(buffer: buffer)
            scanner.skipSpace()
            guard scanner.take(UInt8(ascii: "[")) else { return nil }
            var ranges: [Range<Int>] = []
            scanner.skipSpace()
            if scanner.take(UInt8(ascii: "]")) { return scanner.atEnd ? ranges : nil }
            repeat {
                scanner.skipSpace()
                let start = scanner.index
                guard scanner.skipValue() else { return nil }
                ranges.append(start..<scanner.index)
                scanner.skipSpace()
            } while scanner.take(UInt8(ascii: ","))
            guard scanner.take(UInt8(ascii: "]")), scanner.atEnd else { return nil }
            return ranges
        }
        let base = array.startIndex
        return ranges?.map { array[($0.lowerBound + base)..<($0.upperBound + base)] }
    }

    private static func quoted(_ key: String) -> String {
        // try?: a Swift string always encodes as a JSON string.
        let data = (try? MessageCodec.makeEncoder().encode(key)) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    // MARK: Scanning

    private static func scan(_ buffer: UnsafeRawBufferPointer) -> [Member]? {
        var scanner = Scanner(buffer: buffer)
        scanner.skipSpace()
        guard scanner.take(UInt8(ascii: "{")) else { return nil }
        var members: [Member] = []
        scanner.skipSpace()
        if scanner.take(UInt8(ascii: "}")) { return scanner.atEnd ? members : nil }
        repeat {
            scanner.skipSpace()
            guard let key = scanner.string() else { return nil }
            scanner.skipSpace()
            guard scanner.take(UInt8(ascii: ":")) else { return nil }
            scanner.skipSpace()
            let start = scanner.index
            guard scanner.skipValue() else { return nil }
            members.append(Member(key: key, value: start..<scanner.index))
            scanner.skipSpace()
        } while scanner.take(UInt8(ascii: ","))
        guard scanner.take(UInt8(ascii: "}")) else { return nil }
        return scanner.atEnd ? members : nil
    }

    /// A cursor over JSON bytes that skips values by their brackets and strings.
    private struct Scanner {
        let buffer: UnsafeRawBufferPointer
        var index = 0

        var atEnd: Bool {
            var probe = self
            probe.skipSpace()
            return probe.index == buffer.count
        }

        mutating func skipSpace() {
            while index < buffer.count, [0x20, 0x0A, 0x0D, 0x09].contains(buffer[index]) { index += 1 }
        }

        mutating func take(_ byte: UInt8) -> Bool {
            guard index < buffer.count, buffer[index] == byte else { return false }
            index += 1
            return true
        }

        /// Skips a string starting at the cursor; true if it was closed.
        mutating func skipString() -> Bool {
            guard take(UInt8(ascii: "\"")) else { return false }
            while index < buffer.count {
                let byte = buffer[index]
                index += 1
                if byte == UInt8(ascii: "\\") {
                    index += 1
                } else if byte == UInt8(ascii: "\"") {
                    return true
                }
            }
            return false
        }

        /// A key string, decoded.
        mutating func string() -> String? {
            let start = index
            guard skipString() else { return nil }
            let raw = UnsafeRawBufferPointer(rebasing: buffer[start..<index])
            if !raw.contains(UInt8(ascii: "\\")) {
                return String(decoding: raw.dropFirst().dropLast(), as: UTF8.self)
            }
            // try?: a key with a bad escape is no key; the caller treats the object as unreadable.
            return try? JSONDecoder().decode(String.self, from: Data(raw))
        }

        /// Skips one value: a string, an object or array (by bracket depth), or a scalar.
        mutating func skipValue() -> Bool {
            guard index < buffer.count else { return false }
            switch buffer[index] {
            case UInt8(ascii: "\""):
                return skipString()
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                var depth = 0
                while index < buffer.count {
                    let byte = buffer[index]
                    if byte == UInt8(ascii: "\"") {
                        guard skipString() else { return false }
                        continue
                    }
                    index += 1
                    if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                        depth += 1
                    } else if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
                        depth -= 1
                        if depth == 0 { return true }
                    }
                }
                return false
            default:
                let start = index
                while index < buffer.count,
                    ![UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x0A, 0x0D, 0x09]
                        .contains(buffer[index])
                {
                    index += 1
                }
                return index > start
            }
        }
    }
}
