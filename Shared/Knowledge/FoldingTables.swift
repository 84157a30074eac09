import Foundation

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
