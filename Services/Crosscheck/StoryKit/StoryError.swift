import Foundation

/// Errors of story mode, each naming the story or input it is about.
public enum StoryError: Error, CustomStringConvertible, Equatable {
    case invalidName(String)
    case notFound(String)
    case noReport(String)
    case noEarlierReport(String)
    case changedDuringAdd(String)

    public var description: String {
        switch self {
        case .invalidName(let name): return "invalid story name '\(name)' (use letters, digits, '-', '_', '.')"
        case .notFound(let name): return "no story named '\(name)'"
        case .noReport(let name): return "story '\(name)' has no report yet (add articles first)"
        case .noEarlierReport(let name): return "story '\(name)' has no earlier report to compare with"
        case .changedDuringAdd(let name):
            return "story '\(name)' was changed by another add while this one ran; nothing was stored, run the add again"
        }
    }
}
