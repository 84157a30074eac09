import CrosscheckSchema
import Foundation

/// A small JSON Schema validator for the project's own schemas (report.json, messages).
///
/// Supports the keywords those schemas use: `type` (a name or a list of names), `properties`,
/// `required`, `additionalProperties` (boolean or schema), `items`, `enum`, `const`, `$ref`
/// to `#/$defs/…` or `#/definitions/…`, `anyOf`, `oneOf`, `allOf`, `not`, `minimum`, `maximum`,
/// `exclusiveMinimum`, `exclusiveMaximum`, `minItems`, `maxItems`, `uniqueItems`, `minLength`,
/// `maxLength` and `pattern`. Unknown keywords are ignored, as the standard says.
/// Errors name the JSON path of the offending value (`$.documents[0].title`).
public struct JSONSchemaValidator: Sendable {
    /// Why a schema or an instance could not be read.
    public struct InvalidJSON: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    private let schema: JSONValue

    public init(schemaData: Data) throws {
        schema = try JSONValue.parse(schemaData)
        guard case .object = schema else { throw InvalidJSON(description: "schema is not a JSON object") }
    }

    /// Every violation found in `json`, each as "path: problem"; empty when it is valid.
    public func validate(_ json: Data) -> [String] {
        let instance: JSONValue
        do { instance = try JSONValue.parse(json) } catch { return ["$: \(error)"] }
        var errors: [String] = []
        check(instance, against: schema, path: "$", errors: &errors, depth: 0)
        return errors
    }

    // MARK: Checking

    private func check(_ value: JSONValue, against schema: JSONValue, path: String, errors: inout [String], depth: Int) {
        guard depth < 64 else {
            errors.append("\(path): schema nesting too deep (circular $ref?)")
            return
        }
        switch schema {
        case .bool(true): return
        case .bool(false):
            errors.append("\(path): no value is allowed here")
            return
        case .object(let keywords): check(value, keywords, path: path, errors: &errors, depth: depth)
        default: errors.append("\(path): schema is neither an object nor a boolean")
        }
    }

    private func check(_ value: JSONValue, _ s: [String: JSONValue], path: String, errors: inout [String], depth: Int) {
        if case .string(let ref)? = s["$ref"] {
            if let target = resolve(ref) {
                check(value, against: target, path: path, errors: &errors, depth: depth + 1)
            } else {
                errors.append("\(path): unresolvable $ref \(ref)")
            }
        }
        if let type = s["type"] {
            let names: [String] =
                switch type {
                case .string(let name): [name]
                case .array(let list): list.compactMap { if case .string(let n) = $0 { n } else { nil } }
                default: []
                }
            if !names.contains(where: value.isOfType) {
                errors.append("\(path): expected \(names.joined(separator: " or ")), found \(value.typeName)")
                return
            }
        }
        if let allowed = s["enum"], case .array(let options) = allowed, !options.contains(value) {
            errors.append("\(path): \(value.brief) is not one of \(options.map(\.brief).joined(separator: ", "))")
        }
        if let constant = s["const"], constant != value {
            errors.append("\(path): expected \(constant.brief), found \(value.brief)")
        }
        if case .array(let all)? = s["allOf"] {
            for sub in all { check(value, against: sub, path: path, errors: &errors, depth: depth + 1) }
        }
        if case .array(let any)? = s["anyOf"] {
            let passes = any.contains { sub in
                var local: [String] = []
                check(value, against: sub, path: path, errors: &local, depth: depth + 1)
                return local.isEmpty
            }
            if !passes { errors.append("\(path): matches none of anyOf") }
        }
        if case .array(let one)? = s["oneOf"] {
            let passing = one.filter { sub in
                var local: [String] = []
                check(value, against: sub, path: path, errors: &local, depth: depth + 1)
                return local.isEmpty
            }.count
            if passing != 1 { errors.append("\(path): matches \(passing) of oneOf, expected exactly 1") }
        }
        if let forbidden = s["not"] {
            var local: [String] = []
            check(value, against: forbidden, path: path, errors: &local, depth: depth + 1)
            if local.isEmpty { errors.append("\(path): matches a schema it must not match") }
        }
        switch value {
        case .number(let n):
            if case .number(let minimum)? = s["minimum"], n < minimum {
                errors.append("\(path): \(value.brief) is below minimum \(JSONValue.number(minimum).brief)")
            }
            if case .number(let maximum)? = s["maximum"], n > maximum {
                errors.append("\(path): \(value.brief) is above maximum \(JSONValue.number(maximum).brief)")
            }
            if case .number(let bound)? = s["exclusiveMinimum"], n <= bound {
                errors.append("\(path): \(value.brief) is not above \(JSONValue.number(bound).brief)")
            }
            if case .number(let bound)? = s["exclusiveMaximum"], n >= bound {
                errors.append("\(path): \(value.brief) is not below \(JSONValue.number(bound).brief)")
            }
        case .string(let text):
            if case .number(let minLength)? = s["minLength"], Double(text.unicodeScalars.count) < minLength {
                errors.append("\(path): string shorter than \(Int(minLength))")
            }
            if case .number(let maxLength)? = s["maxLength"], Double(text.unicodeScalars.count) > maxLength {
                errors.append("\(path): string longer than \(Int(maxLength))")
            }
            if case .string(let pattern)? = s["pattern"] {
                if let regex = try? NSRegularExpression(pattern: pattern) {
                    let range = NSRange(text.startIndex..., in: text)
                    if regex.firstMatch(in: text, range: range) == nil {
                        errors.append("\(path): \(value.brief) does not match \(pattern)")
                    }
                } else {
                    errors.append("\(path): schema pattern \(pattern) is not a valid regular expression")
                }
            }
        case .array(let items):
            if case .number(let minItems)? = s["minItems"], Double(items.count) < minItems {
                errors.append("\(path): fewer than \(Int(minItems)) items")
            }
            if case .number(let maxItems)? = s["maxItems"], Double(items.count) > maxItems {
                errors.append("\(path): more than \(Int(maxItems)) items")
            }
            if case .bool(true)? = s["uniqueItems"] {
                for i in items.indices.dropFirst() where items[..<i].contains(items[i]) {
                    errors.append("\(path)[\(i)]: repeats an earlier item")
                }
            }
            if let itemSchema = s["items"] {
                for (i, item) in items.enumerated() {
                    check(item, against: itemSchema, path: "\(path)[\(i)]", errors: &errors, depth: depth + 1)
                }
            }
        case .object(let members):
            if case .array(let required)? = s["required"] {
                for case .string(let key) in required where members[key] == nil {
                    errors.append("\(path): missing required property \"\(key)\"")
                }
            }
            let properties: [String: JSONValue]
            if case .object(let p)? = s["properties"] { properties = p } else { properties = [:] }
            for key in members.keys.sorted() {
                guard let member = members[key] else { continue }
                let memberPath = Self.childPath(path, key)
                if let propertySchema = properties[key] {
                    check(member, against: propertySchema, path: memberPath, errors: &errors, depth: depth + 1)
                } else if let additional = s["additionalProperties"] {
                    if case .bool(false) = additional {
                        errors.append("\(memberPath): property is not allowed")
                    } else {
                        check(member, against: additional, path: memberPath, errors: &errors, depth: depth + 1)
                    }
                }
            }
        default:
            break
        }
    }

    /// The sub-schema a local `$ref` points at (`#`, `#/$defs/name`, any JSON pointer).
    private func resolve(_ ref: String) -> JSONValue? {
        guard ref.hasPrefix("#") else { return nil }
        var current = schema
        for raw in ref.dropFirst().split(separator: "/", omittingEmptySubsequences: true) {
            let token = raw.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            switch current {
            case .object(let members):
                guard let next = members[token] else { return nil }
                current = next
            case .array(let items):
                guard let i = Int(token), items.indices.contains(i) else { return nil }
                current = items[i]
            default:
                return nil
            }
        }
        return current
    }

    private static func childPath(_ path: String, _ key: String) -> String {
        let simple = !key.isEmpty && key.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || $0 == "_" }
        return simple ? "\(path).\(key)" : "\(path)[\"\(key)\"]"
    }
}

/// The schema's JSON value, read by the validator's own parser, which keeps numbers, booleans and
/// null apart (unlike `JSONSerialization`) and names the byte where the input goes wrong.
extension JSONValue {
    var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number(let n): n == n.rounded() ? "integer" : "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    func isOfType(_ name: String) -> Bool {
        switch (name, self) {
        case ("null", .null), ("boolean", .bool), ("number", .number), ("string", .string),
            ("array", .array), ("object", .object):
            true
        case ("integer", .number(let n)): n.isFinite && n == n.rounded()
        default: false
        }
    }

    /// A short rendering for error messages.
    var brief: String {
        switch self {
        case .null: "null"
        case .bool(let b): String(b)
        case .number(let n): n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : String(n)
        case .string(let s): "\"" + (s.count > 40 ? String(s.prefix(40)) + "…" : s) + "\""
        case .array(let a): "array of \(a.count)"
        case .object: "object"
        }
    }

    static func parse(_ data: Data) throws -> JSONValue {
        var parser = Parser(bytes: [UInt8](data))
        parser.skipWhitespace()
        let value = try parser.value(depth: 0)
        parser.skipWhitespace()
        guard parser.position == parser.bytes.count else { throw parser.failure("trailing characters") }
        return value
    }

    /// A strict RFC 8259 parser over UTF-8 bytes.
    private struct Parser {
        let bytes: [UInt8]
        var position = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        func failure(_ what: String) -> JSONSchemaValidator.InvalidJSON {
            JSONSchemaValidator.InvalidJSON(description: "invalid JSON at byte \(position): \(what)")
        }

        mutating func skipWhitespace() {
            while position < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[position]) { position += 1 }
        }

        mutating func value(depth: Int) throws -> JSONValue {
            guard depth < 512 else { throw failure("nesting too deep") }
            guard position < bytes.count else { throw failure("unexpected end") }
            switch bytes[position] {
            case UInt8(ascii: "{"): return try object(depth: depth)
            case UInt8(ascii: "["): return try array(depth: depth)
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"):
                try literal("true")
                return .bool(true)
            case UInt8(ascii: "f"):
                try literal("false")
                return .bool(false)
            case UInt8(ascii: "n"):
                try literal("null")
                return .null
            default: return .number(try number())
            }
        }

        mutating func literal(_ word: String) throws {
            let expected = Array(word.utf8)
            guard position + expected.count <= bytes.count, Array(bytes[position..<position + expected.count]) == expected else {
                throw failure("expected \(word)")
            }
            position += expected.count
        }

        mutating func object(depth: Int) throws -> JSONValue {
            position += 1
            var members: [String: JSONValue] = [:]
            skipWhitespace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
                position += 1
                return .object(members)
            }
            while true {
                skipWhitespace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw failure("expected a key") }
                let key = try string()
                skipWhitespace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw failure("expected ':'") }
                position += 1
                skipWhitespace()
                members[key] = try value(depth: depth + 1)
                skipWhitespace()
                guard position < bytes.count else { throw failure("unterminated object") }
                if bytes[position] == UInt8(ascii: ",") {
                    position += 1
                    continue
                }
                if bytes[position] == UInt8(ascii: "}") {
                    position += 1
                    return .object(members)
                }
                throw failure("expected ',' or '}'")
            }
        }

        mutating func array(depth: Int) throws -> JSONValue {
            position += 1
            var items: [JSONValue] = []
            skipWhitespace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
                position += 1
                return .array(items)
            }
            while true {
                skipWhitespace()
                items.append(try value(depth: depth + 1))
                skipWhitespace()
                guard position < bytes.count else { throw failure("unterminated array") }
                if bytes[position] == UInt8(ascii: ",") {
                    position += 1
                    continue
                }
                if bytes[position] == UInt8(ascii: "]") {
                    position += 1
                    return .array(items)
                }
                throw failure("expected ',' or ']'")
            }
        }

        mutating func string() throws -> String {
            position += 1
            var out: [UInt8] = []
            while position < bytes.count {
                let byte = bytes[position]
                position += 1
                switch byte {
                case UInt8(ascii: "\""):
                    return String(decoding: out, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    guard position < bytes.count else { throw failure("unterminated escape") }
                    let escape = bytes[position]
                    position += 1
                    switch escape {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
                    case UInt8(ascii: "b"): out.append(0x08)
                    case UInt8(ascii: "f"): out.append(0x0C)
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "u"):
                        var code = try hex4()
                        if (0xD800...0xDBFF).contains(code), position + 1 < bytes.count,
                            bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u")
                        {
                            position += 2
                            let low = try hex4()
                            code = (0xDC00...0xDFFF).contains(low) ? 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00) : 0xFFFD
                        }
                        let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
                        out.append(contentsOf: Array(String(scalar).utf8))
                    default:
                        throw failure("bad escape")
                    }
                case 0x00..<0x20:
                    throw failure("control character in string")
                default:
                    out.append(byte)
                }
            }
            throw failure("unterminated string")
        }

        mutating func hex4() throws -> UInt32 {
            guard position + 4 <= bytes.count, let code = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16) else {
                throw failure("bad \\u escape")
            }
            position += 4
            return code
        }

        mutating func number() throws -> Double {
            let start = position
            if position < bytes.count, bytes[position] == UInt8(ascii: "-") { position += 1 }
            let digitsStart = position
            while position < bytes.count, (0x30...0x39).contains(bytes[position]) { position += 1 }
            guard position > digitsStart else { throw failure("expected a value") }
            if bytes[digitsStart] == 0x30, position - digitsStart > 1 { throw failure("leading zero") }
            if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
                position += 1
                let fraction = position
                while position < bytes.count, (0x30...0x39).contains(bytes[position]) { position += 1 }
                guard position > fraction else { throw failure("digits expected after '.'") }
            }
            if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
                position += 1
                if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
                let exponent = position
                while position < bytes.count, (0x30...0x39).contains(bytes[position]) { position += 1 }
                guard position > exponent else { throw failure("digits expected in exponent") }
            }
            guard let value = Double(String(decoding: bytes[start..<position], as: UTF8.self)) else { throw failure("bad number") }
            return value
        }
    }
}
