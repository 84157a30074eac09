import CrosscheckSchema
import CrosscheckTestKit
import Foundation
import Testing

/// A folder mixing plain text, a saved HTML page and a JSON Lines feed, plus a feed on standard
/// input, run end to end by the real executables.
@Suite("mixed inputs (real processes)", .serialized)
struct MixedInputsRunTests {
    static let page = """
        <!DOCTYPE html><html lang="en"><head><title>Ferry service resumes | Island Post</title>
        <meta property="og:site_name" content="Island Post">
        <meta property="article:published_time" content="2024-03-05T08:00:00Z">
        <link rel="canonical" href="https://islandpost.example/ferry-resumes"></head>
        <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><h1>Ferry service resumes</h1>
        <p>The ferry between the two islands resumed service on Monday after a two-week strike ended.</p>
        <p>The operator said that all crossings would run to the normal timetable from Tuesday.</p></article>
        <div id="comments"><p>About time, the strike cost us a fortune.</p></div>
        <footer>Island Post 2024</footer></body></html>
        """
    static let text = """
        Ferry strike ends after two weeks

        The two-week ferry strike ended on Sunday when the union accepted a new pay offer.
        Union leaders said that members voted by a large majority to accept the deal.
        """

    @Test("a folder of .txt, .html and .jsonl plus - on stdin: every record's metadata reaches the report, with its origin")
    func mixedFolderAndStandardInput() throws {
        let inputs = try RepositoryPaths.temporaryFolder("mixed")
        try Data(Self.text.utf8).write(to: inputs.appendingPathComponent("strike.txt"))
        try Data(Self.page.utf8).write(to: inputs.appendingPathComponent("ferry.html"))
        try Data("%PDF-1.4".utf8).write(to: inputs.appendingPathComponent("scan.pdf"))
        let records = [
            #"{"id": "wire-7", "text": "The ferry operator said on Monday that the strike had cost it two million euros in lost fares.", "#
                + #""outlet": "Harbour Wire", "author": "Eva Lund", "published": "2024-03-04T17:30:00Z", "url": "https://wire.example/7", "#
                + #""language": "en", "desk": "business"}"#,
            "{not json",
        ]
        try Data(records.joined(separator: "\n").utf8).write(to: inputs.appendingPathComponent("feed.jsonl"))
        let piped =
            #"{"id": "piped-1", "html": "<p>Passengers said that the first crossing on Monday was full.</p>", "title": "First crossing full"}"#
        let out = try RepositoryPaths.temporaryFolder("mixed-out")
        let result = try CommandRunner.run(
            "crosscheck", ["run", inputs.path, "-", "--out", out.path],
            standardInput: Data(piped.utf8))
        #expect(result.status == 1, "one bad line fails: exit 1 with the report written. stderr: \(result.stderr)")
        #expect(result.stderr.contains("scan.pdf: .pdf is not an article format"))
        let report = try JSONDecoder().decode(Report.self, from: Data(contentsOf: out.appendingPathComponent("report.json")))
        #expect(Set(report.documents.map(\.id)) == ["ferry", "strike", "wire-7", "piped-1"])

        let wire = try #require(report.documents.first { $0.id == "wire-7" })
        #expect(wire.outlet == "Harbour Wire" && wire.author == "Eva Lund" && wire.published == "2024-03-04")
        #expect(wire.url == "https://wire.example/7" && wire.language == "en")
        #expect(wire.origins == ["outlet": .given, "author": .given, "published": .given, "url": .given, "language": .given])
        #expect(wire.extra == ["desk": .string("business")])

        let ferry = try #require(report.documents.first { $0.id == "ferry" })
        #expect(ferry.format == .html && ferry.outlet == "Island Post" && ferry.published == "2024-03-05")
        #expect(ferry.url == "https://islandpost.example/ferry-resumes" && ferry.origins["outlet"] == .page)
        let extracted = try #require(ferry.extractedText)
        let first = try #require(ferry.sentences.first)
        #expect(SourceText(extracted)[first.start, first.end].hasPrefix("The ferry between the two islands resumed"))
        #expect(ferry.removed.contains { $0.reason == "comments" } && ferry.removed.contains { $0.reason == "navigation" })

        let piped1 = try #require(report.documents.first { $0.id == "piped-1" })
        #expect(piped1.title == "First crossing full" && piped1.origins["title"] == .given && piped1.path == "- line 1")
        let strike = try #require(report.documents.first { $0.id == "strike" })
        #expect(strike.format == .text && strike.extractedText == nil)

        #expect(report.failed.contains { $0.error.contains("feed.jsonl line 2: not valid JSON") })
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("report.annotations.jsonld").path))
    }

    @Test("a lightly edited repost: the pair and its passages are reported, and no claim only the two copies make is agreed")
    func repost() throws {
        let wire = """
            Harbour tunnel reopens after flood repairs

            The harbour road tunnel in Bergen reopened to traffic on Wednesday, three weeks after floodwater filled its southern entrance.
            The port authority said that crews had replaced the drainage pumps and rebuilt the damaged flood gate at a cost of 4 million euros.
            Lorry drivers had faced detours of up to forty minutes while the tunnel was closed to all traffic.
            """
        let repost = """
            Tunnel open again

            The harbour road tunnel in Bergen reopened to traffic on Wednesday, three weeks after floodwater flooded its southern entrance.
            The port authority said that crews had replaced the drainage pumps and rebuilt the broken flood gate at a cost of 4 million euros.
            Readers can send us their questions about the tunnel works by email before Friday evening.
            """
        let inputs = try RepositoryPaths.temporaryFolder("repost")
        let records = [
            ["id": "wire", "text": wire, "published": "2024-11-06", "outlet": "Harbour Wire"],
            ["id": "repost", "text": repost, "published": "2024-11-07", "outlet": "Aggregator"],
        ]
        let lines = try records.map { String(decoding: try JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys]), as: UTF8.self) }
        try Data(lines.joined(separator: "\n").utf8).write(to: inputs.appendingPathComponent("feed.jsonl"))
        let out = try RepositoryPaths.temporaryFolder("repost-out")
        let result = try CommandRunner.run("crosscheck", ["run", inputs.path, "--out", out.path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let report = try JSONDecoder().decode(Report.self, from: Data(contentsOf: out.appendingPathComponent("report.json")))
        let pair = try #require(report.reprints.first)
        #expect(Set(pair.docs) == ["wire", "repost"] && pair.original == "wire" && pair.originalBy == "earliest-published")
        #expect(!pair.passages.isEmpty)
        let carriedByBoth = report.clusters.filter { Set($0.docs) == ["wire", "repost"] }
        #expect(!carriedByBoth.isEmpty)
        for cluster in carriedByBoth {
            #expect(cluster.status != .agreed, "\(cluster.id) \(cluster.label) is carried only by the two copies")
            #expect(cluster.independentDocs == ["wire"] && cluster.copies?.map(\.doc) == ["repost"])
        }
        let markdown = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(markdown.contains("## Shared text"))
    }
}
