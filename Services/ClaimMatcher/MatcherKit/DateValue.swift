import Foundation

/// A normalised date slot value and the days it covers, for overlap checks.
struct DateValue: Sendable, Hashable {
    enum Precision: Int, Sendable, Comparable {
        case day = 0, month, range, year, open
        static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// `2025-03-18`, `2025-03`, `2025`, `2025-03-17/2025-03-23` or `by 2028`.
    var text: String
    var precision: Precision
    /// First and last day covered (days since 1970), nil for open forms such as `by 2028`.
    var firstDay: Int?
    var lastDay: Int?

    static func day(_ d: CivilDate) -> DateValue {
        DateValue(text: d.iso, precision: .day, firstDay: d.dayNumber, lastDay: d.dayNumber)
    }

    static func month(year: Int, month: Int) -> DateValue? {
        guard CivilDate.isValid(year: year, month: month, day: 1) else { return nil }
        let first = CivilDate(year: year, month: month, day: 1)
        let last = CivilDate(year: year, month: month, day: CivilDate.daysIn(month: month, year: year))
        return DateValue(
            text: String(format: "%04d-%02d", year, month), precision: .month,
            firstDay: first.dayNumber, lastDay: last.dayNumber)
    }

    static func year(_ year: Int) -> DateValue? {
        guard (1...9999).contains(year) else { return nil }
        return DateValue(
            text: String(format: "%04d", year), precision: .year,
            firstDay: CivilDate(year: year, month: 1, day: 1).dayNumber,
            lastDay: CivilDate(year: year, month: 12, day: 31).dayNumber)
    }

    static func range(_ first: CivilDate, _ last: CivilDate) -> DateValue {
        DateValue(
            text: first.iso + "/" + last.iso, precision: .range, firstDay: first.dayNumber,
            lastDay: last.dayNumber)
    }

    /// Whether both could describe the same moment: overlapping intervals, or equal open forms.
    func isCompatible(with other: DateValue) -> Bool {
        if let a = firstDay, let b = lastDay, let c = other.firstDay, let d = other.lastDay {
            return a <= d && c <= b
        }
        if precision == .open && other.precision == .open { return text == other.text }
        return true
    }

    /// Whether the value is a full date or a month, the precision a timeline shows.
    var isTimelineDate: Bool { precision == .day || precision == .month }
}
