import BenchmarkSupport
import CrosscheckSchema
import Foundation
import MatcherKit

/// Times `ReprintDetector.detect` on synthetic corpora with planted reposts (generation is not
/// timed) and checks what it found against what was planted.
///
/// Each corpus has `documents` articles of 24–40 sentences over a 6,000-word made-up vocabulary;
/// every 20th is a lightly edited repost of an earlier one (one word in ten replaced, its last
/// paragraph dropped), and every article ends with the same sign-off sentence, which the detector
/// must not take for shared text. All of it comes from a fixed-seed generator.
enum ReprintBenchmark {
    /// One corpus's timing and what was found against what was planted.
    struct Result: Sendable {
        var documents: Int
        var sentences: Int
        var seconds: Double
        var planted: Int
        var found: Int
        var foundPlanted: Int
        /// Pairs found whose documents are not linked by planted reposts (directly or through a repost of a repost).
        var unrelated: Int
    }

    static func run(documents: Int) -> Result {
        let (corpus, planted) = corpus(documents: documents)
        let clock = ContinuousClock()
        var pairs: [ReprintPair] = []
        let elapsed = clock.measure { pairs = ReprintDetector().detect(corpus) }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let found = Set(pairs.map { $0.docs.joined(separator: "|") })
        // A repost's family is its first original (a repost of a repost belongs to it too).
        var original: [Int: Int] = [:]
        for key in planted {
            let ids = key.split(separator: "|").compactMap { Int($0.dropFirst()) }
            if ids.count == 2 { original[ids[1]] = ids[0] }
        }
        func family(_ id: Int) -> Int {
            var id = id
            while let next = original[id] { id = next }
            return id
        }
        let unrelated = pairs.filter { pair in
            let ids = pair.docs.compactMap { Int($0.dropFirst()) }
            return ids.count != 2 || family(ids[0]) != family(ids[1])
        }.count
        return Result(
            documents: documents, sentences: corpus.reduce(0) { $0 + $1.sentences.count }, seconds: seconds,
            planted: planted.count, found: pairs.count, foundPlanted: planted.filter(found.contains).count,
            unrelated: unrelated)
    }

    /// The corpus and the planted pairs as `original|repost` id keys.
    static func corpus(documents: Int) -> ([ParsedDocument], [String]) {
        var random = SplitMix(seed: 13)
        let syllables = ["ka", "lo", "mi", "ter", "sun", "da", "vel", "or", "pa", "ni", "ros", "te", "gul", "en", "bri", "sa"]
        let vocabulary = (0..<6000).map { n -> String in
            var word = ""
            var k = n
            repeat {
                word += syllables[k % syllables.count]
                k /= syllables.count
            } while k > 0
            return word
        }
        let signOff = "Readers can reach the newsroom with tips and corrections through the contact page at any time."
        var docs: [ParsedDocument] = []
        var planted: [String] = []
        var paragraphsOf: [[String]] = []
        for n in 0..<documents {
            var paragraphs: [String]
            if n % 20 == 19, n > 20 {
                let source = Int(random.next() % UInt64(n - 1))
                paragraphs = paragraphsOf[source].dropLast().map { edit($0, vocabulary: vocabulary, random: &random) }
                planted.append("d\(source)|d\(n)")
            } else {
                paragraphs = (0..<(4 + Int(random.next() % 4))).map { _ in
                    (0..<(4 + Int(random.next() % 3))).map { _ in sentence(vocabulary, random: &random) }.joined(separator: " ")
                }
            }
            paragraphsOf.append(paragraphs)
            docs.append(document(id: "d\(n)", paragraphs: paragraphs + [signOff]))
        }
        return (docs, planted)
    }

    private static func sentence(_ vocabulary: [String], random: inout SplitMix) -> String {
        let words = (0..<(12 + Int(random.next() % 14))).map { _ in vocabulary[Int(random.next() % UInt64(vocabulary.count))] }
        return words.joined(separator: " ").prefix(1).uppercased() + words.joined(separator: " ").dropFirst() + "."
    }

    private static func edit(_ paragraph: String, vocabulary: [String], random: inout SplitMix) -> String {
        paragraph.split(separator: " ").map { word in
            random.next() % 10 == 0 ? vocabulary[Int(random.next() % UInt64(vocabulary.count))] + (word.hasSuffix(".") ? "." : "") : String(word)
        }.joined(separator: " ")
    }

    /// A parsed document whose paragraphs are separated by blank lines and sentences end at ". ".
    static func document(id: String, paragraphs: [String]) -> ParsedDocument {
        var text = ""
        var sentences: [Sentence] = []
        for (p, paragraph) in paragraphs.enumerated() {
            if p > 0 { text += "\n\n" }
            var offset = text.unicodeScalars.count
            for (i, part) in paragraph.components(separatedBy: ". ").enumerated() {
                let sentence = part.hasSuffix(".") ? part : part + "."
                if i > 0 {
                    text += " "
                    offset += 1
                }
                let length = sentence.unicodeScalars.count
                sentences.append(Sentence(start: offset, end: offset + length, paragraph: p))
                text += sentence
                offset += length
            }
        }
        return ParsedDocument(id: id, path: "\(id).txt", text: text, sentences: sentences)
    }
}
