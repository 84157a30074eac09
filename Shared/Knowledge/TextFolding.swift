import Foundation

/// Folds text for matching: lowercase, no diacritics, transliterated, unified punctuation.
///
/// Folding is per scalar, so every folded scalar knows the original scalar it came from:
/// - letters are lowercased and stripped of diacritics ("Č" → "c"; a combining mark is dropped);
/// - letters without a decomposition are transliterated ("Đ"/"Ð" → "dj", "ß" → "ss",
///   "Æ" → "ae", "Ø" → "o", "Ł" → "l", "ı" → "i", "Þ" → "th", "Œ" → "oe");
/// - Cyrillic is transliterated to Latin following Serbian Latin spelling, then folded
///   ("Ђ" → "dj", "Ч" → "c", "Љ" → "lj"), with the other common Cyrillic letters added;
/// - quote variants become `'` or `"`, dash variants `-`, Unicode spaces a plain space,
///   "…" three periods; soft hyphens and zero-width characters are dropped.
public enum TextFolding {
    /// Folds a string (NFC first).
    public static func fold(_ s: String) -> String {
        let scalars =
            s.utf8.allSatisfy({ $0 < 0x80 })
            ? Array(s.unicodeScalars)
            : Array(s.precomposedStringWithCanonicalMapping.unicodeScalars)
        return foldWithOffsets(scalars).string
    }

    /// Folds scalars keeping, for each folded scalar, the offset of its original scalar.
    public static func foldWithOffsets(_ scalars: [Unicode.Scalar]) -> FoldedText {
        var folded: [Unicode.Scalar] = []
        var origin: [Int] = []
        var uppercase: [Bool] = []
        folded.reserveCapacity(scalars.count)
        origin.reserveCapacity(scalars.count + 1)
        uppercase.reserveCapacity(scalars.count)
        for (offset, scalar) in scalars.enumerated() {
            let value = scalar.value
            if value < 0x80 {
                if value >= 0x41 && value <= 0x5A {
                    folded.append(Unicode.Scalar(UInt8(value + 32)))
                    uppercase.append(true)
                } else {
                    folded.append(scalar)
                    uppercase.append(false)
                }
                origin.append(offset)
                continue
            }
            let replacement = foldedForm(of: scalar)
            guard !replacement.isEmpty else { continue }
            let isUpper = scalar.properties.isUppercase
            for output in replacement {
                folded.append(output)
                origin.append(offset)
                uppercase.append(isUpper)
            }
        }
        origin.append(scalars.count)
        return FoldedText(folded: folded, origin: origin, uppercase: uppercase)
    }

    /// Folds a string, keeping offsets into its scalars (no NFC, so offsets stay exact).
    public static func foldWithOffsets(_ s: String) -> FoldedText {
        foldWithOffsets(Array(s.unicodeScalars))
    }

    /// Whether a folded scalar is part of a word (letter, digit or mark).
    @inline(__always)
    public static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39)
                || (value >= 0x41 && value <= 0x5A)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
    }

    /// Whether a scalar is whitespace (including Unicode spaces and line breaks).
    @inline(__always)
    public static func isSpaceScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return scalar.properties.isWhitespace
    }

    /// The folded replacement of one non-ASCII scalar (empty when it is dropped).
    static func foldedForm(of scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        if let mapped = FoldingTables.shared.map[scalar.value] { return mapped }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark, .format:
            return []
        case .spaceSeparator:
            return [" "]
        case .dashPunctuation:
            return ["-"]
        case .initialPunctuation, .finalPunctuation:
            return ["\""]
        default:
            break
        }
        if properties.changesWhenLowercased, let lowered = properties.lowercaseMapping.unicodeScalars.first,
            properties.lowercaseMapping.unicodeScalars.count == 1
        {
            if let mapped = FoldingTables.shared.map[lowered.value] { return mapped }
            return [lowered]
        }
        return [scalar]
    }
}
