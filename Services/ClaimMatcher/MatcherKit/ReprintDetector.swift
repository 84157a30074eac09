import CrosscheckSchema

/// Finds documents that share text — a reprint, a lightly edited repost, syndicated wire copy —
/// and the passages they share, without comparing every pair of documents.
///
/// Body sentences of at least `minimumWords` words are shingled (word 3-grams) and indexed with
/// MinHash/LSH (`MinHashIndex`); candidate sentence pairs from different documents are kept when
/// their exact Jaccard similarity reaches `threshold`. Matched sentences are then read at the
/// paragraph level: two paragraphs of two or more sentences whose shingles match as a whole
/// make one `paragraph` passage; other matched sentences in runs (next sentence matching next
/// sentence) make `sentence` passages. Sentences that differ as a whole but share a run of
/// `fragmentWords` identical words make `fragment` passages (`FragmentFinder`). The likely original is the earlier published document,
/// else the one whose copies of the passages are longer (complete where the other cut).
public struct ReprintDetector: Sendable {
    public var minimumWords = 8
    public var threshold = 0.5
    public var maxBucketDocuments = 64
    /// Identical words in a row that make a shared `fragment` inside otherwise different sentences.
    public var fragmentWords = 10

    public init() {}

    /// One body sentence as a unit of comparison.
    struct SentenceUnit {
        var document: Int
        var sentence: Int
        var shingles: [UInt64]
        var words: [UInt64]
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
                units.append(SentenceUnit(document: d, sentence: s, shingles: TextShingles.hashes(words), words: words))
            }
        }
        let index = MinHashIndex(maxBucketDocuments: maxBucketDocuments)
        var matches: [DocumentPairKey: [SentenceMatch]] = [:]
        for (a, b) in index.candidates(units.map { MinHashIndex.Unit(document: $0.document, shingles: $0.shingles) }) {
            let similarity = units[a].shingles.sortedJaccard(units[b].shingles)
            guard similarity >= threshold else { continue }
            let (x, y) = units[a].document < units[b].document ? (units[a], units[b]) : (units[b], units[a])
            matches[DocumentPairKey(a: x.document, b: y.document), default: []]
                .append(SentenceMatch(a: x.sentence, b: y.sentence, wordsA: x.words.count, wordsB: y.words.count))
        }
        let fragments = sharedFragments(units, besides: matches)
        let builder = ReprintPassageBuilder(documents: documents, scalars: scalars, threshold: threshold)
        let keys = Set(matches.keys).union(fragments.keys).sorted { ($0.a, $0.b) < ($1.a, $1.b) }
        return keys.compactMap { key in
            builder.pair(key.a, key.b, matches: matches[key] ?? [], fragments: fragments[key] ?? [])
        }
    }

    /// Runs of identical wording in sentence pairs that did not match as whole sentences.
    func sharedFragments(_ units: [SentenceUnit], besides matches: [DocumentPairKey: [SentenceMatch]])
        -> [DocumentPairKey: [FragmentMatch]]
    {
        let finder = FragmentFinder(minimumRun: fragmentWords, maxBucketDocuments: maxBucketDocuments)
        var fragments: [DocumentPairKey: [FragmentMatch]] = [:]
        for (a, b) in finder.candidates(units.map { FragmentFinder.Unit(document: $0.document, words: $0.words) }) {
            let (x, y) = units[a].document < units[b].document ? (units[a], units[b]) : (units[b], units[a])
            let key = DocumentPairKey(a: x.document, b: y.document)
            guard !(matches[key] ?? []).contains(where: { $0.a == x.sentence && $0.b == y.sentence }),
                let run = finder.longestRun(x.words, y.words)
            else { continue }
            fragments[key, default: []].append(FragmentMatch(a: x.sentence, b: y.sentence, run: run))
        }
        return fragments
    }
}

/// Two documents (or stories, by a document's index) by index, lower first.
struct DocumentPairKey: Hashable {
    var a: Int
    var b: Int
}

extension DocumentPairKey {
    /// The pair of `x` and `y` in either order.
    init(_ x: Int, _ y: Int) {
        (a, b) = x < y ? (x, y) : (y, x)
    }
}

/// A run of identical words shared by sentence `a` of one document and `b` of another.
struct FragmentMatch: Equatable {
    var a: Int
    var b: Int
    var run: FragmentFinder.Run
}

/// One sentence of document `a` matching one of document `b`.
struct SentenceMatch: Equatable {
    var a: Int
    var b: Int
    var wordsA: Int
    var wordsB: Int
}
