import Foundation

/// Why a knowledge file could not be used; every case names the file.
public enum KnowledgeError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    /// The file could not be read.
    case unreadableFile(path: String, reason: String)
    /// The file is not valid JSON in the knowledge format.
    case malformedFile(path: String, reason: String)
    /// An entry or role in the file is incomplete or inconsistent.
    case invalidItem(path: String, id: String, reason: String)
    /// The bundled data folder is missing.
    case missingBundledData(reason: String)

    public var description: String {
        switch self {
        case .unreadableFile(let path, let reason):
            return "knowledge file \(path): cannot be read: \(reason)"
        case .malformedFile(let path, let reason):
            return "knowledge file \(path): malformed: \(reason)"
        case .invalidItem(let path, let id, let reason):
            return "knowledge file \(path): item \"\(id)\": \(reason)"
        case .missingBundledData(let reason):
            return "bundled knowledge data missing: \(reason)"
        }
    }

    public var errorDescription: String? { description }
}
