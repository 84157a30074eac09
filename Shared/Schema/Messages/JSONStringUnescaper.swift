/// Turns one JSON string literal (quotes included) into its UTF-8 text, a slice at a time.
///
/// Handles every escape of RFC 8259: `\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`, `\t` and
/// `\uXXXX`, a surrogate pair of two `\u` escapes making one scalar. Unescaped bytes pass
/// through as they are (a canonical frame's strings are valid UTF-8). Output goes to `sink`
/// in slices of about `sliceBytes`, so a string of gigabytes needs no second whole copy.
struct JSONStringUnescaper {
    static let sliceBytes = 1 << 20

    private var out: [UInt8] = []

    /// Unescapes `literal`; false when it is no well-formed JSON string literal.
    mutating func unescape(_ literal: UnsafeRawBufferPointer, sink: ([UInt8]) throws -> Void) throws -> Bool {
        let bytes = literal.bindMemory(to: UInt8.self)
        guard bytes.count >= 2, bytes[0] == UInt8(ascii: "\""), bytes[bytes.count - 1] == UInt8(ascii: "\"") else { return false }
        out.reserveCapacity(Self.sliceBytes + 8)
        var index = 1
        let end = bytes.count - 1
        while index < end {
            let byte = bytes[index]
            if byte != UInt8(ascii: "\\") {
                guard byte != UInt8(ascii: "\"") else { return false }
                out.append(byte)
                index += 1
            } else {
                guard let next = escape(bytes, at: index, end: end) else { return false }
                index = next
            }
            if out.count >= Self.sliceBytes {
                try sink(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        if !out.isEmpty { try sink(out) }
        out.removeAll(keepingCapacity: true)
        return true
    }

    /// Appends the escape starting at `index` (a backslash); the index after it, or nil.
    private mutating func escape(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int? {
        guard index + 1 < end else { return nil }
        switch bytes[index + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(bytes[index + 1])
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
            guard let unit = Self.hex(bytes, at: index + 2, end: end) else { return nil }
            if (0xD800..<0xDC00).contains(unit) {
                guard index + 12 <= end, bytes[index + 6] == UInt8(ascii: "\\"), bytes[index + 7] == UInt8(ascii: "u"),
                    let low = Self.hex(bytes, at: index + 8, end: end), (0xDC00..<0xE000).contains(low)
                else { return nil }
                append(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
                return index + 12
            }
            guard !(0xDC00..<0xE000).contains(unit) else { return nil }
            append(unit)
            return index + 6
        default: return nil
        }
        return index + 2
    }

    /// The four hex digits at `index`, or nil.
    private static func hex(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> UInt32? {
        guard index + 4 <= end else { return nil }
        var value: UInt32 = 0
        for byte in bytes[index..<(index + 4)] {
            guard let digit = Character(UnicodeScalar(byte)).hexDigitValue else { return nil }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// Appends the UTF-8 of scalar `value`.
    private mutating func append(_ value: UInt32) {
        guard let scalar = Unicode.Scalar(value) else { return }
        UTF8.encode(scalar) { out.append($0) }
    }
}
