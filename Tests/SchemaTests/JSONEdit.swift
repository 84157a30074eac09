import CrosscheckSchema
import Foundation
import Testing

/// Edits an encoded frame as plain JSON, to make frames the Swift types could never produce.
enum JSONEdit {
    struct NotAnObject: Error {}

    /// The frame's top-level object.
    static func object(_ frame: Data) throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: frame) as? [String: Any] else { throw NotAnObject() }
        return object
    }

    /// The object as a frame: compact JSON and a newline.
    static func frame(_ object: [String: Any]) throws -> Data {
        var data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        data.append(0x0A)
        return data
    }

    /// A copy of `frame` with the value at `path` replaced by `value`, or removed when `value` is nil.
    ///
    /// Path components name object keys, or array indices written as numbers ("sentences", "0").
    static func frame(_ frame: Data, setting value: Any?, at path: [String]) throws -> Data {
        try self.frame(setting(value, at: path[...], in: object(frame)) as? [String: Any] ?? [:])
    }

    private static func setting(_ value: Any?, at path: ArraySlice<String>, in node: Any) -> Any {
        guard let key = path.first else { return value ?? NSNull() }
        let rest = path.dropFirst()
        if var object = node as? [String: Any] {
            if rest.isEmpty, value == nil {
                object.removeValue(forKey: key)
            } else {
                object[key] = setting(value, at: rest, in: object[key] ?? [String: Any]())
            }
            return object
        }
        if var array = node as? [Any], let index = Int(key), array.indices.contains(index) {
            if rest.isEmpty, value == nil {
                array.remove(at: index)
            } else {
                array[index] = setting(value, at: rest, in: array[index])
            }
            return array
        }
        return node
    }

    /// A copy of `frame` with every null-valued key removed, at any depth.
    static func removingNulls(_ frame: Data) throws -> Data {
        func strip(_ node: Any) -> Any {
            if let object = node as? [String: Any] {
                return object.filter { !($0.value is NSNull) }.mapValues(strip)
            }
            if let array = node as? [Any] { return array.map(strip) }
            return node
        }
        return try self.frame(strip(object(frame)) as? [String: Any] ?? [:])
    }

    /// Whether the frame holds an explicit null anywhere.
    static func containsNull(_ frame: Data) throws -> Bool {
        func scan(_ node: Any) -> Bool {
            if node is NSNull { return true }
            if let object = node as? [String: Any] { return object.values.contains(where: scan) }
            if let array = node as? [Any] { return array.contains(where: scan) }
            return false
        }
        return try scan(object(frame))
    }
}

/// One edit of one frame, described so a parameterised test can carry it.
struct FrameEdit: Sendable, CustomTestStringConvertible {
    enum Value: Sendable {
        case string(String)
        case integer(Int)
        case object
        case remove

        var json: Any? {
            switch self {
            case .string(let s): s
            case .integer(let n): n
            case .object: [String: Any]()
            case .remove: nil
            }
        }
    }

    /// The sample to start from.
    var type: MessageType
    var path: [String]
    var value: Value
    /// What an error must name for the test to pass: a path, in the reporter's notation.
    var reported: String

    var testDescription: String { "\(type.rawValue) \(path.joined(separator: ".")) ← \(value)" }

    func apply(to frame: Data) throws -> Data { try JSONEdit.frame(frame, setting: value.json, at: path) }
}
