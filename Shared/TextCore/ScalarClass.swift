/// Character classes over Unicode scalars, with fast ASCII paths for the hot scanning loops.
public enum ScalarClass {
    /// Spaces, tabs, line breaks, no-break and zero-width spaces, and the byte-order mark.
    @inline(__always)
    public static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        switch v {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// A line break (LF, CR, NEL, line and paragraph separators).
    @inline(__always)
    public static func isLineBreak(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v == 0x0A || v == 0x0D || v == 0x85 || v == 0x2028 || v == 0x2029 || v == 0x0B || v == 0x0C
    }

    @inline(__always)
    public static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        return s.properties.isAlphabetic
    }

    @inline(__always)
    public static func isDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v >= 0x30 && v <= 0x39
    }

    @inline(__always)
    public static func isAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        isDigit(s) || isLetter(s)
    }

    @inline(__always)
    public static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return s.properties.isUppercase
    }

    @inline(__always)
    public static func isLowercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        return s.properties.isLowercase
    }

    /// A combining mark, which belongs to the word before it.
    @inline(__always)
    public static func isMark(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x300 { return false }
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Characters that may sit inside a word between two letters or digits: apostrophes, hyphens, dots.
    @inline(__always)
    public static func isWordJoiner(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x27, 0x2019, 0x2D, 0x2010, 0x2011, 0x2E, 0x2C, 0x3A, 0x2F:
            return true
        default:
            return false
        }
    }

    /// Sentence-final punctuation: full stop, question and exclamation marks, ellipsis.
    @inline(__always)
    public static func isTerminator(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2E, 0x21, 0x3F, 0x2026, 0x203C, 0x2047, 0x2048, 0x2049, 0x3002, 0xFF01, 0xFF0E, 0xFF1F:
            return true
        default:
            return false
        }
    }

    /// Marks that close a quotation or bracket and stay with the sentence before them.
    @inline(__always)
    public static func isCloser(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0xBB, 0x2019, 0x201D, 0x203A:
            return true
        default:
            return false
        }
    }

    /// Marks that open a quotation or bracket.
    @inline(__always)
    public static func isOpener(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0xAB, 0x2018, 0x201C, 0x201E, 0x2039:
            return true
        default:
            return false
        }
    }

    /// Hyphens and dashes of every width.
    @inline(__always)
    public static func isDash(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212:
            return true
        default:
            return false
        }
    }

    /// A scalar that belongs to a name: a letter, an ASCII digit or a nonspacing mark.
    @inline(__always)
    public static func isNameScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) }
        return s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark
    }

    /// Unicode's White_Space property (no zero-width space, no byte-order mark, unlike `isSpace`).
    @inline(__always)
    public static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\n" || s == "\t" || s == "\r" || s.properties.isWhitespace
    }
}
