import Foundation

/// Folds names into matching keys and id slugs, independent of diacritics and case.
///
/// Two folds exist because they serve different ends: the matching key spells letters the way
/// transliterations do (`Đ` → `dj`, so "Đurić" and "Djuric" meet), while the slug strips marks
/// only (`Đ` → `d`), which is how report ids are written ("marko-duric").
enum NameFolding {
    /// Matching key of one word: lowercase, marks stripped, special letters transliterated.
    static func key(_ word: String) -> String {
        fold(word, transliterate: true)
    }

    /// Id slug of a phrase: lowercase ASCII words joined by hyphens.
    static func slug(_ phrase: String) -> String {
        let folded = fold(phrase, transliterate: false)
        var out = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                if pendingHyphen, !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return out
    }

    private static let transliterations: [Unicode.Scalar: String] = [
        "đ": "dj", "Đ": "dj", "ß": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o",
        "ł": "l", "Ł": "l", "ı": "i", "œ": "oe", "Œ": "oe", "þ": "th", "Þ": "th", "ð": "d", "Ð": "d",
    ]
    private static let plainLetters: [Unicode.Scalar: String] = [
        "đ": "d", "Đ": "d", "ß": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o",
        "ł": "l", "Ł": "l", "ı": "i", "œ": "oe", "Œ": "oe", "þ": "th", "Þ": "th", "ð": "d", "Ð": "d",
    ]

    private static func fold(_ text: String, transliterate: Bool) -> String {
        let table = transliterate ? transliterations : plainLetters
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let replacement = table[scalar] {
                out.append(contentsOf: replacement.unicodeScalars)
                continue
            }
            if scalar.isASCII {
                out.append(contentsOf: String(scalar).lowercased().unicodeScalars)
                continue
            }
            for part in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            where !(0x300...0x36F).contains(part.value) {
                out.append(contentsOf: String(part).lowercased().unicodeScalars)
            }
        }
        return String(out)
    }
}
