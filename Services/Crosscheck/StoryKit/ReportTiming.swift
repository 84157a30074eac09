/// When `story add` makes the story's report: with the add, later, or later with a preview of what the add changed.
///
/// `now` runs the bundle stages (linking, matching, `report.json`) over every document of the
/// story in the add, as `crosscheck run` does. `later` runs only the per-document stages over
/// the new documents (a `JobKind.perDocument` job: no linker, matcher or writer; their outputs
/// are stored) and leaves the story's report pending: `story report` and `story changes` make it, over every
/// document, byte for byte what `now` would have made, once for however many adds came before.
/// `preview` defers the report as `later` does and also compares, through the real pipeline,
/// the stored documents the new ones share linking keys with (`DocumentKeys`) alone and with
/// the new ones, storing what changed between the two as the add's preview (`StoryPreview`).
/// `auto` is `now` for a story holding fewer than `deferFrom` documents and `preview` from there
/// on, where the bundle stages over the whole story are most of an add's time.
public enum ReportTiming: String, Sendable, CaseIterable {
    case now
    case later
    case preview
    case auto

    /// From this many stored documents on, `auto` previews the add and defers the report.
    public static let deferFrom = 500

    /// What an add to a story holding `stored` documents does: `now`, `later` or `preview` (never `auto`).
    public func resolved(stored: Int) -> ReportTiming {
        switch self {
        case .auto: return stored >= Self.deferFrom ? .preview : .now
        default: return self
        }
    }

    /// Whether an add to a story holding `stored` documents defers its report.
    public func defers(stored: Int) -> Bool {
        resolved(stored: stored) != .now
    }
}
