import CrosscheckSchema
import Foundation

/// Turns command-line paths into a job: each file one document (a JSON Lines file one a line),
/// each folder its article files, `-` JSON Lines from standard input.
///
/// A folder yields `*.txt`, `*.md`, `*.html`, `*.htm`, `*.jsonl` and `*.ndjson`; anything else in
/// it (another extension, a README, a subfolder) is listed in `skipped` with why. Document ids
/// follow the report contract: the file name without extension, made unique with the parent
/// folder's name when two inputs share one (`crash/01_report`), and with further ancestors when
/// that still collides. Paths that cannot be read (missing, a symlink loop, over the size
/// limit) are carried as `unreadable` with a reason rather than dropped.
public struct InputCollector: Sendable {
    public var maxDocumentBytes: Int

    /// Extensions a folder yields, and the format each declares (nil: the parser tells from the content).
    static let articleExtensions: [String: InputFormat?] = [
        "txt": nil, "md": nil, "html": .html, "htm": .html, "jsonl": nil, "ndjson": nil,
    ]
    /// File names (before the extension, any case) that are a folder's notes, not articles.
    static let noteNames: Set<String> = ["readme", "license", "licence", "changelog", "notice", "authors"]

    public init(maxDocumentBytes: Int = 16 << 20) {
        self.maxDocumentBytes = maxDocumentBytes
    }

    /// The job for the paths; `-` reads JSON Lines from `standardInput`.
    public func collect(_ paths: [String], standardInput: @Sendable () -> Data = { FileHandle.standardInput.readDataToEndOfFile() })
        -> JobRequest
    {
        var files: [String] = []
        var unreadable: [FailedInput] = []
        var skipped: [FailedInput] = []
        var usesStandardInput = false
        for path in paths {
            if path == "-" {
                usesStandardInput = true
                continue
            }
            switch Self.inspect(path) {
            case .file: files.append(path)
            case .folder: listFolder(path, into: &files, unreadable: &unreadable, skipped: &skipped)
            case .problem(let reason): unreadable.append(FailedInput(id: Self.baseName(path), path: path, error: "\(path): \(reason)"))
            }
        }
        var documents: [RawDocument] = []
        for (file, id) in zip(files, Self.documentIDs(for: files)) {
            read(file, id: id, documents: &documents, failed: &unreadable)
        }
        if usesStandardInput {
            let records = JSONLinesReader(maxDocumentBytes: maxDocumentBytes).read(standardInput(), path: "-", baseID: "stdin")
            documents += records.documents
            unreadable += records.failed
        }
        documents = Self.uniqued(documents)
        return JobRequest(documents: documents, unreadable: unreadable, skipped: skipped.isEmpty ? nil : skipped)
    }

    private func listFolder(
        _ path: String, into files: inout [String], unreadable: inout [FailedInput],
        skipped: inout [FailedInput]
    ) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            unreadable.append(
                FailedInput(
                    id: Self.baseName(path), path: path,
                    error: "\(path): folder cannot be listed: \(error.localizedDescription)"))
            return
        }
        var taken: [String] = []
        for name in names.sorted() {
            let full = (path as NSString).appendingPathComponent(name)
            if let reason = Self.skipReason(name: name, path: full) {
                skipped.append(FailedInput(id: Self.baseName(full), path: full, error: "\(full): \(reason)"))
            } else {
                taken.append(full)
            }
        }
        if taken.isEmpty {
            unreadable.append(
                FailedInput(
                    id: Self.baseName(path), path: path,
                    error: "\(path): folder holds no .txt, .md, .html, .htm, .jsonl or .ndjson files"))
        }
        files += taken
    }

    /// Why a folder entry is not an input, or nil when it is one.
    static func skipReason(name: String, path: String) -> String? {
        if case .folder = inspect(path) { return "a subfolder; folders are not searched recursively, give it as an input" }
        let ext = (name as NSString).pathExtension.lowercased()
        guard articleExtensions.keys.contains(ext) else {
            return ext.isEmpty ? "no extension; not an article file" : ".\(ext) is not an article format"
        }
        if noteNames.contains((name as NSString).deletingPathExtension.lowercased()) {
            return "the folder's notes (\(name)), not an article"
        }
        if name.hasPrefix(".") { return "a hidden file" }
        return nil
    }

    private func read(_ file: String, id: String, documents: inout [RawDocument], failed: inout [FailedInput]) {
        let fm = FileManager.default
        // try?: the size only chooses how to read; a file whose attributes fail is read anyway and
        // its read error is reported.
        let size = (try? fm.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        let ext = (file as NSString).pathExtension.lowercased()
        let isRecords = ext == "jsonl" || ext == "ndjson"
        if size > maxDocumentBytes, !isRecords {
            failed.append(
                FailedInput(
                    id: id, path: file,
                    error: String(
                        format: "%@ is %.1f MB, over the %.1f MB limit per document", file,
                        Double(size) / 1_048_576, Double(maxDocumentBytes) / 1_048_576)))
            return
        }
        guard let data = fm.contents(atPath: file) else {
            failed.append(FailedInput(id: id, path: file, error: "\(file): cannot be read"))
            return
        }
        if isRecords {
            let records = JSONLinesReader(maxDocumentBytes: maxDocumentBytes).read(data, path: file, baseID: id)
            documents += records.documents
            failed += records.failed
        } else {
            documents.append(RawDocument(id: id, path: file, data: data, format: Self.articleExtensions[ext] ?? nil))
        }
    }

    /// What a path is; a symlink loop and a dangling link are told apart from a missing path.
    enum PathKind: Equatable {
        case file, folder
        case problem(String)
    }

    static func inspect(_ path: String) -> PathKind {
        var info = stat()
        if stat(path, &info) == 0 {
            return (info.st_mode & S_IFMT) == S_IFDIR ? .folder : .file
        }
        let error = errno
        if error == ELOOP { return .problem("symlink loop (too many levels of symbolic links)") }
        var linkInfo = stat()
        if lstat(path, &linkInfo) == 0, (linkInfo.st_mode & S_IFMT) == S_IFLNK {
            // try?: the target only decorates the message; a link that cannot be read shows "?".
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
            return .problem("broken symlink (points to \(target), which does not exist)")
        }
        if error == EACCES { return .problem("permission denied") }
        return .problem("no such file or folder")
    }

    /// Ids for the files, in order: base names, extended with as many parent folders as it takes
    /// to tell colliding names apart, then `~2`, `~3`… for the same path given twice.
    public static func documentIDs(for files: [String]) -> [String] {
        let parts = files.map { file -> [String] in
            let components = ((file as NSString).standardizingPath as NSString).pathComponents.filter { $0 != "/" && $0 != "." }
            return Array(components.dropLast()) + [baseName(file)]
        }
        var depth = Array(repeating: 1, count: files.count)
        func id(_ i: Int) -> String { parts[i].suffix(depth[i]).joined(separator: "/") }
        while true {
            let groups = Dictionary(grouping: files.indices, by: id)
            let growable = groups.values.filter { $0.count > 1 }.flatMap { $0 }.filter { depth[$0] < parts[$0].count }
            if growable.isEmpty { break }
            for i in growable { depth[i] += 1 }
        }
        return numbered(files.indices.map(id))
    }

    /// The ids with repeats numbered (`x`, `x~2`, `x~3`), first come first.
    static func numbered(_ ids: [String]) -> [String] {
        var seen: [String: Int] = [:]
        let taken = Set(ids)
        return ids.map { base in
            let n = seen[base, default: 0] + 1
            seen[base] = n
            guard n > 1 else { return base }
            var k = n
            while taken.contains("\(base)~\(k)") { k += 1 }
            return "\(base)~\(k)"
        }
    }

    /// Documents whose ids repeat (a record id equal to a file's) get numbered ids.
    static func uniqued(_ documents: [RawDocument]) -> [RawDocument] {
        var result = documents
        for (i, id) in numbered(documents.map(\.id)).enumerated() { result[i].id = id }
        return result
    }

    static func baseName(_ path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }
}
