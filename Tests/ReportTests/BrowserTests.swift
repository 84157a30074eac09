import CrosscheckSchema
import Foundation
import Testing

@testable import ReportKit

/// report.html in a real browser. Skipped when no Chromium is installed; `scripts/install-chromium` installs it.
@Suite(
    "report.html in headless Chromium", .serialized,
    .enabled(if: Chromium.path != nil, "no chromium/chromium-browser on PATH: run scripts/install-chromium"))
struct BrowserTests {
    /// Copies a test's output to `CROSSCHECK_REPORT_KEEP`, when set, for a human to look at.
    func keep(_ files: [URL]) {
        guard let keep = ProcessInfo.processInfo.environment["CROSSCHECK_REPORT_KEEP"], !keep.isEmpty else { return }
        let folder = URL(fileURLWithPath: keep)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in files {
            let target = folder.appendingPathComponent(file.lastPathComponent)
            try? FileManager.default.removeItem(at: target)
            try? FileManager.default.copyItem(at: file, to: target)
        }
    }

    /// Writes `html` to a fresh temporary folder.
    func write(_ html: String, name: String) throws -> (folder: URL, file: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("crosscheck-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(name)
        try Data(html.utf8).write(to: file)
        return (folder, file)
    }

    @Test("the page renders: a screenshot that is far from blank")
    func screenshot() throws {
        let html = try ReportWriter(vocabulary: FixtureBundle.vocabulary).render(FixtureBundle.analysis()).html
        let page = try write(html, name: "report.html")
        let blank = try write("<!DOCTYPE html><html><body></body></html>", name: "blank.html")
        defer {
            try? FileManager.default.removeItem(at: page.folder)
            try? FileManager.default.removeItem(at: blank.folder)
        }
        let shot = page.folder.appendingPathComponent("report.png")
        let blankShot = blank.folder.appendingPathComponent("blank.png")
        try Chromium.run(["--screenshot=\(shot.path)", "--window-size=1200,2000", page.file.absoluteString], in: page.folder)
        try Chromium.run(["--screenshot=\(blankShot.path)", "--window-size=1200,2000", blank.file.absoluteString], in: blank.folder)
        keep([shot, page.file])
        let png = try Data(contentsOf: shot)
        let blankPNG = try Data(contentsOf: blankShot)
        let size = try #require(Chromium.pngSize(png), "not a PNG")
        #expect(size.width == 1200 && size.height == 2000)
        #expect(png.count > 20_000, "a rendered report compresses to more than a few kilobytes")
        #expect(png.count > blankPNG.count * 5, "report \(png.count) bytes vs blank page \(blankPNG.count) bytes: the page must not be one colour")
    }

    @Test("it prints to PDF and renders at phone width")
    func printAndPhone() throws {
        let html = try ReportWriter(vocabulary: FixtureBundle.vocabulary).render(FixtureBundle.analysis()).html
        let page = try write(html, name: "report.html")
        defer { try? FileManager.default.removeItem(at: page.folder) }
        let pdf = page.folder.appendingPathComponent("report.pdf")
        try Chromium.run(["--print-to-pdf=\(pdf.path)", "--no-pdf-header-footer", page.file.absoluteString], in: page.folder)
        let pdfData = try Data(contentsOf: pdf)
        #expect(pdfData.starts(with: Data("%PDF".utf8)))
        #expect(pdfData.count > 10_000)
        let phone = page.folder.appendingPathComponent("phone.png")
        try Chromium.run(["--screenshot=\(phone.path)", "--window-size=390,1400", page.file.absoluteString], in: page.folder)
        keep([phone, pdf])
        let png = try Data(contentsOf: phone)
        let size = try #require(Chromium.pngSize(png))
        #expect(size.width == 390)
        #expect(png.count > 20_000)
    }

    @Test("the rendered DOM has the matrix and no element from hostile input")
    func dom() throws {
        let html = try ReportWriter(vocabulary: FixtureBundle.vocabulary).render(FixtureBundle.analysis()).html
        let page = try write(html, name: "report.html")
        defer { try? FileManager.default.removeItem(at: page.folder) }
        let dom = try Chromium.run(["--dump-dom", page.file.absoluteString], in: page.folder)
        #expect(dom.contains("<table class=\"matrix\""))
        #expect(dom.contains("<td class=\"cell st-conflict\""))
        #expect(dom.contains("<mark>"))
        let lower = dom.lowercased()
        #expect(!lower.contains("<script"), "no script element in the rendered DOM")
        #expect(!lower.contains("<img"), "no img element in the rendered DOM")
        #expect(!lower.contains("<b>bridge"), "no element from an alias either")
        #expect(dom.contains("&lt;img src=x onerror=alert(1)&gt;"), "the hostile text is still shown, as text")
    }

    @Test("the seeds' report renders too")
    func seeds() throws {
        let analysis = try SeedBundle.analysis()
        let html = try ReportWriter(vocabulary: FixtureBundle.vocabulary).render(analysis).html
        let page = try write(html, name: "report.html")
        defer { try? FileManager.default.removeItem(at: page.folder) }
        let shot = page.folder.appendingPathComponent("seeds.png")
        try Chromium.run(["--screenshot=\(shot.path)", "--window-size=1200,2000", page.file.absoluteString], in: page.folder)
        keep([shot])
        let png = try Data(contentsOf: shot)
        #expect(Chromium.pngSize(png) != nil)
        #expect(png.count > 20_000)
        let dom = try Chromium.run(["--dump-dom", page.file.absoluteString], in: page.folder)
        #expect(dom.contains("<table class=\"matrix\""))
        #expect(dom.contains("st-conflict"))
    }
}
