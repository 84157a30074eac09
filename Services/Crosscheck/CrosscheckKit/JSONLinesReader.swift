import CrosscheckSchema
import Foundation

/// Reads a JSON Lines feed (a scraper's or a news API's export): one article a line.
///
/// A record has `text` or `html`, plus any of `id`, `url`, `title`, `author`, `published`,
/// `outlet` and `language`; those become the document's given metadata and every other field
/// is kept in `extra`. A line that is not such a record fails alone, named by its line number;
/// blank lines are not records. A record without `id` gets `<file>-L<line>`.
public struct JSONLinesReader: Sendable {
    public var maxDocumentBytes: Int

    static let metadataFields: Set<String> = ["id", "url", "title", "author", "published", "outlet", "language", "text", "html"]

    public init(maxDocumentBytes: Int = 16 << 20) {
        self.maxDocumentBytes = maxDocumentBytes
    }

    /// The documents of a feed and its lines that failed.
    public struct Records: Sendable {
        public var documents: [RawDocument]
        public var failed: [FailedInput]
    }

    /// The records of `data`; `path` names the feed in errors, `baseID` prefixes ids it makes up.
    public func read(_ data: Data, path: String, baseID: String) -> Records {
        var records = Records(documents: [], failed: [])
        let bytes = [UInt8](data)
        var lineStart = 0
        var number = 0
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            let line = bytes[lineStart..<lineEnd]
            lineStart = lineEnd + 1
            number += 1
            let place = "\(path) line \(number)"
            let text = String(validating: line, as: UTF8.self)?.trimmingCharacters(in: .whitespacesAndNewlines)
            if text?.isEmpty == true { continue }
            let result =
                text.map { record($0, fallbackID: "\(baseID)-L\(number)", place: place) }
                ?? .failure(LineProblem.notUTF8)
            switch result {
            case .success(let document): records.documents.append(document)
            case .failure(let problem):
                records.failed.append(FailedInput(id: "\(baseID)-L\(number)", path: place, error: "\(place): \(problem.message)"))
            }
        }
        return records
    }

    /// Why a line is not a record.
    public enum LineProblem: Error, Sendable, Equatable {
        case tooLarge(limitMegabytes: Int)
        case notUTF8
        case notJSON
        case notAnObject
        case notAString(field: String)
        case noBody

        public var message: String {
            switch self {
            case .tooLarge(let limit): "record over the \(limit) MB limit per document"
            case .notUTF8: "not UTF-8"
            case .notJSON: "not valid JSON"
            case .notAnObject: "not a JSON object"
            case .notAString(let field): "field `\(field)` must be a string"
            case .noBody: "record has neither `text` nor `html`"
            }
        }
    }

    func record(_ line: String, fallbackID: String, place: String) -> Result<RawDocument, LineProblem> {
        guard line.utf8.count <= maxDocumentBytes else {
            return .failure(.tooLarge(limitMegabytes: maxDocumentBytes >> 20))
        }
        let value: JSONValue
        do {
            value = try JSONDecoder().decode(JSONValue.self, from: Data(line.utf8))
        } catch {
            return .failure(.notJSON)
        }
        guard case .object(let fields) = value else { return .failure(.notAnObject) }
        for key in Self.metadataFields {
            if let field = fields[key], field != .null, field.stringValue == nil {
                return .failure(.notAString(field: key))
            }
        }
        let body: (String, InputFormat)
        if let text = fields["text"]?.stringValue {
            body = (text, .text)
        } else if let html = fields["html"]?.stringValue {
            body = (html, .html)
        } else {
            return .failure(.noBody)
        }
        let given = DocumentMetadata(
            url: fields["url"]?.stringValue, title: fields["title"]?.stringValue, author: fields["author"]?.stringValue,
            published: fields["published"]?.stringValue, outlet: fields["outlet"]?.stringValue,
            language: fields["language"]?.stringValue)
        let extra = fields.filter { !Self.metadataFields.contains($0.key) }
        let id = fields["id"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 } ?? fallbackID
        return .success(
            RawDocument(
                id: id, path: place, encoding: .utf8, content: body.0, bytes: body.0.utf8.count, format: body.1,
                given: given.isEmpty ? nil : given, extra: extra.isEmpty ? nil : extra))
    }
}
