import CrosscheckSchema
import Testing

@testable import ParserKit

/// Outlet names in header lines ("Outlet | date") and indirect speech without "that".
struct OutletHeaderAndBareSpeechTests {
    @Test func outletNamesAreToldApartFromPersonNames() {
        let recognizer = BylineRecognizer(lexicon: ParserTestSupport.parser.lexicon)
        #expect(recognizer.isOutletName("Nordic Energy News"))
        #expect(recognizer.isOutletName("The Valley Herald"))
        #expect(recognizer.isOutletName("Journal of Coastal Affairs"))
        #expect(recognizer.isOutletName("harbourwatch.com"))
        #expect(!recognizer.isOutletName("Maria Okafor"))
        #expect(!recognizer.isOutletName("Lars Vik Hansen"))
        #expect(!recognizer.isOutletName("the evening news bulletin was late"))

        let outletFirst = recognizer.recognize("Nordic Energy News | 3 February 2022")
        #expect(outletFirst?.authors == [])
        #expect(outletFirst?.agency == "Nordic Energy News")
        #expect(outletFirst?.date?.iso == "2022-02-03")
        let dateFirst = recognizer.recognize("3 February 2022 | The Valley Herald")
        #expect(dateFirst?.agency == "The Valley Herald")
        #expect(dateFirst?.date?.iso == "2022-02-03")
        let threeParts = recognizer.recognize("Maria Okafor | The Valley Herald | 3 February 2022")
        #expect(threeParts?.authors == ["Maria Okafor"])
        #expect(threeParts?.agency == "The Valley Herald")
        #expect(threeParts?.date?.iso == "2022-02-03")
        let person = recognizer.recognize("Maria Okafor | 3 February 2022")
        #expect(person?.authors == ["Maria Okafor"])
        #expect(person?.agency == nil)
        #expect(recognizer.recognize("Nordic Energy News") == nil, "an outlet name alone is not a byline")
    }

    @Test func outletHeaderLineGivesOutletAndDate() throws {
        let text = """
            Wind farm approved after long review

            Nordic Energy News | 3 February 2022

            Regulators approved the offshore wind farm on Thursday after a two-year review. The project will power 400,000 homes.

            Construction is due to start next spring.
            """
        let doc = try ParserTestSupport.parse(text)
        #expect(doc.title == "Wind farm approved after long review")
        #expect(doc.outlet == "Nordic Energy News")
        #expect(doc.published == "2022-02-03")
        #expect(doc.author == nil)
        #expect(!ParserTestSupport.sentences(doc).contains { $0.contains("Nordic Energy News") })
        #expect(!ParserTestSupport.headings(doc).contains { $0.contains("Nordic Energy News") })
        ParserTestSupport.checkInvariants(doc)
    }

    @Test func personHeaderLineStaysAnAuthor() throws {
        let text = """
            Wind farm approved after long review

            Maria Okafor | The Valley Herald | 3 February 2022

            Regulators approved the offshore wind farm on Thursday after a two-year review. The project will power 400,000 homes.
            """
        let doc = try ParserTestSupport.parse(text)
        #expect(doc.author == "Maria Okafor")
        #expect(doc.outlet == "The Valley Herald")
        #expect(doc.published == "2022-02-03")
        ParserTestSupport.checkInvariants(doc)
    }

    @Test func indirectSpeechWithoutThat() throws {
        let text = """
            The flood relief conference ended on Friday. \
            She said donors had pledged $2 billion. \
            He told reporters the talks had failed. \
            Officials said the bridge would reopen. \
            On Sunday, the mayor said volunteers were still needed. \
            The envoy told the committee the plan would cost more. \
            Engineers warned the dam could fail.
            """
        let doc = try ParserTestSupport.parse(text)
        let source = SourceText(doc.text)
        func find(_ speaker: String) -> Attribution? { doc.attributions.first { $0.speakerText == speaker } }
        let she = try #require(find("She"))
        #expect(she.cue == "said")
        #expect(source[she.content] == "donors had pledged $2 billion")
        let he = try #require(find("He"))
        #expect(he.cue == "told")
        #expect(source[he.content] == "the talks had failed")
        let officials = try #require(find("Officials"))
        #expect(source[officials.content] == "the bridge would reopen")
        let mayor = try #require(find("the mayor"))
        #expect(source[mayor.content] == "volunteers were still needed")
        let envoy = try #require(find("The envoy"))
        #expect(source[envoy.content] == "the plan would cost more", "the listener is not part of the content")
        let engineers = try #require(find("Engineers"))
        #expect(source[engineers.content] == "the dam could fail")
        ParserTestSupport.checkInvariants(doc)
    }

    @Test func bareVerbsWithoutAClauseAreNotSpeech() throws {
        let text = """
            She said goodbye to the staff on Friday. \
            He told them to leave the building. \
            The report said nothing about costs. \
            Workers who said farewell were given flowers.
            """
        let doc = try ParserTestSupport.parse(text)
        #expect(doc.attributions.isEmpty, "\(doc.attributions)")
    }
}
