import Foundation

/// Which earlier report `story changes` compares the latest one with.
public enum ChangesBaseline: Sendable, Equatable {
    /// The report the last `changes` compared up to (the story's beginning when never read).
    case lastLook
    /// The report before the latest one.
    case previousReport
    /// The latest report made at or before this time (the story's beginning when none).
    case time(Date)

    /// Parses `--since`: an ISO 8601 time (`2026-11-29T10:00:00Z`) or a date (`2026-11-29`, UTC midnight).
    public static func parseTime(_ text: String) -> Date? {
        let full = ISO8601DateFormatter()
        if let date = full.date(from: text) { return date }
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = fractional.date(from: text) { return date }
        let day = ISO8601DateFormatter()
        day.formatOptions = [.withFullDate]
        return day.date(from: text)
    }
}
