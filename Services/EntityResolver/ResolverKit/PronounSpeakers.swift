import CrosscheckSchema

/// Speakers written as a pronoun ("… ,” he said") linked to the person just named.
///
/// Conservative: only the knowledge base's speaker pronouns ("he", "she"), only when the most
/// recent person mention before the pronoun sits in the same paragraph or the sentence before,
/// and only where no other mention covers the pronoun.
struct PronounSpeakers {
    let document: ParsedDocument
    let scalars: [Unicode.Scalar]
    let pronouns: Set<String>

    /// One `pronoun` mention per speaker span that is a pronoun with a person to point at.
    func mentions(after found: [LocalMention], isPerson: (LocalMention) -> Bool) -> [LocalMention] {
        guard !pronouns.isEmpty else { return [] }
        let persons = found.filter(isPerson).sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        guard !persons.isEmpty else { return [] }
        var spans: [TextSpan] = []
        for quote in document.quotes where quote.kind == .speech {
            if let span = quote.speakerSpan, let text = quote.speakerText, isPronoun(text) { spans.append(span) }
        }
        for attribution in document.attributions where isPronoun(attribution.speakerText) {
            spans.append(attribution.speakerSpan)
        }
        var result: [LocalMention] = []
        var taken: Set<Int> = []
        for span in spans.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
            guard span.start >= 0, span.end <= scalars.count, span.start < span.end, !taken.contains(span.start),
                isPronoun(EntityResolver.text(scalars, span.start, span.end)),
                !found.contains(where: { $0.start < span.end && span.start < $0.end })
            else { continue }
            // The last person named before the pronoun (binary search over sorted starts).
            var low = 0
            var high = persons.count
            while low < high {
                let middle = (low + high) / 2
                if persons[middle].end <= span.start { low = middle + 1 } else { high = middle }
            }
            guard low > 0 else { continue }
            let person = persons[low - 1]
            guard isNear(person, span) else { continue }
            taken.insert(span.start)
            result.append(
                LocalMention(
                    start: span.start, end: span.end, sentence: sentenceIndex(at: span.start),
                    via: .pronoun, key: person.key, role: nil, type: .person, name: person.name))
        }
        return result
    }

    private func isPronoun(_ text: String) -> Bool {
        pronouns.contains(NameFolding.key(text.trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    /// Same paragraph, or the sentence right before the pronoun's.
    private func isNear(_ person: LocalMention, _ span: TextSpan) -> Bool {
        guard let here = sentenceIndex(at: span.start), let there = person.sentence ?? sentenceIndex(at: person.start),
            document.sentences.indices.contains(here), document.sentences.indices.contains(there), there <= here
        else { return false }
        return here - there <= 1 || document.sentences[here].paragraph == document.sentences[there].paragraph
    }

    private func sentenceIndex(at offset: Int) -> Int? {
        var low = 0
        var high = document.sentences.count
        while low < high {
            let middle = (low + high) / 2
            if document.sentences[middle].end <= offset { low = middle + 1 } else { high = middle }
        }
        guard low < document.sentences.count, document.sentences[low].start <= offset else { return nil }
        return low
    }
}
