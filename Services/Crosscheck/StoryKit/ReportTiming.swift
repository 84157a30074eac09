/// When `story add` makes the story's report: with the add, or later, when one is read.
///
/// `now` runs the bundle stages (linking, matching, `report.json`) over every document of the
/// story in the add, as `crosscheck run` does. `later` runs only the per-document stages over
/// the new documents (a `JobKind.perDocument` job: no linker, matcher or writer; their outputs
/// are stored) and leaves the story's report pending: `story report` and `story changes` make it, over every
/// document, byte for byte what `now` would have made, once for however many adds came before.
/// `auto` is `now` for a story holding fewer than `deferFrom` documents and `later` from there
/// on, where the bundle stages are most of an add's time.
public enum ReportTiming: String, Sendable, CaseIterable {
    case now
    case later
    case auto

    /// From this many stored documents on, `auto` defers the report.
    public static let deferFrom = 500

    /// Whether an add to a story holding `stored` documents defers its report.
    public func defers(stored: Int) -> Bool {
        switch self {
        case .now: return false
        case .later: return true
        case .auto: return stored >= Self.deferFrom
        }
    }
}
