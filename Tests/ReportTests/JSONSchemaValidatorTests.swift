import CrosscheckTestKit
import Foundation
import Testing

@Suite("JSON Schema validator")
struct JSONSchemaValidatorTests {
    let schema = """
        {
          "type": "object",
          "required": ["name", "kind"],
          "additionalProperties": false,
          "properties": {
            "name": {"type": "string", "minLength": 1},
            "kind": {"enum": ["a", "b"]},
            "version": {"const": 1},
            "size": {"type": ["integer", "null"], "minimum": 0},
            "tags": {"type": "array", "items": {"$ref": "#/$defs/tag"}},
            "either": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
            "any": {"anyOf": [{"type": "boolean"}, {"$ref": "#/$defs/tag"}]},
            "extra": {"type": "object", "additionalProperties": {"type": "number"}}
          },
          "$defs": {"tag": {"type": "string", "pattern": "^[a-z]+$"}}
        }
        """

    func errors(_ json: String) throws -> [String] {
        try JSONSchemaValidator(schemaData: Data(schema.utf8)).validate(Data(json.utf8))
    }

    @Test("a valid instance has no errors")
    func valid() throws {
        #expect(try errors(#"{"name":"x","kind":"a","version":1,"size":null,"tags":["ab"],"either":3,"any":true,"extra":{"k":1.5}}"#) == [])
        #expect(try errors(#"{"name":"x","kind":"b","size":4.0}"#) == [], "4.0 is an integer")
    }

    @Test(
        "each keyword reports its path",
        arguments: [
            (#"{"kind":"a"}"#, "$: missing required property \"name\""),
            (#"{"name":"","kind":"a"}"#, "$.name: string shorter than 1"),
            (#"{"name":"x","kind":"c"}"#, "$.kind: \"c\" is not one of"),
            (#"{"name":"x","kind":"a","version":2}"#, "$.version: expected 1"),
            (#"{"name":"x","kind":"a","size":-1}"#, "$.size: -1 is below minimum 0"),
            (#"{"name":"x","kind":"a","size":1.5}"#, "$.size: expected integer or null"),
            (#"{"name":"x","kind":"a","size":true}"#, "$.size: expected integer or null, found boolean"),
            (#"{"name":"x","kind":"a","tags":["ok","Bad"]}"#, "$.tags[1]: \"Bad\" does not match"),
            (#"{"name":"x","kind":"a","either":1.5}"#, "$.either: matches 0 of oneOf"),
            (#"{"name":"x","kind":"a","any":3}"#, "$.any: matches none of anyOf"),
            (#"{"name":"x","kind":"a","extra":{"k":"v"}}"#, "$.extra.k: expected number"),
            (#"{"name":"x","kind":"a","surprise":1}"#, "$.surprise: property is not allowed"),
            (#"{"name":"x","kind":"a""#, "$: invalid JSON"),
        ])
    func violations(json: String, expected: String) throws {
        let found = try errors(json)
        #expect(found.contains { $0.hasPrefix(expected) }, "\(found)")
    }

    @Test(
        "bounds, uniqueness and not",
        arguments: [
            (#"{"type":"number","exclusiveMinimum":0}"#, "0", "$: 0 is not above 0"),
            (#"{"type":"number","exclusiveMaximum":1}"#, "1", "$: 1 is not below 1"),
            (#"{"type":"string","maxLength":2}"#, #""abc""#, "$: string longer than 2"),
            (#"{"type":"array","maxItems":1}"#, "[1,2]", "$: more than 1 items"),
            (#"{"type":"array","uniqueItems":true}"#, #"[1,"a",1]"#, "$[2]: repeats an earlier item"),
            (#"{"not":{"type":"null"}}"#, "null", "$: matches a schema it must not match"),
        ])
    func bounds(schema: String, json: String, expected: String) throws {
        let validator = try JSONSchemaValidator(schemaData: Data(schema.utf8))
        #expect(validator.validate(Data(json.utf8)) == [expected])
    }

    @Test("an unresolvable $ref is an error, not a pass")
    func badRef() throws {
        let validator = try JSONSchemaValidator(schemaData: Data(##"{"$ref":"#/$defs/missing"}"##.utf8))
        #expect(validator.validate(Data("1".utf8)) == ["$: unresolvable $ref #/$defs/missing"])
    }

    @Test("strings with escapes and surrogate pairs parse")
    func escapes() throws {
        let validator = try JSONSchemaValidator(schemaData: Data(#"{"const":"a\"b😀é"}"#.utf8))
        #expect(validator.validate(Data(#""a\"b\ud83d\ude00\u00e9""#.utf8)) == [])
    }
}
