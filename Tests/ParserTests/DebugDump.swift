import Foundation
import Testing
import CrosscheckSchema
@testable import ParserKit

@Test(.enabled(if: ProcessInfo.processInfo.environment["PARSER_DUMP"] != nil))
func dumpSeeds() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let dir = ProcessInfo.processInfo.environment["PARSER_DUMP"].flatMap { $0.isEmpty || $0 == "1" ? nil : URL(fileURLWithPath: $0) } ?? root.appendingPathComponent("seeds")
    let files = try FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil).sorted { $0.path < $1.path }
    for file in files where file.pathExtension == "txt" {
        let data = try Data(contentsOf: file)
        let raw = RawDocument(id: file.deletingPathExtension().lastPathComponent, path: file.path, data: data)
        let doc = try ArticleParser().parse(raw)
        let src = SourceText(doc.text)
        print("=========== \(file.lastPathComponent)")
        print("title=\(doc.title ?? "nil") outlet=\(doc.outlet ?? "nil") authors=\(doc.authors) published=\(doc.published ?? "nil") words=\(doc.words) truncated=\(doc.truncated) warnings=\(doc.warnings)")
        for h in doc.headings { print("  H: \(src[h])") }
        for r in doc.removed { print("  R[\(r.reason)]: \(src[r.start, r.end].prefix(80))") }
        for (i, s) in doc.sentences.enumerated() { print("  S\(i)/p\(s.paragraph): \(src[s.span])") }
        for q in doc.quotes { print("  Q[\(q.kind)] s=\(q.sentence.map(String.init) ?? "-") \(src[q.start, q.end]) speaker=\(q.speakerText ?? "nil")") }
        for a in doc.attributions { print("  A s=\(a.sentence) \(a.speakerText) [\(a.cue)] -> \(src[a.content].prefix(90))") }
    }
}
