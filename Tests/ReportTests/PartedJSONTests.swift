import CrosscheckSchema
import CrosscheckTestKit
import Foundation
import Testing

@testable import ReportKit

@Suite("JSON encoded in parts")
struct PartedJSONTests {
    /// A page nested one level down, like the annotation collection's `first.items`.
    struct Outer: Encodable {
        var name: String
        var first: Inner
    }

    struct Inner: Encodable {
        var empty: [Int]
        var items: [Item]
        var zed: String
    }

    struct Item: Encodable {
        var text: String
        var list: [Int]
        var nested: [String: [String]]
        var value: Double?
    }

    private func whole(_ value: some Encodable) throws -> String {
        String(decoding: try PartedJSON.encoder().encode(value), as: UTF8.self) + "\n"
    }

    @Test("report.json in parts is byte for byte the whole report encoded at once")
    func reportBytes() throws {
        let writer = ReportWriter(vocabulary: FixtureBundle.vocabulary)
        for analysis in [FixtureBundle.analysis(), try SeedBundle.analysis()] {
            let report = writer.report(for: analysis)
            #expect(!report.claims.isEmpty)
            #expect(try ReportWriter.json(report) == whole(report))
            var empty = report
            empty.claims = []
            empty.documents = []
            empty.reprints = []
            #expect(try ReportWriter.json(empty) == whole(empty))
        }
    }

    @Test("a nested array of items with empty lists, line feeds and quotes in strings")
    func nestedItems() throws {
        let items = [
            Item(text: "a \"quoted\"\nline / slash", list: [], nested: [:], value: nil),
            Item(text: "ü → ✗", list: [1, 2], nested: ["k": [], "a": ["x", "y"]], value: 0.25),
        ]
        for list in [items, [], [items[0]]] {
            let value = Outer(name: "outer", first: Inner(empty: [], items: list, zed: "z"))
            var skeleton = value
            skeleton.first.items = []
            let parts = [PartedJSON.Part(key: "items", indent: 4, count: list.count) { list[$0] }]
            let parted = String(decoding: try PartedJSON.bytes(skeleton: skeleton, parts: parts), as: UTF8.self)
            #expect(parted == (try whole(value)))
        }
    }

    @Test("a key the skeleton lacks is an error, not silently dropped")
    func missingKey() throws {
        let value = Inner(empty: [], items: [], zed: "z")
        let parts = [PartedJSON.Part(key: "absent", indent: 2, count: 1) { _ in 1 }]
        #expect(throws: PartedJSON.MissingArray.self) { try PartedJSON.bytes(skeleton: value, parts: parts) }
    }
}
