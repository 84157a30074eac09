/// The W3C Web Annotation data model, as much of it as Crosscheck writes: a collection whose
/// first page holds every annotation, each with text bodies and a target selected by quote and
/// by position.
enum WebAnnotationModel {
    static let context = "http://www.w3.org/ns/anno.jsonld"

    /// An `AnnotationCollection` with its first (and only) page embedded.
    struct Collection: Encodable {
        var id: String
        var label: String
        var total: Int
        var first: Page

        enum CodingKeys: String, CodingKey { case context = "@context", id, type, label, total, first }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(WebAnnotationModel.context, forKey: .context)
            try c.encode(id, forKey: .id)
            try c.encode("AnnotationCollection", forKey: .type)
            try c.encode(label, forKey: .label)
            try c.encode(total, forKey: .total)
            try c.encode(first, forKey: .first)
        }
    }

    /// An `AnnotationPage` holding the items.
    struct Page: Encodable {
        var id: String
        var partOf: String
        var items: [Annotation]

        enum CodingKeys: String, CodingKey { case id, type, partOf, startIndex, items }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode("AnnotationPage", forKey: .type)
            try c.encode(partOf, forKey: .partOf)
            try c.encode(0, forKey: .startIndex)
            try c.encode(items, forKey: .items)
        }
    }

    /// One `Annotation`.
    struct Annotation: Encodable {
        var id: String
        var motivation: String
        var body: [TextualBody]
        var target: Target

        enum CodingKeys: String, CodingKey { case id, type, motivation, body, target }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode("Annotation", forKey: .type)
            try c.encode(motivation, forKey: .motivation)
            try c.encode(body, forKey: .body)
            try c.encode(target, forKey: .target)
        }
    }

    /// A plain-text `TextualBody` with its purpose.
    struct TextualBody: Encodable {
        var value: String
        var purpose: String

        enum CodingKeys: String, CodingKey { case type, value, format, purpose }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode("TextualBody", forKey: .type)
            try c.encode(value, forKey: .value)
            try c.encode("text/plain", forKey: .format)
            try c.encode(purpose, forKey: .purpose)
        }
    }

    /// A `SpecificResource` target: the source and its quote and position selectors.
    struct Target: Encodable {
        var source: String
        var quote: TextQuoteSelectorBuilder.Quote
        var start: Int
        var end: Int

        enum CodingKeys: String, CodingKey { case source, selector }
        enum SelectorKeys: String, CodingKey { case type, exact, prefix, suffix, start, end }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(source, forKey: .source)
            var list = c.nestedUnkeyedContainer(forKey: .selector)
            var byQuote = list.nestedContainer(keyedBy: SelectorKeys.self)
            try byQuote.encode("TextQuoteSelector", forKey: .type)
            try byQuote.encode(quote.exact, forKey: .exact)
            try byQuote.encode(quote.prefix, forKey: .prefix)
            try byQuote.encode(quote.suffix, forKey: .suffix)
            var byPosition = list.nestedContainer(keyedBy: SelectorKeys.self)
            try byPosition.encode("TextPositionSelector", forKey: .type)
            try byPosition.encode(start, forKey: .start)
            try byPosition.encode(end, forKey: .end)
        }
    }
}
