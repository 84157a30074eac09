import CrosscheckSchema
import Knowledge
import TextCore

/// Turns one raw article into structure the other stages can trust: metadata, headings,
/// paragraphs, sentences, quotes with speakers and indirect speech, all as code point spans
/// into the original text.
///
/// Choices worth knowing:
/// - Empty, whitespace-only and binary input throw `ErrorReport(code: "bad-input")` naming the
///   file. Invalid UTF-8 is decoded with U+FFFD and a warning. An HTML page is read through
///   `HTMLExtractor`: the document's text is the page's extracted text (offsets index it), page
///   furniture is listed in `removed` with its reason, and the page's metadata fills what the
///   input does not state. A file of nothing but boilerplate gives a document without sentences
///   and a "no body text" warning.
/// - Metadata the input states (a JSON Lines record) overrides the page's, which overrides what
///   the text implies; `origins` says which each value is.
/// - A text cut off mid-sentence at its end is `truncated`; the unfinished fragment is not a
///   sentence but a `removed` span with reason `truncated`.
/// - "Label: text" lines keep the label out of the sentence; the label is listed as a heading.
/// - At most `maxSentences` sentences of a document are analysed: the text after them is a
///   `removed` span with reason `over-limit`, and a warning (in `run.json`) says how much was
///   left out. This bounds what a huge document costs every later stage.
public struct ArticleParser: Sendable {
    let lexicon: ParserLexicon
    /// Sentences analysed per document; the default is far beyond any news article.
    public var maxSentences = ArticleParser.defaultMaxSentences
    public static let defaultMaxSentences = 5_000

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
        let input = try readable(raw, decoded)
        var warnings = decoded.warnings + input.warnings
        var removed = input.removed
        var view = Array(input.text.unicodeScalars)
        for span in input.removed {
            for k in span.start..<span.end where !ScalarClass.isLineBreak(view[k]) { view[k] = " " }
        }

        let lines = TextLine.split(view)
        let layout = LineClassifier(lexicon: lexicon).classify(lines, view: view)
        let plan = ParagraphAssembler(lexicon: lexicon).assemble(lines, roles: layout.roles, view: view)
        removed += layout.removed + plan.removed

        let segmenter = SentenceSegmenter(lexicon: lexicon)
        var sentences: [Sentence] = []
        var planned = plan.paragraphs
        for (index, paragraph) in plan.paragraphs.enumerated() {
            for span in segmenter.segment(view, from: paragraph.start, to: paragraph.end) {
                sentences.append(Sentence(start: span.start, end: span.end, paragraph: index))
            }
            if sentences.count > maxSentences {
                let cut = sentences[maxSentences].start
                sentences.removeSubrange(maxSentences...)
                planned = Array(plan.paragraphs.prefix(index + 1))
                planned[index].end = min(planned[index].end, cut)
                removed.append(RemovedSpan(start: cut, end: view.count, reason: "over-limit"))
                let share = String(format: "%.0f%%", 100 * Double(cut) / Double(max(1, view.count)))
                warnings.append(
                    "\(raw.path): only the first \(maxSentences) sentences (\(share) of the text) were analysed, "
                        + "the per-document limit; the rest is left out")
                break
            }
        }

        var truncated = false
        if planned.count == plan.paragraphs.count, let lastParagraph = plan.paragraphs.last, !lastParagraph.isListItem,
            let lastContent = lines.lastIndex(where: { !$0.isBlank }), lastParagraph.lastLine == lastContent,
            let last = sentences.last, Self.isCutOff(view, last)
        {
            truncated = true
            sentences.removeLast()
            removed.append(RemovedSpan(start: last.start, end: last.end, reason: "truncated"))
            warnings.append("\(raw.path): text stops mid-sentence; the unfinished fragment is left out")
        }
        if sentences.isEmpty {
            warnings.append("\(raw.path): no body text")
        }

        let paragraphs = planned.map { TextSpan(start: $0.start, end: $0.end) }
        let limit = planned.last?.end ?? view.count
        let headings = (layout.headings + plan.headings).filter { planned.count == plan.paragraphs.count || $0.start < limit }.sorted()
        let speakers = SpeakerFinder(lexicon: lexicon, view: view)
        let quotes = QuoteFinder(speakers: speakers)
            .find(in: (paragraphs + headings).sorted(), sentences: sentences, paragraphs: paragraphs)
        let attributions = AttributionFinder(speakers: speakers).find(in: sentences, quotes: quotes)
        let words = sentences.reduce(0) { $0 + WordCounter.count(view, from: $1.start, to: $1.end) }
        let meta = MetadataMerger(given: raw.given, page: input.page, path: raw.path)
            .merge(
                title: layout.title, outlet: layout.outlet ?? plan.agency, authors: layout.authors,
                published: layout.published ?? plan.published)

        var document = ParsedDocument(
            id: raw.id, path: raw.path, text: input.text, title: meta.title,
            outlet: meta.outlet, authors: meta.authors,
            published: meta.published, words: words, truncated: truncated,
            headings: headings, paragraphs: paragraphs, sentences: sentences, quotes: quotes,
            attributions: attributions, removed: removed.sorted { ($0.start, $0.end) < ($1.start, $1.end) },
            warnings: warnings + meta.warnings
        )
        document.url = meta.url
        document.language = meta.language
        document.format = input.page == nil ? .text : .html
        document.origins = meta.origins.isEmpty ? nil : meta.origins
        document.extra = raw.extra
        return document
    }

    /// The text to analyse: the decoded input, or for an HTML page its extracted text with the
    /// page's furniture listed as removed and its own metadata.
    struct Readable {
        var text: String
        var removed: [RemovedSpan]
        var page: PageMetadata?
        var warnings: [String]
    }

    func readable(_ raw: RawDocument, _ decoded: DocumentDecoder.Decoded) throws -> Readable {
        let isHTML = raw.format == .html || (raw.format == nil && MarkupDetector().looksLikeMarkup(Array(decoded.text.unicodeScalars)))
        guard isHTML else { return Readable(text: decoded.text, removed: [], page: nil, warnings: []) }
        let extracted = HTMLExtractor().extract(decoded.text)
        guard extracted.text.unicodeScalars.contains(where: { !ScalarClass.isSpace($0) }) else {
            throw ErrorReport(code: "bad-input", message: "\(raw.path): HTML page without visible text", input: raw.path)
        }
        let note =
            "\(raw.path): HTML page; text of \(extracted.tagCount) elements extracted, "
            + "offsets refer to the extracted text (the report's `extractedText`)"
        return Readable(text: extracted.text, removed: extracted.removed, page: extracted.metadata, warnings: [note])
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
