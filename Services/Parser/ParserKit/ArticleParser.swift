import CrosscheckSchema
import Knowledge

/// Turns one raw article into structure the other stages can trust: metadata, headings,
/// paragraphs, sentences, quotes with speakers and indirect speech, all as code point spans
/// into the original text.
///
/// Choices worth knowing:
/// - Empty, whitespace-only and binary input throw `ErrorReport(code: "bad-input")` naming the
///   file. Invalid UTF-8 is decoded with U+FFFD and a warning. An HTML page is parsed with its
///   markup blanked out (offsets stay those of the original page) and listed in `removed` as
///   `markup`. A file of nothing but boilerplate gives a document without sentences and a
///   "no body text" warning.
/// - A text cut off mid-sentence at its end is `truncated`; the unfinished fragment is not a
///   sentence but a `removed` span with reason `truncated`.
/// - "Label: text" lines keep the label out of the sentence; the label is listed as a heading.
public struct ArticleParser: Sendable {
    let lexicon: ParserLexicon

    /// A parser whose reporting verbs, abbreviations and boilerplate cues include the
    /// knowledge base's lexicon on top of the built-in layout cues.
    public init(knowledge: KnowledgeBase) {
        self.lexicon = ParserLexicon.standard.extended(by: knowledge.lexicon)
    }

    /// A parser with the built-in cue lists only.
    public init() {
        self.lexicon = .standard
    }

    init(lexicon: ParserLexicon) {
        self.lexicon = lexicon
    }

    public func parse(_ raw: RawDocument) throws -> ParsedDocument {
        let decoded = try DocumentDecoder().decode(raw)
        var warnings = decoded.warnings
        let source = Array(decoded.text.unicodeScalars)
        var view = source
        var removed: [RemovedSpan] = []
        let masker = MarkupMasker()
        if masker.looksLikeMarkup(source) {
            let masked = masker.mask(source)
            view = masked.view
            removed += masked.markup.map { RemovedSpan(start: $0.start, end: $0.end, reason: "markup") }
            warnings.append("\(raw.path): HTML page; \(masked.tagCount) tags stripped, offsets refer to the page source")
        }

        let lines = TextLine.split(view)
        let layout = LineClassifier(lexicon: lexicon).classify(lines, view: view)
        let plan = ParagraphAssembler(lexicon: lexicon).assemble(lines, roles: layout.roles, view: view)
        removed += layout.removed + plan.removed

        let segmenter = SentenceSegmenter(lexicon: lexicon)
        var sentences: [Sentence] = []
        for (index, paragraph) in plan.paragraphs.enumerated() {
            for span in segmenter.segment(view, from: paragraph.start, to: paragraph.end) {
                sentences.append(Sentence(start: span.start, end: span.end, paragraph: index))
            }
        }

        var truncated = false
        if let lastParagraph = plan.paragraphs.last, !lastParagraph.isListItem,
           let lastContent = lines.lastIndex(where: { !$0.isBlank }), lastParagraph.lastLine == lastContent,
           let last = sentences.last, Self.isCutOff(view, last) {
            truncated = true
            sentences.removeLast()
            removed.append(RemovedSpan(start: last.start, end: last.end, reason: "truncated"))
            warnings.append("\(raw.path): text stops mid-sentence; the unfinished fragment is left out")
        }
        if sentences.isEmpty {
            warnings.append("\(raw.path): no body text")
        }

        let paragraphs = plan.paragraphs.map { TextSpan(start: $0.start, end: $0.end) }
        let headings = (layout.headings + plan.headings).sorted()
        let speakers = SpeakerFinder(lexicon: lexicon, view: view)
        let quotes = QuoteFinder(speakers: speakers)
            .find(in: (paragraphs + headings).sorted(), sentences: sentences, paragraphs: paragraphs)
        let attributions = AttributionFinder(speakers: speakers).find(in: sentences, quotes: quotes)
        let words = sentences.reduce(0) { $0 + WordCounter.count(view, from: $1.start, to: $1.end) }

        return ParsedDocument(
            id: raw.id, path: raw.path, text: decoded.text, title: layout.title,
            outlet: layout.outlet ?? plan.agency, authors: layout.authors,
            published: layout.published ?? plan.published, words: words, truncated: truncated,
            headings: headings, paragraphs: paragraphs, sentences: sentences, quotes: quotes,
            attributions: attributions, removed: removed.sorted { ($0.start, $0.end) < ($1.start, $1.end) },
            warnings: warnings
        )
    }

    /// Whether a final sentence stops without terminal punctuation or trails off in an ellipsis.
    static func isCutOff(_ view: [Unicode.Scalar], _ sentence: Sentence) -> Bool {
        var e = sentence.end - 1
        while e > sentence.start, ScalarClass.isCloser(view[e]) || ScalarClass.isSpace(view[e]) { e -= 1 }
        let last = view[e]
        if last == "…" { return true }
        if last == ".", e >= sentence.start + 2, view[e - 1] == ".", view[e - 2] == "." { return true }
        return !ScalarClass.isTerminator(last)
    }
}
