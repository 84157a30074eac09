/// The apostrophes, quotation marks and hyphens every Kit reads text by.
public enum QuoteMarks {
    /// Apostrophes: ASCII, right single quotation mark, modifier letter apostrophe.
    public static let apostrophes: Set<Unicode.Scalar> = ["'", "’", "ʼ"]
    /// Marks that may open a quotation.
    public static let openingQuotes: Set<Unicode.Scalar> = ["“", "‘", "\"", "«", "„", "‚", "‹", "'"]
    /// Marks that may close a quotation.
    public static let closingQuotes: Set<Unicode.Scalar> = ["”", "’", "\"", "»", "“", "›", "'"]
    /// Hyphens that join words ("Poland-Lithuania"), not dashes.
    public static let hyphens: Set<Unicode.Scalar> = ["-", "‐", "‑"]
}
