import CrosscheckSchema
import Foundation
import Knowledge
import ParserKit

/// Article texts for the stage benchmarks: every `.txt` of the demo corpus and of the test
/// bundles (other events, other layouts), repeated round-robin up to the requested size.
enum BenchCorpus {
    static func texts(root: URL) throws -> [String] {
        let folders = ["seeds", "Tests/ParserTests/Fixtures", "Tests/Gold/bundles"]
        var texts: [String] = []
        for folder in folders {
            let base = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker where url.pathExtension == "txt" {
                let text = try String(contentsOf: url, encoding: .utf8)
                if text.count > 200 { texts.append(text) }
            }
        }
        return texts.sorted()
    }

    /// Raw documents totalling at least `bytes` bytes.
    static func documents(bytes: Int, root: URL) throws -> [RawDocument] {
        let texts = try texts(root: root)
        guard !texts.isEmpty else { throw BenchError("no corpus texts under \(root.path); run from the repository root") }
        var documents: [RawDocument] = []
        var total = 0
        while total < bytes {
            let text = texts[documents.count % texts.count]
            documents.append(RawDocument(id: "b\(documents.count)", path: "bench/b\(documents.count).txt", data: Data(text.utf8)))
            total += text.utf8.count
        }
        return documents
    }
}

extension BenchCorpus {
    /// The corpus documents, parsed; run from the repository root.
    static func parsed(bytes: Int, knowledge: KnowledgeBase) throws -> [ParsedDocument] {
        let parser = ArticleParser(knowledge: knowledge)
        // try?: the parser fixtures include deliberately bad inputs, which the benchmark skips.
        return try documents(bytes: bytes, root: URL(fileURLWithPath: ".")).compactMap { try? parser.parse($0) }
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
