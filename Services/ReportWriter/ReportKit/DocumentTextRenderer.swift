import CrosscheckSchema

/// Renders one article's full original text as escaped HTML with sentence anchors, claim
/// anchors and the claim spans highlighted in `<mark>`.
///
/// The text is cut at every span boundary (sentences, headings, removed stretches, claims) and
/// each piece is wrapped on its own, so overlapping spans still give well-formed HTML. Spans
/// outside the text are clamped; empty or inverted ones are ignored.
struct DocumentTextRenderer {
    /// The rendered text and the ids of the anchors it defines.
    struct Output {
        var html: String
        var anchors: [String]
    }

    private enum Kind: Int, Comparable {
        case heading, removed, claim
        static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
    }

    private struct Boundary {
        var position: Int
        var opens: Bool
        var kind: Kind
        /// The anchor to place here, for opening sentence and claim boundaries.
        var anchor: String?
        var title: String?
    }

    func render(_ document: ParsedDocument, text: SourceText, claims: [Claim]) -> Output {
        let count = text.count
        var boundaries: [Boundary] = []
        var anchors: [(position: Int, order: Int, id: String, title: String, sentence: Bool)] = []

        func add(_ start: Int, _ end: Int, _ kind: Kind) {
            let lo = max(0, min(start, count)), hi = max(0, min(end, count))
            guard lo < hi else { return }
            boundaries.append(Boundary(position: lo, opens: true, kind: kind))
            boundaries.append(Boundary(position: hi, opens: false, kind: kind))
        }
        for heading in document.headings { add(heading.start, heading.end, .heading) }
        for removed in document.removed { add(removed.start, removed.end, .removed) }
        for (i, sentence) in document.sentences.enumerated() where sentence.start >= 0 && sentence.start <= count && sentence.start <= sentence.end {
            anchors.append(
                (
                    sentence.start, 0, AnchorID.sentence(doc: document.id, index: i),
                    "sentence \(i), chars \(sentence.start)–\(sentence.end)", true
                ))
        }
        for (order, claim) in claims.enumerated() where claim.start >= 0 && claim.start <= claim.end && claim.end <= count {
            add(claim.start, claim.end, .claim)
            anchors.append(
                (
                    claim.start, 1 + order, AnchorID.claim(claim.id),
                    "\(claim.id), chars \(claim.start)–\(claim.end)", false
                ))
        }
        boundaries.sort { ($0.position, $0.opens ? 1 : 0) < ($1.position, $1.opens ? 1 : 0) }
        anchors.sort { ($0.position, $0.order) < ($1.position, $1.order) }

        var html = ""
        html.reserveCapacity(count + count / 4)
        var depth: [Kind: Int] = [.heading: 0, .removed: 0, .claim: 0]
        var position = 0
        var b = 0, a = 0
        var emitted: [String] = []
        while position <= count {
            while b < boundaries.count, boundaries[b].position == position {
                depth[boundaries[b].kind, default: 0] += boundaries[b].opens ? 1 : -1
                b += 1
            }
            while a < anchors.count, anchors[a].position == position {
                let anchor = anchors[a]
                let cls = anchor.sentence ? "sa" : "ca"
                html += "<span class=\"\(cls)\" id=\"\(anchor.id)\" title=\"\(HTMLEscaping.escape(anchor.title))\"></span>"
                emitted.append(anchor.id)
                a += 1
            }
            guard position < count else { break }
            let next = min(
                count,
                min(
                    b < boundaries.count ? boundaries[b].position : count,
                    a < anchors.count ? anchors[a].position : count))
            let end = max(next, position + 1)
            html += piece(text, position, end, depth)
            position = end
        }
        return Output(html: html, anchors: emitted)
    }

    private func piece(_ text: SourceText, _ start: Int, _ end: Int, _ depth: [Kind: Int]) -> String {
        var open = "", close = ""
        if (depth[.heading] ?? 0) > 0 {
            open += "<span class=\"hd\">"
            close = "</span>" + close
        }
        if (depth[.removed] ?? 0) > 0 {
            open += "<span class=\"rm\" title=\"left out of analysis\">"
            close = "</span>" + close
        }
        if (depth[.claim] ?? 0) > 0 {
            open += "<mark>"
            close = "</mark>" + close
        }
        var out = open
        HTMLEscaping.append(text.scalars[start..<end], to: &out)
        return out + close
    }
}
