/// A normalised claim slot value: an ISO date, an entity id, a phrase, or a number.
///
/// Encodes as a bare JSON string or number, as the report contract shows them.
public enum SlotValue: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    case text(String)
    case number(Double)

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        // try?: a slot value is a number or else text; the text decode reports a wrong type.
        if let n = try? c.decode(Double.self) { self = .number(n) } else { self = .text(try c.decode(String.self)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .text(let s): try c.encode(s)
        case .number(let n):
            if !n.isFinite {
                try c.encode(String(n))
            } // JSON has no NaN or infinity
            else if n == n.rounded(), abs(n) < 1e15 {
                try c.encode(Int64(n))
            } else {
                try c.encode(n)
            }
        }
    }

    public var description: String {
        switch self {
        case .text(let s): s
        case .number(let n): n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : String(n)
        }
    }

    public static func < (lhs: SlotValue, rhs: SlotValue) -> Bool {
        switch (lhs, rhs) {
        case (.number(let a), .number(let b)): a < b
        case (.number, .text): true
        case (.text, .number): false
        case (.text(let a), .text(let b)): a < b
        }
    }
}
