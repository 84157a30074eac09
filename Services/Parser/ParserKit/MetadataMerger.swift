import CrosscheckSchema

/// Settles each metadata field of a document from what the input states, what the page's own
/// metadata says, and what the parser inferred from the text, in that order, and records where
/// each value came from.
struct MetadataMerger {
    var given: DocumentMetadata?
    var page: PageMetadata?
    var path: String

    /// The settled metadata, where each value came from, and warnings about given values not used.
    struct Merged {
        var title: String?
        var outlet: String?
        var authors: [String]
        var published: String?
        var url: String?
        var language: String?
        var origins: [String: MetadataOrigin]
        var warnings: [String]
    }

    /// The settled fields, given the parser's inferred title, outlet, authors and date.
    func merge(title: String?, outlet: String?, authors: [String], published: String?) -> Merged {
        var origins: [String: MetadataOrigin] = [:]
        var warnings: [String] = []
        func pick(_ field: String, _ givenValue: String?, _ pageValue: String?, _ inferred: String?) -> String? {
            let candidates: [(String?, MetadataOrigin)] = [(givenValue, .given), (pageValue, .page), (inferred, .inferred)]
            for (value, origin) in candidates {
                if let value, !value.isEmpty {
                    origins[field] = origin
                    return value
                }
            }
            return nil
        }
        var givenDate = given?.published.flatMap(PageMetadata.isoDate)
        if let stated = given?.published, givenDate == nil {
            warnings.append("\(path): published \"\(stated)\" is not an ISO date (YYYY-MM-DD…); left to the text")
            givenDate = nil
        }
        let inferredAuthor = authors.isEmpty ? nil : authors.joined(separator: ", ")
        let author = pick("author", given?.author, page?.author, inferredAuthor)
        let authorList = origins["author"] == .inferred ? authors : author.map { [$0] } ?? []
        return Merged(
            title: pick("title", given?.title, page?.title, title),
            outlet: pick("outlet", given?.outlet, page?.outlet, outlet),
            authors: authorList,
            published: pick("published", givenDate, page?.published, published),
            url: pick("url", given?.url, page?.url, nil),
            language: pick("language", given?.language, page?.language, nil),
            origins: origins, warnings: warnings)
    }
}
