import CrosscheckSchema

/// Measures how each source frames the story: loaded language, scare quotes, hedges, quotes,
/// attribution and exclusive claims.
///
/// Loaded terms and hedges are counted in body sentences only (headings, bylines and removed
/// boilerplate say nothing about the author's framing).
struct SourceProfiler: Sendable {
    private let loaded: TermMatcher
    private let hedges: TermMatcher

    init(vocabulary: ProfileVocabulary) {
        loaded = TermMatcher(terms: vocabulary.loadedTerms.map(\.term))
        hedges = TermMatcher(terms: vocabulary.hedges)
    }

    /// Facts about the whole bundle that a single document's profile needs.
    struct BundleFacts {
        /// Claims by document id.
        var claimsByDoc: [String: [Claim]]
        /// Scare-quoted mention counts by document id, then entity id.
        var scareQuotesByDoc: [String: [String: Int]]
        /// Ids of claims that sit in single-source clusters.
        var singleSourceClaims: Set<String>

        init(_ analysis: Analysis) {
            claimsByDoc = Dictionary(grouping: analysis.claims, by: \.doc)
            var scare: [String: [String: Int]] = [:]
            for entity in analysis.entities {
                for mention in entity.mentions where mention.scareQuoted {
                    scare[mention.doc, default: [:]][entity.id, default: 0] += 1
                }
            }
            scareQuotesByDoc = scare
            singleSourceClaims = Set(analysis.clusters.filter { $0.status == .singleSource }.flatMap(\.claims))
        }
    }

    /// The profile of one document.
    func profile(of document: ParsedDocument, facts: BundleFacts) -> SourceProfile {
        let text = SourceText(document.text)
        var loadedCount = 0
        var loadedTerms = Set<String>()
        var hedgeCount = 0
        for sentence in document.sentences {
            let lo = max(0, min(sentence.start, text.count)), hi = max(lo, min(sentence.end, text.count))
            let words = TermMatcher.words(of: text.scalars[lo..<hi])
            for index in loaded.occurrences(in: words) {
                loadedCount += 1
                loadedTerms.insert(loaded.terms[index])
            }
            hedgeCount += hedges.occurrences(in: words).count
        }
        let words = document.words > 0 ? document.words : Self.wordCount(document, text)
        let per1000 = words > 0 ? Self.round(Double(loadedCount) * 1000 / Double(words), places: 1) : 0

        let claims = facts.claimsByDoc[document.id] ?? []
        let attributed = claims.filter { $0.speaker != nil }.count
        let share = claims.isEmpty ? 0 : Self.round(Double(attributed) / Double(claims.count), places: 2)
        let unique = claims.filter { facts.singleSourceClaims.contains($0.id) }.count

        let scare = (facts.scareQuotesByDoc[document.id] ?? [:])
            .map { ScareQuoteCount(entity: $0.key, count: $0.value) }
            .sorted { ($0.count, $1.entity) > ($1.count, $0.entity) }

        return SourceProfile(
            doc: document.id,
            loaded: LoadedLanguage(
                count: loadedCount, per1000: per1000,
                terms: loadedTerms.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) { $0.value < $1.value } }),
            scareQuotes: scare,
            hedges: hedgeCount,
            quotes: document.quotes.filter { $0.kind == .speech }.count,
            attributedShare: share,
            uniqueClaims: unique)
    }

    /// Words in the body sentences, for documents whose parser gave no word count.
    private static func wordCount(_ document: ParsedDocument, _ text: SourceText) -> Int {
        document.sentences.reduce(0) { $0 + TermMatcher.tokens(of: text[$1.start, $1.end]).count }
    }

    /// `value` rounded half away from zero to `places` decimals, so JSON prints it short.
    static func round(_ value: Double, places: Int) -> Double {
        guard value.isFinite else { return 0 }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (value * scale).rounded() / scale
    }
}
