import CrosscheckSchema
import Foundation
import Knowledge
import Testing

@testable import ParserKit

/// Segmentation, quote kinds, speakers and indirect speech on short inline texts.
@Suite("Sentences and quotes")
struct SentenceAndQuoteTests {
    private func sentences(_ text: String) throws -> [String] {
        ParserTestSupport.sentences(try ParserTestSupport.parse(text))
    }

    @Test func abbreviationsInitialsAndNumbers() throws {
        let text =
            "Gen. Ana Ruiz met Dr. Okafor at No. 10 on Mar. 4 in St. Louis. The U.S. team arrived at 9.30 with J. R. Hartley. Prices"
            + " rose 7.4% in May. Is it over? Yes!"
        #expect(
            try sentences(text) == [
                "Gen. Ana Ruiz met Dr. Okafor at No. 10 on Mar. 4 in St. Louis.",
                "The U.S. team arrived at 9.30 with J. R. Hartley.",
                "Prices rose 7.4% in May.",
                "Is it over?",
                "Yes!",
            ])
    }

    @Test func closingQuoteStaysAndLowercaseContinues() throws {
        let text = "He called it “a disgrace.” Then he left. “Why now?” she asked. The talks… resumed later."
        #expect(
            try sentences(text) == [
                "He called it “a disgrace.”",
                "Then he left.",
                "“Why now?” she asked.",
                "The talks… resumed later.",
            ])
    }

    @Test func offsetsAreCodePoints() throws {
        let text = "Ðorđe Šimić 🚀 arrived. “Čestitke,” rekao je Šimić. Then we left."
        let doc = try ParserTestSupport.parse(text)
        let scalars = Array(text.unicodeScalars)
        let third = try #require(doc.sentences.last)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[third.start..<third.end])
        #expect(String(view) == "Then we left.")
        ParserTestSupport.checkInvariants(doc)
    }

    @Test func quoteKinds() throws {
        let text = """
            The minister said: “We will not accept this plan under any circumstances.” Critics mocked the “Republic” in the north. \
            The report warned of a new “price war” between airlines. Officials called the deal a “betrayal”, sources said.
            """
        let doc = try ParserTestSupport.parse(text)
        #expect(ParserTestSupport.quote(doc, containing: "We will not")?.kind == .speech)
        #expect(ParserTestSupport.quote(doc, containing: "We will not")?.speakerText == "The minister")
        #expect(ParserTestSupport.quote(doc, containing: "Republic")?.kind == .scare)
        #expect(ParserTestSupport.quote(doc, containing: "Republic")?.speakerText == nil)
        #expect(ParserTestSupport.quote(doc, containing: "price war")?.kind == .term)
        let betrayal = try #require(ParserTestSupport.quote(doc, containing: "betrayal"))
        #expect(betrayal.kind == .speech, "a short phrase framed by “called … a” is speech")
        #expect(betrayal.speakerText == "Officials")
    }

    @Test func straightQuotesAndSingleCurlyQuotesWithApostrophes() throws {
        let text = """
            "The river is rising faster than expected," said Marta Kowalska, the city's flood officer. \
            Poland’s ‘safe zone’ plan was criticised. The region’s farmers’ union disagreed.
            """
        let doc = try ParserTestSupport.parse(text)
        let speech = try #require(ParserTestSupport.quote(doc, containing: "river is rising"))
        #expect(speech.kind == .speech)
        #expect(speech.speakerText == "Marta Kowalska")
        let quotes = ParserTestSupport.quoteTexts(doc)
        #expect(quotes.contains("‘safe zone’"))
        #expect(quotes.count == 2, "apostrophes in Poland’s, region’s and farmers’ are not quotes")
    }

    @Test func speakersBeforeAndAfter() throws {
        let text = """
            “The border stays open,” the interior minister stated. \
            “We are ready”, Okonkwo said. \
            Prime Minister Lena Varga said: “Nobody will be left behind in this crisis.” \
            “This is not the end,” added Varga.
            """
        let doc = try ParserTestSupport.parse(text)
        #expect(ParserTestSupport.quote(doc, containing: "border stays open")?.speakerText == "the interior minister")
        #expect(ParserTestSupport.quote(doc, containing: "We are ready")?.speakerText == "Okonkwo")
        #expect(ParserTestSupport.quote(doc, containing: "Nobody will")?.speakerText == "Prime Minister Lena Varga")
        #expect(ParserTestSupport.quote(doc, containing: "not the end")?.speakerText == "Varga")
    }

    @Test func indirectSpeech() throws {
        let text = """
            The ministry said that the bridge would reopen in May. \
            Farid Haddad, who chairs the transport committee, said the delay was unacceptable. \
            According to the port authority, cargo volumes fell by a third. \
            The strike will continue, union leaders said. \
            Analysts told the broadcaster on Monday that prices could double.
            """
        let doc = try ParserTestSupport.parse(text)
        let source = SourceText(doc.text)
        func find(_ speaker: String) -> Attribution? { doc.attributions.first { $0.speakerText == speaker } }
        let ministry = try #require(find("The ministry"))
        #expect(source[ministry.content] == "the bridge would reopen in May")
        let haddad = try #require(find("Farid Haddad"))
        #expect(source[haddad.content] == "the delay was unacceptable")
        let port = try #require(find("the port authority"))
        #expect(port.cue == "According to")
        #expect(source[port.content] == "cargo volumes fell by a third")
        let union = try #require(find("union leaders"))
        #expect(source[union.content] == "The strike will continue")
        let analysts = try #require(find("Analysts"))
        #expect(analysts.cue == "told")
        #expect(source[analysts.content] == "prices could double")
        ParserTestSupport.checkInvariants(doc)
    }

    @Test func relativeThatIsNotReportedSpeech() throws {
        let doc = try ParserTestSupport.parse("The figures suggest a recovery that could last a year. Member states agreed on the text.")
        #expect(doc.attributions.isEmpty)
    }

    @Test func shortBoilerplateLinesGoButBodyLinesWithTheSameWordsStay() throws {
        let text = """
            Council votes to keep the library open

            Share

            Residents were invited to share their views at the meeting, and many did.
            Comment
            The mayor did not comment on the vote, which passed 9 to 2.
            Sign up for our newsletter
            """
        let doc = try ParserTestSupport.parse(text)
        let sentences = ParserTestSupport.sentences(doc)
        #expect(
            sentences == [
                "Residents were invited to share their views at the meeting, and many did.",
                "The mayor did not comment on the vote, which passed 9 to 2.",
            ])
        #expect(ParserTestSupport.removed(doc, reason: "boilerplate") == ["Share", "Comment", "Sign up for our newsletter"])
    }

    @Test func datelineShapes() throws {
        let ap = try ParserTestSupport.parse("LONDON (AP) - Train drivers began a two-day strike on Monday.")
        #expect(ap.outlet == "AP")
        #expect(ParserTestSupport.sentences(ap) == ["Train drivers began a two-day strike on Monday."])
        let local = try ParserTestSupport.parse("ACCRA, Ghana, 2 March 2022 — The central bank raised rates again.")
        #expect(local.published == "2022-03-02")
        #expect(ParserTestSupport.removed(local, reason: "dateline") == ["ACCRA, Ghana, 2 March 2022 —"])
        let prose = try ParserTestSupport.parse("Chile, Peru and Bolivia — the three signatories — met in Lima.")
        #expect(prose.removed.isEmpty)
        #expect(prose.published == nil)
    }

    @Test func bylineShapes() {
        let recognizer = BylineRecognizer(lexicon: .standard)
        #expect(recognizer.recognize("By Ana Lima and João Pereira")?.authors == ["Ana Lima", "João Pereira"])
        #expect(recognizer.recognize("By Ana Lima, Tom Berg and Ina Roos")?.authors == ["Ana Lima", "Tom Berg", "Ina Roos"])
        #expect(recognizer.recognize("Written by Ana Lima")?.authors == ["Ana Lima"])
        let pipe = recognizer.recognize("Ana Lima | 4 April 2025")
        #expect(pipe?.authors == ["Ana Lima"])
        #expect(pipe?.date?.iso == "2025-04-04")
        let agency = recognizer.recognize("Ana Lima, Reuters")
        #expect(agency?.authors == ["Ana Lima"])
        #expect(agency?.agency == "Reuters")
        #expect(recognizer.recognize("By the end of the week, prices had fallen.") == nil)
        #expect(recognizer.recognize("Ana Lima") == nil, "a bare name without date or agency is not taken for a byline")
    }

    @Test func dateShapes() {
        let dates = DateRecognizer()
        #expect(dates.firstDate(in: "4 April 2025")?.iso == "2025-04-04")
        #expect(dates.firstDate(in: "March 18, 2025")?.iso == "2025-03-18")
        #expect(dates.firstDate(in: "Mar.24 - 2025 7:46 AM CET")?.iso == "2025-03-24")
        #expect(dates.firstDate(in: "2025-03-20")?.iso == "2025-03-20")
        #expect(dates.firstDate(in: "June 3")?.iso == nil, "no year, no ISO date")
        #expect(dates.dateLine("Published: 12 February 2024 10:31 BST") != nil)
        #expect(dates.dateLine("Talks resumed on 12 February 2024 in Geneva") == nil)
        #expect(dates.firstDate(in: "03/04/2025") == nil, "slash dates are ambiguous")
    }
}

/// Cue lists extend from the knowledge base's lexicon, so users add cues in data.
@Suite("Knowledge lexicon")
struct KnowledgeLexiconTests {
    @Test func reportingVerbsAbbreviationsAndBoilerplateFromTheLexicon() throws {
        let text = """
            Ferry fares to rise

            Follow our live coverage

            The operator quipped that the old fares were a museum piece. Tickets cost approx. 12 euros.
            """
        let plain = try ArticleParser().parse(RawDocument(id: "k", path: "k.txt", data: Data(text.utf8)))
        #expect(plain.attributions.isEmpty)
        let lexicon = Lexicon(reportingVerbs: ["quipped": "quip"], abbreviations: ["approx."], boilerplate: ["Follow our live coverage"])
        let parser = ArticleParser(knowledge: KnowledgeBase(lexicon: lexicon))
        let doc = try parser.parse(RawDocument(id: "k", path: "k.txt", data: Data(text.utf8)))
        let attribution = try #require(doc.attributions.first)
        #expect(attribution.cue == "quipped")
        #expect(attribution.speakerText == "The operator")
        #expect(ParserTestSupport.removed(doc, reason: "boilerplate") == ["Follow our live coverage"])
        #expect(ParserTestSupport.sentences(doc).last == "Tickets cost approx. 12 euros.")
    }
}

extension KnowledgeLexiconTests {
    @Test func bundledKnowledgeLoadsAndSuppliesParserLists() throws {
        let knowledge = try KnowledgeBase.bundled()
        let lexicon = ParserLexicon.standard.extended(by: knowledge.lexicon)
        #expect(lexicon.reportingVerbs.count >= ParserLexicon.standard.reportingVerbs.count)
        #expect(lexicon.months["sept"] == 9)
        // A German month name from the knowledge base reads as a date.
        if lexicon.months["märz"] == 3 {
            #expect(DateRecognizer(months: lexicon.months).firstDate(in: "18. März 2025")?.iso == "2025-03-18")
        }
    }
}
