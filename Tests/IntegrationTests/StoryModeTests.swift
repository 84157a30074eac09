import CrosscheckKit
import CrosscheckSchema
import CrosscheckTestKit
import Foundation
import Testing

@testable import StoryKit

/// `crosscheck story` as a user runs it: real executables, one `add` per article, a report and its changes.
@Suite("crosscheck story (real processes)", .serialized)
struct StoryModeTests {
    static func seedFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.seeds.path)
            .filter { $0.hasSuffix(".txt") }.sorted().map { "seeds/\($0)" }
    }

    @Test("a story built one seed at a time gives the report.json bytes of crosscheck run seeds; changes name what the last added")
    func seedsOneByOne() throws {
        let stories = try RepositoryPaths.temporaryFolder("stories")
        let files = try Self.seedFiles()
        #expect(files.count >= 2)
        for file in files {
            let add = try CommandRunner.run("crosscheck", ["story", "add", "seeds-story", file, "--stories", stories.path])
            #expect(add.status == 0, "add \(file): \(add.stderr)")
        }
        // The add stores report.json alone; `story report` renders the rest, the bytes `run` writes.
        let storyOut = try Self.reportMatchingRun("seeds-story", stories: stories)
        let latest = try StoryStore(root: stories, name: "seeds-story", create: false).latestSnapshot()?.result.report
        #expect(latest?.markdown == "" && latest?.html == "" && latest?.annotations == nil, "the add stores no renderings")
        let lastRun = try JSONDecoder().decode(RunSummary.self, from: Data(contentsOf: storyOut.appendingPathComponent("run.json")))
        let perDocument = lastRun.instances.filter { [.parser, .encoder].contains($0.stage) }
        #expect(
            !perDocument.isEmpty && perDocument.allSatisfy { $0.messages == 1 },
            "the last add sends only its new article through the per-document stages: \(perDocument)")
        #expect(lastRun.documents.count == files.count && lastRun.documents.allSatisfy { $0.status == .ok })
        let stored = try StoryStore(root: stories, name: "seeds-story", create: false)
        let pipeline = StoryPipeline(executables: ServiceExecutables(directory: RepositoryPaths.binaries), logDirectory: stories)
        let ids = files.map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension }
        #expect(try stored.outputs(fingerprint: pipeline.fingerprint).keys.sorted() == ids)
        var other = pipeline
        other.embeddings = false
        #expect(try stored.outputs(fingerprint: other.fingerprint).isEmpty, "outputs made with vectors are not reused without")

        let changesOut = try RepositoryPaths.temporaryFolder("story-changes")
        let changes = try CommandRunner.run(
            "crosscheck",
            [
                "story", "changes", "seeds-story", "--since-report",
                "--stories", stories.path, "--out", changesOut.path,
            ])
        #expect(changes.status == 0, "\(changes.stderr)")
        let set = try JSONDecoder().decode(StoryChangeSet.self, from: Data(contentsOf: changesOut.appendingPathComponent("changes.json")))
        let last = ((files.last ?? "") as NSString).lastPathComponent.replacingOccurrences(of: ".txt", with: "")
        #expect(set.changes.filter { $0.kind == "new-source" }.map(\.docs) == [[last]])
        let clusterChanges = set.changes.filter { $0.kind != "new-source" }
        #expect(!clusterChanges.isEmpty, "adding \(last) changed no cluster")
        // A change elsewhere is an older cluster that lost or gained its corroboration: the learned
        // scorer reads bundle-wide TF-IDF and story features, so a new article can move a pair of
        // older claims across the threshold, either way; the change report must then say so. So can
        // an older agreed cluster lose the pair that corroborates it (related) or gain one.
        let uncorroborated: Set<String?> = ["single-source", "related"]
        let splitOff: (StoryChange) -> Bool = { $0.kind == "status-change" && uncorroborated.contains($0.status) }
        let joined: (StoryChange) -> Bool = { $0.kind == "newly-corroborated" && uncorroborated.contains($0.previousStatus) }
        #expect(clusterChanges.allSatisfy { $0.docs.contains(last) || $0.kind.hasPrefix("resolved") || splitOff($0) || joined($0) })
        #expect(clusterChanges.contains { $0.docs.contains(last) })
        #expect(clusterChanges.allSatisfy { !$0.spans.isEmpty && $0.spans.allSatisfy { $0.start < $0.end && !$0.text.isEmpty } })
        let markdown = try String(contentsOf: changesOut.appendingPathComponent("changes.md"), encoding: .utf8)
        #expect(markdown.contains("## New sources (1)") && markdown.contains(last))

        let again = try CommandRunner.run("crosscheck", ["story", "add", "seeds-story", files[0], "--stories", stories.path])
        #expect(again.status == 0 && again.stderr.contains("already in the story"), "\(again.stderr)")
        let show = try CommandRunner.run("crosscheck", ["story", "show", "seeds-story", "--stories", stories.path])
        #expect(show.stdout.contains("\(files.count) documents, \(files.count) reports"), "\(show.stdout)")
        let list = try CommandRunner.run("crosscheck", ["story", "list", "--stories", stories.path])
        #expect(list.stdout.hasPrefix("seeds-story\t\(files.count) documents"), "\(list.stdout)")
    }

    @Test("kill -9 during an add leaves the story as it was, and the same add then succeeds; bad inputs are named")
    func killedAdd() throws {
        let stories = try RepositoryPaths.temporaryFolder("stories-kill")
        let files = try Self.seedFiles()
        let first = try CommandRunner.run("crosscheck", ["story", "add", "k", files[0], "--stories", stories.path])
        #expect(first.status == 0, "\(first.stderr)")
        let before = try StoryStore(root: stories, name: "k", create: false)
        let reportBefore = try before.latestSnapshot()?.result.report?.json

        for delay in [0.3, 1.5] {
            let killed = try Self.killedCrosscheck(["story", "add", "k", files[1], files[2], "--stories", stories.path], after: delay)
            #expect(killed, "the add finished before it was killed (delay \(delay) s)")
            let store = try StoryStore(root: stories, name: "k", create: false)
            #expect(try store.documents().map(\.document.path) == [files[0]])
            #expect(try store.snapshots().count == 1)
            #expect(try store.latestSnapshot()?.result.report?.json == reportBefore)
        }

        let missing = stories.appendingPathComponent("missing.txt").path
        let retry = try CommandRunner.run("crosscheck", ["story", "add", "k", files[1], files[2], missing, "--stories", stories.path])
        #expect(retry.status == 1, "a missing input fails the add's exit status, the rest is added: \(retry.stderr)")
        #expect(retry.stderr.contains("missing.txt: no such file"), "\(retry.stderr)")
        let store = try StoryStore(root: stories, name: "k", create: false)
        #expect(try store.documents().map(\.document.path) == Array(files[0...2]))
        #expect(try store.snapshots().count == 2)
    }

    /// Runs `crosscheck` with `arguments` and kills it with SIGKILL after `delay` seconds; true
    /// when the kill ended it (it had not finished by then).
    static func killedCrosscheck(_ arguments: [String], after delay: Double) throws -> Bool {
        let process = Process()
        process.executableURL = RepositoryPaths.binaries.appendingPathComponent("crosscheck")
        process.arguments = arguments
        process.currentDirectoryURL = RepositoryPaths.root
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        usleep(UInt32(delay * 1_000_000))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal
    }

    @Test("adds with the report deferred analyse only their new articles; story report then gives crosscheck run's bytes")
    func deferredAdds() throws {
        let stories = try RepositoryPaths.temporaryFolder("stories-later")
        let files = try Self.seedFiles()
        #expect(files.count >= 3)
        let first = try CommandRunner.run("crosscheck", ["story", "add", "later", files[0], "--stories", stories.path])
        #expect(first.status == 0, "\(first.stderr)")
        // One deferred add through the library, to see its job: the new article alone went through the pipeline.
        // The path is relative, as the CLI adds above and `run seeds` give it (the tests run in the repository).
        let logs = stories.appendingPathComponent("deferred-logs")
        let pipeline = StoryPipeline(executables: ServiceExecutables(directory: RepositoryPaths.binaries), logDirectory: logs)
        let outcome = try StoryBook(root: stories).add(
            "later", paths: [files[1]],
            collector: InputCollector(maxDocumentBytes: 16 << 20), pipeline: pipeline, timing: .later)
        #expect(outcome.snapshot == nil && outcome.pending == 1)
        #expect(outcome.result?.run.documents.map(\.id) == [Self.id(files[1])], "the deferred add's job holds its new article only")
        try Self.expectPerDocumentOnly(outcome.result, logs: logs)
        for file in files.dropFirst(2) {
            let add = try CommandRunner.run("crosscheck", ["story", "add", "later", file, "--report", "later", "--stories", stories.path])
            #expect(add.status == 0 && add.stderr.contains("report deferred"), "\(add.stderr)")
        }
        let store = try StoryStore(root: stories, name: "later", create: false)
        #expect(try store.snapshots().count == 1 && store.pendingDocuments() == files.count - 1)
        #expect(try store.outputs(fingerprint: pipeline.fingerprint).keys.sorted() == files.map(Self.id), "every article's outputs are kept")
        let show = try CommandRunner.run("crosscheck", ["story", "show", "later", "--stories", stories.path])
        #expect(show.stdout.contains("\(files.count - 1) document(s) not in a report yet"), "\(show.stdout)")

        let storyOut = try Self.reportMatchingRun("later", stories: stories)
        let refreshed = try JSONDecoder().decode(RunSummary.self, from: Data(contentsOf: storyOut.appendingPathComponent("run.json")))
        #expect(refreshed.instances.filter { $0.stage == .parser }.allSatisfy { $0.messages == 0 }, "no article was parsed again")
        #expect(try store.snapshots().count == 2 && store.pendingDocuments() == 0)

        let changesOut = try RepositoryPaths.temporaryFolder("later-changes")
        let changes = try CommandRunner.run(
            "crosscheck", ["story", "changes", "later", "--since-report", "--stories", stories.path, "--out", changesOut.path])
        #expect(changes.status == 0, "\(changes.stderr)")
        let set = try JSONDecoder().decode(StoryChangeSet.self, from: Data(contentsOf: changesOut.appendingPathComponent("changes.json")))
        #expect(set.changes.filter { $0.kind == "new-source" }.map(\.docs) == files.dropFirst().map { [Self.id($0)] })
        #expect(set.basis == "report" && set.from?.documents == 1 && set.to?.documents == files.count)
    }

    @Test("kill -9 during a deferred add, or while story report makes the deferred report, leaves the story consistent")
    func killedDeferred() throws {
        let stories = try RepositoryPaths.temporaryFolder("stories-kill-later")
        let files = try Self.seedFiles()
        let root = ["--stories", stories.path]
        #expect(try CommandRunner.run("crosscheck", ["story", "add", "d", files[0]] + root).status == 0)
        for delay in [0.3, 1.0] {
            let killed = try Self.killedCrosscheck(["story", "add", "d", files[1], files[2], "--report", "later"] + root, after: delay)
            #expect(killed, "the deferred add finished before it was killed (delay \(delay) s)")
            let store = try StoryStore(root: stories, name: "d", create: false)
            #expect(try store.documents().map(\.document.path) == [files[0]])
            #expect(try store.snapshots().count == 1 && store.pendingDocuments() == 0)
        }
        #expect(try CommandRunner.run("crosscheck", ["story", "add", "d", files[1], files[2], "--report", "later"] + root).status == 0)
        let out = try RepositoryPaths.temporaryFolder("kill-later-out")
        for delay in [0.3, 1.0] {
            let killed = try Self.killedCrosscheck(["story", "report", "d", "--out", out.path] + root, after: delay)
            #expect(killed, "story report finished before it was killed (delay \(delay) s)")
            let store = try StoryStore(root: stories, name: "d", create: false)
            #expect(try store.documents().count == 3)
            #expect(try store.snapshots().count == 1 && store.pendingDocuments() == 2)
        }
        let report = try CommandRunner.run("crosscheck", ["story", "report", "d", "--out", out.path] + root)
        #expect(report.status == 0, "\(report.stderr)")
        let store = try StoryStore(root: stories, name: "d", create: false)
        #expect(try store.snapshots().count == 2 && store.pendingDocuments() == 0)
        let json = try String(contentsOf: out.appendingPathComponent("report.json"), encoding: .utf8)
        #expect(json == (try store.latestSnapshot()?.result.report?.json), "story report wrote the report it stored")
    }

    /// A short article on a subject no seed touches (no entity in common with them).
    static func unrelatedArticle(in folder: URL) throws -> String {
        let url = folder.appendingPathComponent("garden-show.txt")
        let text = """
            Garden club opens its spring show

            The Willowbrook garden club opened its spring flower show on Saturday. Volunteers arranged tulips \
            and daffodils in the old greenhouse, and the club's treasurer said the show would pay for new benches.

            """
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test("a preview add compares only the stored articles sharing keys with the new one; changes.json says it is a preview")
    func previewAdd() throws {
        let stories = try RepositoryPaths.temporaryFolder("stories-preview")
        let files = try Self.seedFiles()
        #expect(files.count >= 5)
        let unrelated = try Self.unrelatedArticle(in: stories)
        let root = ["--stories", stories.path]
        let first = try CommandRunner.run("crosscheck", ["story", "add", "p"] + files.prefix(4) + [unrelated, "--report", "now"] + root)
        #expect(first.status == 0, "\(first.stderr)")
        let added = Self.id(files[4])
        try FileManager.default.copyItem(at: stories.appendingPathComponent("p"), to: stories.appendingPathComponent("q"))
        let add = try CommandRunner.run("crosscheck", ["story", "add", "p", files[4], "--report", "preview"] + root)
        #expect(add.status == 0 && add.stderr.contains("preview: compared"), "\(add.stderr)")
        let store = try StoryStore(root: stories, name: "p", create: false)
        #expect(try store.snapshots().count == 1 && store.pendingDocuments() == 1, "the exact report is pending")

        let previewOut = try RepositoryPaths.temporaryFolder("preview-changes")
        let changes = try CommandRunner.run("crosscheck", ["story", "changes", "p", "--out", previewOut.path] + root)
        #expect(changes.status == 0 && changes.stderr.contains("preview"), "\(changes.stderr)")
        let preview = try JSONDecoder().decode(
            StoryChangeSet.self, from: Data(contentsOf: previewOut.appendingPathComponent("changes.json")))
        #expect(preview.basis == "preview" && preview.to == nil && preview.from?.snapshot == 1)
        let compared = preview.preview?.adds.flatMap(\.compared) ?? []
        #expect(preview.preview?.adds.map(\.added) == [[added]] && preview.preview?.pending == 1)
        #expect(!compared.contains("garden-show"), "an article sharing no key is not compared: \(compared)")
        #expect(!compared.isEmpty && compared.allSatisfy { id in files.prefix(4).map(Self.id).contains(id) })
        #expect(preview.preview?.caveat.contains("TF-IDF") == true)
        #expect(preview.changes.filter { $0.kind == "new-source" }.map(\.docs) == [[added]])
        let markdown = try String(contentsOf: previewOut.appendingPathComponent("changes.md"), encoding: .utf8)
        #expect(markdown.contains("**Preview**") && markdown.contains(added))
        try Self.expectReconciled(preview, latest: try store.latestSnapshot(), added: added)
        try Self.expectDropped(preview, copy: "q", adding: files[4], root: root, stories: stories)
        let shown = try CommandRunner.run("crosscheck", ["story", "show", "p"] + root)
        #expect(shown.stdout.contains("1 preview(s) pending since the latest report"), "\(shown.stdout)")
        let listed = try CommandRunner.run("crosscheck", ["story", "list"] + root)
        #expect(listed.stdout.contains("1 preview(s) pending, latest "), "\(listed.stdout)")

        // The exact report, then the exact difference: the preview's cluster changes are among its own.
        let out = try RepositoryPaths.temporaryFolder("preview-report")
        #expect(try CommandRunner.run("crosscheck", ["story", "report", "p", "--out", out.path] + root).status == 0)
        let exactOut = try RepositoryPaths.temporaryFolder("preview-exact")
        let exactRun = try CommandRunner.run("crosscheck", ["story", "changes", "p", "--since-report", "--out", exactOut.path] + root)
        #expect(exactRun.status == 0, "\(exactRun.stderr)")
        let exact = try JSONDecoder().decode(StoryChangeSet.self, from: Data(contentsOf: exactOut.appendingPathComponent("changes.json")))
        #expect(exact.basis == "report" && exact.preview == nil && exact.to?.documents == 6)
        let claims: (StoryChange) -> Set<String> = { Set($0.spans.compactMap(\.claim)) }
        let exactChanges = exact.changes.filter { $0.kind != "new-source" }
        let shared = preview.changes.filter { change in
            change.kind != "new-source" && exactChanges.contains { $0.kind == change.kind && claims($0) == claims(change) }
        }
        #expect(!shared.isEmpty, "no cluster change of the preview is in the exact diff: \(preview.changes.map(\.kind))")
        #expect(try store.pendingDocuments() == 0)
        let after = try CommandRunner.run("crosscheck", ["story", "changes", "p", "--out", previewOut.path] + root)
        let covered = after.status == 0 && !after.stderr.contains("preview of the pending adds")
        #expect(covered, "no preview once the report covers the add: \(after.stderr)")
    }

    /// Expects every preview change about a cluster to be checked against the latest report: none
    /// has a status its stored claims already had there, and `previousStatus` is that report's.
    static func expectReconciled(_ preview: StoryChangeSet, latest: StorySnapshot?, added: String) throws {
        let json = try #require(latest?.result.report?.json)
        let report = try JSONDecoder().decode(Report.self, from: Data(json.utf8))
        var statusOf: [String: String] = [:]
        for cluster in report.clusters { for claim in cluster.claims { statusOf[claim] = cluster.status.rawValue } }
        let checked = preview.changes.filter { $0.kind != "new-source" }
        #expect(!checked.isEmpty && checked.allSatisfy { $0.check == PreviewReconciler.confirmed || $0.check == PreviewReconciler.unconfirmed })
        for change in checked where change.check == PreviewReconciler.confirmed && !change.kind.hasPrefix("resolved-") {
            let before = Set(change.spans.filter { $0.doc != added }.compactMap { $0.claim.flatMap { statusOf[$0] } })
            // An evolving value's spans are the value's claims alone (the cluster's were looked up).
            guard change.kind != "new-evolving-value" else { continue }
            #expect(!before.contains(change.status ?? ""), "\(change.kind) \(change.cluster ?? "") was \(before) already")
            #expect(change.previousStatus.map(before.contains) == true, "\(change.kind): \(change.previousStatus ?? "-") not in \(before)")
        }
    }

    /// Expects a preview change to be dropped when the latest report already gave its stored
    /// claims its status: `copy` (the story before the add) gets the first such change's claims
    /// set to its status in the claim index, then the same add; its preview lacks the change.
    static func expectDropped(_ preview: StoryChangeSet, copy: String, adding file: String, root: [String], stories: URL) throws {
        let kinds: Set<String> = ["new-conflict", "new-dispute", "newly-corroborated", "status-change"]
        let change = try #require(preview.changes.first { kinds.contains($0.kind) && $0.check == PreviewReconciler.confirmed })
        let store = try StoryStore(root: stories, name: copy, create: false)
        try store.setIndexedStatus(of: change.spans.compactMap(\.claim), to: change.status ?? "")
        let add = try CommandRunner.run("crosscheck", ["story", "add", copy, file, "--report", "preview"] + root)
        #expect(add.status == 0, "\(add.stderr)")
        let copied = try #require(try store.previews(since: 1).first)
        let claims = Set(change.spans.compactMap(\.claim))
        #expect(!copied.changes.contains { $0.kind == change.kind && Set($0.spans.compactMap(\.claim)) == claims })
        #expect(copied.dropped == (preview.preview?.adds.first?.dropped ?? 0) + 1, "dropped \(copied.dropped ?? 0)")
    }

    @Test("kill -9 during a preview add leaves the story as it was, and the same add then succeeds")
    func killedPreview() throws {
        let stories = try RepositoryPaths.temporaryFolder("stories-kill-preview")
        let files = try Self.seedFiles()
        let root = ["--stories", stories.path]
        #expect(try CommandRunner.run("crosscheck", ["story", "add", "v"] + files.prefix(2) + root).status == 0)
        // Three articles at once keep the add running past the last kill even on a fast, idle machine.
        let added = Array(files[2...])
        for delay in [0.3, 1.0, 1.8] {
            let killed = try Self.killedCrosscheck(["story", "add", "v"] + added + ["--report", "preview"] + root, after: delay)
            #expect(killed, "the preview add finished before it was killed (delay \(delay) s)")
            let store = try StoryStore(root: stories, name: "v", create: false)
            #expect(try store.documents().map(\.document.path) == Array(files.prefix(2)))
            #expect(try store.snapshots().count == 1 && store.pendingDocuments() == 0 && store.previews(since: 1).isEmpty)
            #expect(try store.keys(of: Self.id(files[2])).isEmpty)
        }
        #expect(try CommandRunner.run("crosscheck", ["story", "add", "v"] + added + ["--report", "preview"] + root).status == 0)
        let store = try StoryStore(root: stories, name: "v", create: false)
        #expect(try store.pendingDocuments() == added.count && store.previews(since: 1).count == 1)
        #expect(try !store.keys(of: Self.id(files[2])).isEmpty)
    }

    /// Expects a deferred add's job to have started and used the per-document stages alone: only
    /// the coordinator, parser, resolver and encoder have a log in `logs` (the supervisor gives
    /// each process it starts one), only they worked in the job, and the job made no report.
    static func expectPerDocumentOnly(_ result: JobResult?, logs: URL) throws {
        let started = Set(try FileManager.default.contentsOfDirectory(atPath: logs.path).filter { $0.hasSuffix(".log") })
        #expect(started == ["coordinator.log", "parser-1.log", "resolver-1.log", "encoder-1.log"], "started: \(started.sorted())")
        let worked = Set(result?.run.instances.map(\.stage) ?? [])
        #expect(worked == [.coordinator, .parser, .resolver, .encoder], "worked in the job: \(worked)")
        #expect(result?.report == nil && result?.error == nil && result?.settled?.count == 1)
    }

    /// Runs `story report` for `name` and `crosscheck run seeds`, expects every report file of
    /// the two to be the same bytes, and returns the story's output folder.
    static func reportMatchingRun(_ name: String, stories: URL) throws -> URL {
        let storyOut = try RepositoryPaths.temporaryFolder("\(name)-out")
        let report = try CommandRunner.run("crosscheck", ["story", "report", name, "--stories", stories.path, "--out", storyOut.path])
        #expect(report.status == 0, "\(report.stderr)")
        let runOut = try RepositoryPaths.temporaryFolder("\(name)-run")
        #expect(try CommandRunner.run("crosscheck", ["run", "seeds", "--out", runOut.path]).status == 0)
        for file in ReportFiles.reportNames {
            let fromStory = try Data(contentsOf: storyOut.appendingPathComponent(file))
            let fromRun = try Data(contentsOf: runOut.appendingPathComponent(file))
            #expect(fromStory == fromRun, "story \(file) differs from crosscheck run seeds'")
        }
        return storyOut
    }

    /// A seed file's document id: its base name.
    static func id(_ file: String) -> String {
        ((file as NSString).lastPathComponent as NSString).deletingPathExtension
    }
}
