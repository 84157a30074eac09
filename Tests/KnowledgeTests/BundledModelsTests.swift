import Foundation
import Testing

@testable import Knowledge

/// A bundled model that is missing throws a `KnowledgeError` naming its file, never an empty model.
@Suite struct BundledModelsTests {
    @Test func shippedModelIsRead() throws {
        let data = try BundledModels.data(named: "name-typer")
        #expect(!data.isEmpty)
    }

    @Test func missingModelNamesItsFile() {
        let error = #expect(throws: KnowledgeError.self) { try BundledModels.data(named: "no-such-model") }
        guard case .unreadableFile(let path, _) = error else {
            Issue.record("expected unreadableFile, got \(String(describing: error))")
            return
        }
        #expect(path.hasSuffix("models/no-such-model.json"))
    }
}
