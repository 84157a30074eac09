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
        let scalars = s.utf8.allSatisfy({ $0 < 0x80 })
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

/// Precomputed per-scalar folding for Latin, Greek and Cyrillic letters and punctuation.
final class FoldingTables: Sendable {
    static let shared = FoldingTables()

    let map: [UInt32: [Unicode.Scalar]]

    private init() {
        var map: [UInt32: [Unicode.Scalar]] = [:]
        // Letters with canonical decompositions: decompose, drop marks, lowercase.
        let ranges: [ClosedRange<UInt32>] = [
            0x00C0...0x024F, 0x1E00...0x1EFF, 0x0370...0x03FF, 0x1F00...0x1FFF, 0x0400...0x04FF,
        ]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
                let kept = decomposed.filter { !Self.isMark($0) }
                var output: [Unicode.Scalar] = []
                for base in kept {
                    output.append(contentsOf: base.properties.lowercaseMapping.unicodeScalars)
                }
                if output != [scalar] { map[value] = output }
            }
        }
        // Letters without decompositions, and punctuation variants.
        let special: [(String, String)] = [
            ("ß", "ss"), ("ẞ", "ss"), ("Đ", "dj"), ("đ", "dj"), ("Ð", "dj"), ("ð", "d"),
            ("Æ", "ae"), ("æ", "ae"), ("Ǽ", "ae"), ("ǽ", "ae"), ("Ø", "o"), ("ø", "o"), ("Ǿ", "o"), ("ǿ", "o"),
            ("Ł", "l"), ("ł", "l"), ("ı", "i"), ("Œ", "oe"), ("œ", "oe"), ("Þ", "th"), ("þ", "th"),
            ("Ħ", "h"), ("ħ", "h"), ("Ŧ", "t"), ("ŧ", "t"), ("ĸ", "k"), ("Ŋ", "ng"), ("ŋ", "ng"),
            ("ſ", "s"), ("Ɖ", "d"), ("ɖ", "d"), ("Ƒ", "f"), ("ƒ", "f"), ("Ŀ", "l"), ("ŀ", "l"),
            ("\u{2019}", "'"), ("\u{2018}", "'"), ("\u{201B}", "'"), ("\u{2032}", "'"), ("\u{00B4}", "'"),
            ("\u{02BC}", "'"), ("\u{02BB}", "'"), ("\u{2039}", "'"), ("\u{203A}", "'"),
            ("\u{201C}", "\""), ("\u{201D}", "\""), ("\u{201E}", "\""), ("\u{201F}", "\""),
            ("\u{00AB}", "\""), ("\u{00BB}", "\""), ("\u{2033}", "\""), ("\u{FF02}", "\""),
            ("\u{2010}", "-"), ("\u{2011}", "-"), ("\u{2012}", "-"), ("\u{2013}", "-"),
            ("\u{2014}", "-"), ("\u{2015}", "-"), ("\u{2212}", "-"), ("\u{2043}", "-"), ("\u{FE58}", "-"),
            ("\u{00A0}", " "), ("\u{2007}", " "), ("\u{2009}", " "), ("\u{200A}", " "), ("\u{202F}", " "),
            ("\u{205F}", " "), ("\u{3000}", " "), ("\u{2026}", "..."),
            ("\u{00AD}", ""), ("\u{200B}", ""), ("\u{200C}", ""), ("\u{200D}", ""), ("\u{2060}", ""),
            ("\u{FEFF}", ""),
        ]
        for (from, to) in special {
            guard let scalar = from.unicodeScalars.first else { continue }
            map[scalar.value] = Array(to.unicodeScalars)
        }
        // Cyrillic, transliterated following Serbian Latin spelling and then folded.
        let cyrillic: [(String, String)] = [
            ("а", "a"), ("б", "b"), ("в", "v"), ("г", "g"), ("д", "d"), ("ђ", "dj"), ("е", "e"),
            ("ж", "z"), ("з", "z"), ("и", "i"), ("ј", "j"), ("к", "k"), ("л", "l"), ("љ", "lj"),
            ("м", "m"), ("н", "n"), ("њ", "nj"), ("о", "o"), ("п", "p"), ("р", "r"), ("с", "s"),
            ("т", "t"), ("ћ", "c"), ("у", "u"), ("ф", "f"), ("х", "h"), ("ц", "c"), ("ч", "c"),
            ("џ", "dz"), ("ш", "s"), ("й", "j"), ("ы", "y"), ("э", "e"), ("ю", "ju"), ("я", "ja"),
            ("щ", "sc"), ("ё", "e"), ("ъ", ""), ("ь", ""), ("є", "je"), ("і", "i"), ("ї", "ji"),
            ("ґ", "g"), ("ѓ", "gj"), ("ќ", "kj"), ("ѕ", "dz"), ("ў", "u"),
        ]
        for (lower, latin) in cyrillic {
            guard let scalar = lower.unicodeScalars.first else { continue }
            let output = Array(latin.unicodeScalars)
            map[scalar.value] = output
            for upper in lower.uppercased().unicodeScalars where upper != scalar {
                map[upper.value] = output
            }
        }
        self.map = map
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: return true
        default: return false
        }
    }
}
