import CrosscheckSchema

/// Deterministic synthetic bundles for benchmarks: many events, each covered by several
/// documents that agree, disagree on a date or figure, deny, hedge or add their own claims.
///
/// Names are made-up syllable strings; text is ASCII so code point offsets are byte offsets.
public enum SyntheticBundle {
    /// How places, organisations and programme names are drawn.
    public enum Names: String, Sendable, CaseIterable {
        /// From small fixed pools (256 places and organisations, 4,096 programmes), so each name
        /// recurs more often as the bundle grows: at 10,000 documents a place is in about 40
        /// documents of 8 unrelated events (the original benchmark, and the default).
        case fixed
        /// From a long tail, as in real news: name rank r among 2^20 is drawn with probability
        /// about 1/r (Zipf), so a few names recur in a large share of the documents and most are rare.
        case longTail = "long-tail"
    }

    /// A bundle of `documents` documents, about one event per five documents.
    ///
    /// The documents of one event tell it in the same sentences (as copies and rewrites do);
    /// documents of unrelated events share names from the pools, but each event's sentences
    /// carry its own names (the deal's, the hall's), so they do not share whole sentences. Before,
    /// a sentence of one template that differed only in a figure or a place made near-duplicates
    /// of unrelated documents: 3 % of unrelated document pairs shared a sentence at 1,000
    /// documents, so reprint pairs grew with the square of the bundle (×18 per ×10 documents),
    /// where in ECB+ dev no two documents of different topics share one.
    public static func make(documents: Int, names: Names = .fixed) -> LinkedBundle {
        var rng = SplitMix(seed: 0x5EED_1234)
        let eventCount = max(1, documents / 5)
        var entityTypes: [String: (String, EntityType)] = [:]
        var docs: [ResolvedDocument] = []
        docs.reserveCapacity(documents)
        for d in 0..<documents {
            let event = Int(rng.next() % UInt64(eventCount))
            var e = SplitMix(seed: UInt64(event) &* 0x9E37_79B9 &+ 17)
            let a = name(&e, 2), b = name(&e, 2), c = name(&e, 3), place = pick(&e, 2, names) + "ville"
            let person = name(&e, 2).capitalized + " " + name(&e, 3).capitalized
            let org = pick(&e, 2, names).uppercased()
            let object = ["agreement", "pact", "treaty", "memorandum"][Int(e.next() % 4)]
            let day = Int(e.next() % 27) + 1, month = Int(e.next() % 12) + 1, year = 2015 + Int(e.next() % 10)
            let figure = Int(e.next() % 90) + 10, amount = Int(e.next() % 900) + 100
            // The event's own names for its deal and for where its protests gathered: unrelated
            // events share names from the pools above, not whole sentences (see `make`).
            let deal = name(&e, 4).capitalized, hall = name(&e, 4).capitalized
            let months = [
                "January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December",
            ]
            // Per-document variation.
            let disputedDay = rng.next() % 6 == 0 ? (day % 27) + 1 : day
            let disputedFigure = rng.next() % 5 == 0 ? figure + 7 : figure
            let publishedDay = min(28, day + 1 + Int(rng.next() % 3))
            let published = String(year) + "-" + two(month) + "-" + two(publishedDay)

            var builder = DocumentBuilder(id: String(format: "doc%05d", d))
            let cA = builder.entity(a.capitalized, id: a, type: .country)
            let cB = builder.entity(b.capitalized, id: b, type: .country)
            _ = cA
            _ = cB
            func sentence(_ parts: [Part]) { builder.sentence(parts) }
            sentence([
                .entity(a, a.capitalized), .text(" and "), .entity(b, b.capitalized),
                .text(" signed a \(object) in "), .entity(place, place.capitalized),
                .text(" on \(disputedDay) \(months[month - 1]) \(year)."),
            ])
            sentence([
                .entity(person.lowercased().replacingOccurrences(of: " ", with: "-"), person),
                .text(" said that the \(deal) deal will cost EUR \(amount) million."),
            ])
            sentence([
                .text("\(disputedFigure) people were injured in protests against the \(deal) \(object) outside the \(hall) hall in "),
                .entity(place, place.capitalized), .text(" last week."),
            ])
            if rng.next() % 3 == 0 {
                sentence([.entity(b, b.capitalized), .text(" denied that the \(deal) \(object) violates earlier commitments.")])
            }
            sentence([
                .text("Analysts speculate that "), .entity(c, c.capitalized),
                .text(" could join the \(deal) \(object) by \(year + 3)."),
            ])
            if rng.next() % 4 == 0 {
                sentence([
                    .entity(a, a.capitalized), .text(" did not inform "), .entity(org.lowercased(), org),
                    .text(" about the \(deal) talks."),
                ])
            } else {
                sentence([
                    .entity(a, a.capitalized), .text(" informed "), .entity(org.lowercased(), org),
                    .text(" about the \(deal) talks."),
                ])
            }
            for _ in 0..<(4 + Int(rng.next() % 5)) {
                let topic = pick(&rng, 3, names), count = Int(rng.next() % 40) + 2
                let verb = ["expanded", "reviewed", "funded", "delayed", "launched"][Int(rng.next() % 5)]
                sentence([
                    .entity(a, a.capitalized), .text(" \(verb) its \(topic) programme with \(count) new projects under the \(deal) \(object)."),
                ])
            }
            for (id, (label, type)) in builder.entities { entityTypes[id] = (label, type) }
            docs.append(builder.document(published: published))
        }
        let entities = entityTypes.keys.sorted().map { id in
            Entity(id: id, name: entityTypes[id]?.0 ?? id, type: entityTypes[id]?.1 ?? .other)
        }
        return LinkedBundle(documents: docs, entities: entities)
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    private static let syllables = ["ka", "lo", "ri", "ven", "dor", "ma", "sel", "tu", "bra", "nor", "qui", "zan", "el", "o", "vi", "ra"]

    private static func name(_ rng: inout SplitMix, _ count: Int) -> String {
        var s = ""
        for _ in 0..<count { s += syllables[Int(rng.next() % UInt64(syllables.count))] }
        return s
    }

    /// A name of `count` syllables from the fixed pool, or a long-tail name: a power of two
    /// 2^k (k < 20) chosen uniformly, then a rank in [2^k, 2^(k+1)), spelled in five syllables
    /// (integers only, so every machine draws the same names).
    private static func pick(_ rng: inout SplitMix, _ count: Int, _ names: Names) -> String {
        guard names == .longTail else { return name(&rng, count) }
        let k = rng.next() % 20
        var rank = (UInt64(1) << k) + rng.next() % (UInt64(1) << k)
        var s = ""
        for _ in 0..<5 {
            s += syllables[Int(rank % 16)]
            rank /= 16
        }
        return s
    }

    enum Part {
        case text(String)
        case entity(String, String)
    }

    /// Appends sentences and records sentence spans and entity mentions.
    struct DocumentBuilder {
        var id: String
        var text = ""
        var length = 0
        var sentences: [Sentence] = []
        var mentions: [EntityMention] = []
        var entities: [String: (String, EntityType)] = [:]

        init(id: String) { self.id = id }

        mutating func entity(_ label: String, id: String, type: EntityType) -> String {
            entities[id] = (label, type)
            return id
        }

        mutating func sentence(_ parts: [Part]) {
            if length > 0 {
                text += " "
                length += 1
            }
            let start = length
            for part in parts {
                switch part {
                case .text(let t):
                    text += t
                    length += t.unicodeScalars.count
                case .entity(let id, let label):
                    if entities[id] == nil {
                        let type: EntityType =
                            label.hasSuffix("ville")
                            ? .place
                            : label.contains(" ") ? .person : label == label.uppercased() ? .organization : .country
                        entities[id] = (label, type)
                    }
                    mentions.append(
                        EntityMention(
                            start: length, end: length + label.unicodeScalars.count, text: label,
                            sentence: sentences.count, via: .name, entity: id))
                    text += label
                    length += label.unicodeScalars.count
                }
            }
            sentences.append(Sentence(start: start, end: length, paragraph: 0))
        }

        func document(published: String) -> ResolvedDocument {
            let parsed = ParsedDocument(
                id: id, path: id + ".txt", text: text, published: published,
                words: text.split(separator: " ").count, sentences: sentences)
            return ResolvedDocument(document: parsed, mentions: mentions)
        }
    }
}
