import Foundation
import Knowledge

/// Folds names into matching keys and id slugs, independent of diacritics and case.
///
/// Two folds exist because they serve different ends: the matching key spells letters the way
/// transliterations do (`Đ` → `dj`, so "Đorđević" and "Djordjevic" meet), while the slug strips marks
/// only (`Đ` → `d`), which is how report ids are written ("goran-dordevic").
enum NameFolding {
    /// Matching key of one word: lowercase, marks stripped, special letters transliterated.
    static func key(_ word: String) -> String {
        TextFolding.fold(word)
    }

    /// Id slug of a phrase: lowercase ASCII words joined by hyphens.
    static func slug(_ phrase: String) -> String {
        // Report ids write Đ as d ("goran-dordevic"); everything else folds as for matching.
        var plain = String.UnicodeScalarView()
        for scalar in phrase.unicodeScalars {
            if let letter = plainLetters[scalar] { plain.append(contentsOf: letter.unicodeScalars) } else { plain.append(scalar) }
        }
        let folded = TextFolding.fold(String(plain))
        var out = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingHyphen, !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return out
    }

    private static let plainLetters: [Unicode.Scalar: String] = [
        "đ": "d", "Đ": "d", "ß": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o",
        "ł": "l", "Ł": "l", "ı": "i", "œ": "oe", "Œ": "oe", "þ": "th", "Þ": "th", "ð": "d", "Ð": "d",
    ]
}
