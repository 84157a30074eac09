import CrosscheckSchema
import Foundation

/// Turns command-line paths into a job: each file one document, each folder its `*.txt` files.
///
/// Document ids follow the report contract: the file name without extension, made unique
/// with the parent folder's name when two inputs share one (`crash/01_report`). Paths that
/// cannot be read, and files over the size limit, are carried as `unreadable` with a reason
/// rather than dropped.
public struct InputCollector: Sendable {
    public var maxDocumentBytes: Int

    public init(maxDocumentBytes: Int = 16 << 20) {
        self.maxDocumentBytes = maxDocumentBytes
    }

    public func collect(_ paths: [String]) -> JobRequest {
        var files: [String] = []
        var unreadable: [(path: String, error: String)] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                unreadable.append((path, "\(path): no such file or folder"))
                continue
            }
            if isDirectory.boolValue {
                guard let names = try? fm.contentsOfDirectory(atPath: path) else {
                    unreadable.append((path, "\(path): folder cannot be listed"))
                    continue
                }
                let texts = names.filter { $0.hasSuffix(".txt") }.sorted()
                if texts.isEmpty { unreadable.append((path, "\(path): folder holds no .txt files")) }
                files += texts.map { (path as NSString).appendingPathComponent($0) }
            } else {
                files.append(path)
            }
        }
        let ids = Self.documentIDs(for: files)
        var documents: [RawDocument] = []
        var failed = unreadable.map { FailedInput(id: Self.baseName($0.path), path: $0.path, error: $0.error) }
        for (file, id) in zip(files, ids) {
            let size = (try? fm.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
            if size > maxDocumentBytes {
                failed.append(FailedInput(id: id, path: file, error: String(
                    format: "%@ is %.1f MB, over the %.1f MB limit per document", file,
                    Double(size) / 1_048_576, Double(maxDocumentBytes) / 1_048_576)))
                continue
            }
            guard let data = fm.contents(atPath: file) else {
                failed.append(FailedInput(id: id, path: file, error: "\(file): cannot be read"))
                continue
            }
            documents.append(RawDocument(id: id, path: file, data: data))
        }
        return JobRequest(documents: documents, unreadable: failed)
    }

    /// Ids for the files, in order: base names, prefixed by the parent folder where they collide.
    public static func documentIDs(for files: [String]) -> [String] {
        let bases = files.map(baseName)
        var counts: [String: Int] = [:]
        for base in bases { counts[base, default: 0] += 1 }
        return zip(files, bases).map { file, base in
            guard counts[base, default: 0] > 1 else { return base }
            let parent = ((file as NSString).deletingLastPathComponent as NSString).lastPathComponent
            return parent.isEmpty ? base : "\(parent)/\(base)"
        }
    }

    static func baseName(_ path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }
}
