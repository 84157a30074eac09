import CrosscheckSchema
import Foundation

/// The five seed articles turned into an analysis by hand (naive sentence split, a handful of
/// hand-picked claims), so the writer can be exercised on real text before the other stages exist.
enum SeedBundle {
    static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Splits text into paragraphs at line breaks and sentences after `. ! ?` followed by a space.
    static func parse(id: String, text: String) -> ParsedDocument {
        let scalars = Array(text.unicodeScalars)
        var sentences: [Sentence] = []
        var paragraphs: [TextSpan] = []
        var lineStart = 0
        func addLine(_ start: Int, _ end: Int) {
            var s = start
            while s < end, scalars[s] == " " { s += 1 }
            guard s < end else { return }
            let paragraph = paragraphs.count
            paragraphs.append(TextSpan(start: s, end: end))
            var i = s
            while i < end {
                let isStop = scalars[i] == "." || scalars[i] == "!" || scalars[i] == "?"
                if isStop, i + 1 == end || scalars[i + 1] == " " {
                    sentences.append(Sentence(start: s, end: i + 1, paragraph: paragraph))
                    s = i + 1
                    while s < end, scalars[s] == " " { s += 1 }
                    i = s
                    continue
                }
                i += 1
            }
            if s < end { sentences.append(Sentence(start: s, end: end, paragraph: paragraph)) }
        }
        for (i, scalar) in scalars.enumerated() where scalar == "\n" {
            addLine(lineStart, i)
            lineStart = i + 1
        }
        addLine(lineStart, scalars.count)
        let words = text.split(whereSeparator: { $0.isWhitespace }).count
        return ParsedDocument(id: id, path: "seeds/\(id).txt", text: text, words: words, paragraphs: paragraphs, sentences: sentences)
    }

    /// A claim on the first sentence of `doc` containing `needle`, spanning that sentence.
    static func claim(_ doc: ParsedDocument, _ n: Int, containing needle: String, slots: [String: SlotValue]) -> Claim? {
        let text = SourceText(doc.text)
        for (i, s) in doc.sentences.enumerated() {
            let sentence = text[s.start, s.end]
            if sentence.contains(needle) {
                return Claim(
                    id: "\(doc.id)#c\(n)", doc: doc.id, sentence: i, start: s.start, end: s.end, text: sentence,
                    predicate: "sign", object: "declaration", slots: slots)
            }
        }
        return nil
    }

    static func analysis() throws -> Analysis {
        let folder = root.appendingPathComponent("seeds")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        let docs = try names.map { name in
            parse(id: String(name.dropLast(4)), text: try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        }
        func doc(_ prefix: String) -> ParsedDocument? { docs.first { $0.id.hasPrefix(prefix) } }
        var claims: [Claim] = []
        if let d = doc("000_"), let c = claim(d, 0, containing: "March 18, 2025", slots: ["date": .text("2025-03-18")]) { claims.append(c) }
        if let d = doc("004_"), let c = claim(d, 0, containing: "18 March 2025", slots: ["date": .text("2025-03-18")]) { claims.append(c) }
        if let d = doc("001_"), let c = claim(d, 0, containing: "19 March 2025", slots: ["date": .text("2025-03-19")]) { claims.append(c) }
        if let d = doc("003_"), let c = claim(d, 0, containing: "signed last week in Tirana", slots: [:]) { claims.append(c) }
        let on18 = claims.filter { $0.slots["date"] == .text("2025-03-18") }
        let on19 = claims.filter { $0.slots["date"] == .text("2025-03-19") }
        let cluster = Cluster(
            id: "k1", label: "Signing of the trilateral declaration", claims: claims.map(\.id),
            docs: claims.map(\.doc), status: .conflicting,
            conflicts: [
                SlotConflict(
                    slot: "date",
                    values: [
                        SlotConflictValue(value: .text("2025-03-18"), docs: on18.map(\.doc), claims: on18.map(\.id)),
                        SlotConflictValue(value: .text("2025-03-19"), docs: on19.map(\.doc), claims: on19.map(\.id)),
                    ])
            ])
        return Analysis(
            documents: docs.map { ResolvedDocument(document: $0) }, entities: [], claims: claims, clusters: [cluster],
            timeline: [TimelineEntry(date: "2025-03-18", label: "Declaration signed in Tirana", clusters: ["k1"], docs: on18.map(\.doc))])
    }
}
