import CrosscheckSchema

/// Turns the matched sentences of two documents into a `ReprintPair`: paragraph and sentence
/// passages, each document's shared share, and the likely original.
struct ReprintPassageBuilder {
    let documents: [ParsedDocument]
    let scalars: [[Unicode.Scalar]]
    let threshold: Double
    /// The spans' words and shingles, made once across the pairs this builder builds.
    let shingles: SpanShingles
    /// Each document's paragraphs by number: sentence count and body span, made once.
    let paragraphs: [[Int: Paragraph]]

    /// A paragraph's sentence count, and its body from its first sentence's start to its last's end.
    struct Paragraph {
        var sentences: Int
        var span: TextSpan
    }

    init(documents: [ParsedDocument], scalars: [[Unicode.Scalar]], threshold: Double) {
        self.documents = documents
        self.scalars = scalars
        self.threshold = threshold
        shingles = SpanShingles(scalars: scalars)
        paragraphs = documents.map { document in
            var table: [Int: Paragraph] = [:]
            for sentence in document.sentences {
                if var known = table[sentence.paragraph] {
                    known.sentences += 1
                    known.span.end = sentence.end
                    table[sentence.paragraph] = known
                } else {
                    table[sentence.paragraph] = Paragraph(sentences: 1, span: TextSpan(start: sentence.start, end: sentence.end))
                }
            }
            return table
        }
    }

    func pair(_ a: Int, _ b: Int, matches: [SentenceMatch], fragments: [FragmentMatch] = []) -> ReprintPair? {
        let sorted = matches.sorted { ($0.a, $0.b) < ($1.a, $1.b) }
        guard !sorted.isEmpty || !fragments.isEmpty else { return nil }
        var passages: [(spanA: TextSpan, spanB: TextSpan, level: String, wordsA: Int, wordsB: Int)] = []
        var used = Set<Int>()
        let paragraphPairs = Set(sorted.map { ParagraphPair(a: sentenceParagraph(a, $0.a), b: sentenceParagraph(b, $0.b)) })
        for paragraphs in paragraphPairs.sorted(by: { ($0.a, $0.b) < ($1.a, $1.b) }) {
            let spanA = paragraphSpan(a, paragraphs.a), spanB = paragraphSpan(b, paragraphs.b)
            guard sentenceCount(a, paragraphs.a) >= 2, sentenceCount(b, paragraphs.b) >= 2,
                similarity(a, spanA, b, spanB) >= threshold
            else { continue }
            let members = sorted.indices.filter {
                sentenceParagraph(a, sorted[$0].a) == paragraphs.a && sentenceParagraph(b, sorted[$0].b) == paragraphs.b
            }
            used.formUnion(members)
            passages.append((spanA, spanB, "paragraph", words(a, spanA), words(b, spanB)))
        }
        var run: [SentenceMatch] = []
        func closeRun() {
            guard let first = run.first, let last = run.last else { return }
            let spanA = TextSpan(start: sentence(a, first.a).start, end: sentence(a, last.a).end)
            let spanB = TextSpan(start: sentence(b, first.b).start, end: sentence(b, last.b).end)
            passages.append((spanA, spanB, "sentence", run.reduce(0) { $0 + $1.wordsA }, run.reduce(0) { $0 + $1.wordsB }))
            run = []
        }
        for (i, match) in sorted.enumerated() where !used.contains(i) {
            if let last = run.last, match.a == last.a + 1, match.b == last.b + 1 {
                run.append(match)
            } else {
                closeRun()
                run = [match]
            }
        }
        closeRun()
        for fragment in fragments.sorted(by: { ($0.a, $0.b) < ($1.a, $1.b) }) {
            let spanA = fragmentSpan(a, fragment.a, from: fragment.run.a, words: fragment.run.length)
            let spanB = fragmentSpan(b, fragment.b, from: fragment.run.b, words: fragment.run.length)
            passages.append((spanA, spanB, "fragment", fragment.run.length, fragment.run.length))
        }
        passages.sort { ($0.spanA.start, $0.spanB.start) < ($1.spanA.start, $1.spanB.start) }
        let idA = documents[a].id, idB = documents[b].id
        let shared = [share(a, passages.map(\.spanA)), share(b, passages.map(\.spanB))]
        let (original, by) = likelyOriginal(
            a, b, wordsA: passages.reduce(0) { $0 + $1.wordsA },
            wordsB: passages.reduce(0) { $0 + $1.wordsB })
        return ReprintPair(
            docs: [idA, idB], shared: shared, original: original, originalBy: by,
            passages: passages.map { p in
                SharedPassage(
                    level: p.level, similarity: Self.rounded(similarity(a, p.spanA, b, p.spanB)),
                    spans: [
                        DocumentSpan(doc: idA, start: p.spanA.start, end: p.spanA.end),
                        DocumentSpan(doc: idB, start: p.spanB.start, end: p.spanB.end),
                    ])
            })
    }

    private struct ParagraphPair: Hashable {
        var a: Int
        var b: Int
    }

    private func sentence(_ d: Int, _ s: Int) -> Sentence { documents[d].sentences[s] }
    private func sentenceParagraph(_ d: Int, _ s: Int) -> Int { documents[d].sentences[s].paragraph }
    private func sentenceCount(_ d: Int, _ p: Int) -> Int { paragraphs[d][p]?.sentences ?? 0 }

    /// The paragraph's body: from its first sentence's start to its last's end.
    private func paragraphSpan(_ d: Int, _ p: Int) -> TextSpan { paragraphs[d][p]?.span ?? TextSpan(start: 0, end: 0) }

    /// The characters of `words` words of sentence `s`, from its word `from`.
    private func fragmentSpan(_ d: Int, _ s: Int, from: Int, words: Int) -> TextSpan {
        let sentence = documents[d].sentences[s]
        let spans = TextShingles.wordSpans(scalars[d], start: sentence.start, end: sentence.end)
        guard from >= 0, from + words <= spans.count, words > 0 else { return sentence.span }
        return TextSpan(start: spans[from].start, end: spans[from + words - 1].end)
    }

    private func words(_ d: Int, _ span: TextSpan) -> Int {
        shingles.words(d, span).count
    }

    private func similarity(_ a: Int, _ spanA: TextSpan, _ b: Int, _ spanB: TextSpan) -> Double {
        shingles.hashes(a, spanA).sortedJaccard(shingles.hashes(b, spanB))
    }

    /// How much of document `d`'s body sentences the passages cover, in characters.
    private func share(_ d: Int, _ spans: [TextSpan]) -> ReprintShare {
        let sentences = documents[d].sentences
        let total = sentences.reduce(0) { $0 + $1.end - $1.start }
        var merged: [TextSpan] = []
        for span in spans.sorted() {
            if let last = merged.last, span.start <= last.end {
                merged[merged.count - 1].end = max(last.end, span.end)
            } else {
                merged.append(span)
            }
        }
        let covered = sentences.reduce(0) { sum, s in
            sum + merged.reduce(0) { $0 + max(0, min($1.end, s.end) - max($1.start, s.start)) }
        }
        return ReprintShare(
            doc: documents[d].id, share: total == 0 ? 0 : Self.rounded(Double(covered) / Double(total)),
            chars: covered)
    }

    private func likelyOriginal(_ a: Int, _ b: Int, wordsA: Int, wordsB: Int) -> (String?, String?) {
        if let pa = documents[a].published, let pb = documents[b].published, pa != pb {
            return (pa < pb ? documents[a].id : documents[b].id, "earliest-published")
        }
        if wordsA != wordsB {
            return (wordsA > wordsB ? documents[a].id : documents[b].id, "complete-passage")
        }
        return (nil, nil)
    }

    static func rounded(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
}
