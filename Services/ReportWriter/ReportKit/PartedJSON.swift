import Foundation

/// Canonical pretty JSON (sorted keys, unescaped slashes, two-space indentation) of a value
/// whose big arrays are encoded one element at a time.
///
/// The bytes are those `JSONEncoder` gives for the whole value. But `JSONEncoder` holds a tree
/// of the whole value and its output several times over, which for a report of hundreds of MB
/// is many GB. Here the skeleton (the value with those arrays emptied) is encoded, then each
/// element alone; each element is indented to its depth and written into one growing buffer,
/// so at most one element's tree is alive at a time. JSON strings hold no raw line feed, so
/// indenting after each line feed (blank lines stay empty, as `JSONEncoder` writes them) is exact.
struct PartedJSON {
    /// An array of the skeleton to fill in: its key, how far the line holding the key is
    /// indented, and its elements by index.
    struct Part {
        var key: String
        var indent: Int
        var count: Int
        var element: (Int) throws -> any Encodable
    }

    /// The skeleton names no empty array under a part's key at the part's indentation.
    struct MissingArray: Error, CustomStringConvertible {
        var key: String
        var description: String { "the JSON skeleton has no empty array \"\(key)\" to fill in" }
    }

    private static let lineFeed = UInt8(ascii: "\n")
    private static let space = UInt8(ascii: " ")

    /// The encoder whose bytes this reproduces.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        return encoder
    }

    /// The skeleton's JSON with each part's empty array replaced by its elements, and a
    /// trailing line feed.
    static func bytes(skeleton: some Encodable, parts: [Part]) throws -> [UInt8] {
        let encoder = encoder()
        let base = [UInt8](try encoder.encode(skeleton))
        var places: [(range: Range<Int>, part: Part)] = []
        for part in parts {
            guard let range = emptyArray(of: part, in: base) else { throw MissingArray(key: part.key) }
            places.append((range, part))
        }
        places.sort { $0.range.lowerBound < $1.range.lowerBound }
        var out: [UInt8] = []
        out.reserveCapacity(base.count)
        var cursor = 0
        for (range, part) in places {
            out.append(contentsOf: base[cursor..<range.lowerBound])
            cursor = range.upperBound
            guard part.count > 0 else {
                out.append(contentsOf: base[range])
                continue
            }
            out.append(UInt8(ascii: "["))
            for i in 0..<part.count {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                out.append(lineFeed)
                append(try encoder.encode(part.element(i)), indent: part.indent + 2, to: &out)
            }
            out.append(lineFeed)
            out.append(contentsOf: repeatElement(space, count: part.indent))
            out.append(UInt8(ascii: "]"))
        }
        out.append(contentsOf: base[cursor...])
        out.append(lineFeed)
        return out
    }

    /// The range from `[` to `]` of the part's empty array in `base`.
    private static func emptyArray(of part: Part, in base: [UInt8]) -> Range<Int>? {
        let pattern = [lineFeed] + Array(repeating: space, count: part.indent) + Array("\"\(part.key)\" : [".utf8)
        guard let found = base.firstRange(of: pattern) else { return nil }
        let open = found.upperBound - 1
        var close = open + 1
        while close < base.count, base[close] == lineFeed || base[close] == space { close += 1 }
        guard close < base.count, base[close] == UInt8(ascii: "]") else { return nil }
        return open..<(close + 1)
    }

    /// Appends `element`, every line indented by `indent` spaces except empty ones.
    private static func append(_ element: Data, indent: Int, to out: inout [UInt8]) {
        let pad = [UInt8](repeating: space, count: indent)
        element.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            out.append(contentsOf: pad)
            var lineStart = 0
            for i in bytes.indices where bytes[i] == lineFeed {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[lineStart...i]))
                lineStart = i + 1
                if lineStart < bytes.count, bytes[lineStart] != lineFeed { out.append(contentsOf: pad) }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[lineStart...]))
        }
    }
}
