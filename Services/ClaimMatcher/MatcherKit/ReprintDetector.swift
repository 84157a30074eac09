import CrosscheckSchema

/// Finds documents that share text — a reprint, a lightly edited repost, syndicated wire copy —
/// and the passages they share, without comparing every pair of documents.
///
/// Body sentences of at least `minimumWords` words are shingled (word 3-grams) and indexed with
/// MinHash/LSH (`MinHashIndex`); candidate sentence pairs from different documents are kept when
/// their exact Jaccard similarity reaches `threshold`. Matched sentences are then read at the
/// paragraph level: two paragraphs of two or more sentences whose shingles match as a whole
/// make one `paragraph` passage; other matched sentences in runs (next sentence matching next
/// sentence) make `sentence` passages. The likely original is the earlier published document,
/// else the one whose copies of the passages are longer (complete where the other cut).
public struct ReprintDetector: Sendable {
    public var minimumWords = 8
    public var threshold = 0.5
    public var maxBucketDocuments = 64

    public init() {}

    /// One body sentence as a unit of comparison.
    struct SentenceUnit {
        var document: Int
        var sentence: Int
        var shingles: [UInt64]
        var words: Int
    }

    public func detect(_ documents: [ParsedDocument]) -> [ReprintPair] {
        var units: [SentenceUnit] = []
        var scalars: [[Unicode.Scalar]] = []
        for (d, doc) in documents.enumerated() {
            let text = Array(doc.text.unicodeScalars)
            scalars.append(text)
            for (s, sentence) in doc.sentences.enumerated() {
                let words = TextShingles.words(text, start: sentence.start, end: sentence.end)
                guard words.count >= minimumWords else { continue }
                units.append(SentenceUnit(document: d, sentence: s, shingles: TextShingles.hashes(words), words: words.count))
            }
        }
        let index = MinHashIndex(maxBucketDocuments: maxBucketDocuments)
        var matches: [DocumentPairKey: [SentenceMatch]] = [:]
        for (a, b) in index.candidates(units.map { MinHashIndex.Unit(document: $0.document, shingles: $0.shingles) }) {
            let similarity = TextShingles.jaccard(units[a].shingles, units[b].shingles)
            guard similarity >= threshold else { continue }
            let (x, y) = units[a].document < units[b].document ? (units[a], units[b]) : (units[b], units[a])
            matches[DocumentPairKey(a: x.document, b: y.document), default: []]
                .append(SentenceMatch(a: x.sentence, b: y.sentence, wordsA: x.words, wordsB: y.words))
        }
        let builder = ReprintPassageBuilder(documents: documents, scalars: scalars, threshold: threshold)
        return matches.keys.sorted { ($0.a, $0.b) < ($1.a, $1.b) }.compactMap { key in
            builder.pair(key.a, key.b, matches: matches[key] ?? [])
        }
    }
}

/// Two documents by index, lower first.
struct DocumentPairKey: Hashable {
    var a: Int
    var b: Int
}

/// One sentence of document `a` matching one of document `b`.
struct SentenceMatch: Equatable {
    var a: Int
    var b: Int
    var wordsA: Int
    var wordsB: Int
}
