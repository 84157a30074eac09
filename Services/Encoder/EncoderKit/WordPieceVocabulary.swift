import Foundation

/// BERT's uncased WordPiece tokenizer, as Hugging Face's `BertTokenizerFast` runs it.
///
/// Normalises (drops NUL, U+FFFD and control characters, maps whitespace to a space, pads CJK
/// ideographs, strips accents by NFD minus non-spacing marks, lowercases), splits on whitespace
/// and around every punctuation character, then cuts each word greedily into the longest
/// vocabulary pieces (`##` marks a continuation; a word of over 100 characters or with no
/// cut is `[UNK]`). `ids` adds [CLS] and [SEP] and truncates to the model's sequence length.
public struct WordPieceVocabulary: Sendable {
    public let vocabulary: [String: Int32]
    public let maxSequenceLength: Int
    public let lowercase: Bool
    public let cls: Int32
    public let sep: Int32
    public let unknown: Int32
    static let maxWordCharacters = 100

    public init(vocabulary: [String: Int32], maxSequenceLength: Int, lowercase: Bool = true) throws {
        guard let cls = vocabulary["[CLS]"], let sep = vocabulary["[SEP]"], let unknown = vocabulary["[UNK]"] else {
            throw EncoderError.malformedFile(path: "vocab.txt", reason: "lacks [CLS], [SEP] or [UNK]")
        }
        self.vocabulary = vocabulary
        self.maxSequenceLength = max(2, maxSequenceLength)
        self.lowercase = lowercase
        self.cls = cls
        self.sep = sep
        self.unknown = unknown
    }

    /// Reads `vocab.txt` (one piece per line, the line number is the id).
    public init(vocabularyFile url: URL, maxSequenceLength: Int, lowercase: Bool = true) throws {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw EncoderError.unreadableFile(path: url.path, reason: error.localizedDescription)
        }
        var vocabulary: [String: Int32] = [:]
        var id: Int32 = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let piece = line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
            if !piece.isEmpty, vocabulary[piece] == nil { vocabulary[piece] = id }
            id += 1
        }
        try self.init(vocabulary: vocabulary, maxSequenceLength: maxSequenceLength, lowercase: lowercase)
    }

    /// The model input for `text`: [CLS], its word pieces (truncated), [SEP].
    public func ids(_ text: String) -> [Int32] {
        var result: [Int32] = [cls]
        let budget = maxSequenceLength - 2
        outer: for word in words(text) {
            for id in pieces(word) {
                if result.count - 1 >= budget { break outer }
                result.append(id)
            }
        }
        result.append(sep)
        return result
    }

    /// The normalised words and punctuation marks of `text`, each as scalars.
    func words(_ text: String) -> [[Unicode.Scalar]] {
        var cleaned = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value == 0 || scalar.value == 0xFFFD || Self.isControl(scalar) { continue }
            if Self.isWhitespace(scalar) {
                cleaned.append(" ")
            } else if Self.isCJK(scalar) {
                cleaned.append(" ")
                cleaned.append(scalar)
                cleaned.append(" ")
            } else {
                cleaned.append(scalar)
            }
        }
        var normalised = String(cleaned)
        if lowercase {
            var stripped = String.UnicodeScalarView()
            for scalar in normalised.decomposedStringWithCanonicalMapping.unicodeScalars
            where scalar.properties.generalCategory != .nonspacingMark {
                stripped.append(scalar)
            }
            normalised = String(stripped).lowercased()
        }
        var words: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        for scalar in normalised.unicodeScalars {
            if Self.isWhitespace(scalar) {
                if !current.isEmpty { words.append(current) }
                current.removeAll(keepingCapacity: true)
            } else if Self.isPunctuation(scalar) {
                if !current.isEmpty { words.append(current) }
                current.removeAll(keepingCapacity: true)
                words.append([scalar])
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// The greedy longest-match WordPiece cut of one word.
    func pieces(_ word: [Unicode.Scalar]) -> [Int32] {
        guard word.count <= Self.maxWordCharacters else { return [unknown] }
        var result: [Int32] = []
        var start = 0
        while start < word.count {
            var end = word.count
            var found: Int32?
            while start < end {
                var piece = start > 0 ? "##" : ""
                piece.unicodeScalars.append(contentsOf: word[start..<end])
                if let id = vocabulary[piece] {
                    found = id
                    break
                }
                end -= 1
            }
            guard let id = found else { return [unknown] }
            result.append(id)
            start = end
        }
        return result
    }

    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\n" || s == "\r" || s.properties.isWhitespace
    }

    static func isControl(_ s: Unicode.Scalar) -> Bool {
        if s == "\t" || s == "\n" || s == "\r" { return false }
        switch s.properties.generalCategory {
        case .control, .format, .unassigned, .privateUse, .surrogate: return true
        default: return false
        }
    }

    static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if (33...47).contains(v) || (58...64).contains(v) || (91...96).contains(v) || (123...126).contains(v) { return true }
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    static func isCJK(_ s: Unicode.Scalar) -> Bool {
        let ranges: [ClosedRange<UInt32>] = [
            0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0x2A700...0x2B73F,
            0x2B740...0x2B81F, 0x2B820...0x2CEAF, 0xF900...0xFAFF, 0x2F800...0x2FA1F,
        ]
        return ranges.contains { $0.contains(s.value) }
    }
}
