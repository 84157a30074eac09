import CrosscheckSchema
import Testing

@testable import MatcherKit

/// Who speaks a claim and what it is about, in clauses the rules once misread.
@Suite struct ArgumentExtractionTests {
    /// "with Finland already mentioned as a possible member": the name before "mentioned as" is
    /// what is mentioned, not who speaks; "Ola Berg said that …" still has its speaker.
    @Test func aNameBeforeVerbAsIsNoSpeaker() throws {
        let mentioned = claims("The pact remains open to new members, with Finland already mentioned as a possible member.")
        let pact = try #require(mentioned.first { $0.text.contains("Finland") })
        #expect(pact.speaker == nil)
        let said = claims("Ola Berg said that Norway will cut the cod quota.")
        let cut = try #require(said.first { $0.text.contains("cod quota") })
        #expect(cut.speaker == "ola-berg")
    }

    /// "Finland could be a member" has its copula after the modal: the claim is about Finland,
    /// not the speaker's "suggested", as "Finland is a member" is.
    @Test func aCopulaAfterAModalKeepsTheClauseSubject() throws {
        for text in [
            "Norway has suggested that Finland could be a potential future member.",
            "Norway said that Finland is a potential member.",
        ] {
            let claim = try #require(claims(text).first)
            #expect(claim.predicate == "be")
            #expect(claim.subject == ["finland"])
            #expect(claim.speaker == "norway")
        }
    }

    /// "Norway, Sweden, and Finland signed": the three names are one list, so the participant
    /// model drops a conjunct only with the whole list; a name after other words is its own.
    @Test func coordinatedNamesFormOneList() throws {
        let words = ["norway", ",", "sweden", ",", "and", "finland", "signed", "the", "pact", "with", "iceland"]
        func mention(_ entity: String, _ at: Int) -> ParticipantFeatures.Candidate {
            ParticipantFeatures.Candidate(entity: entity, tokens: at..<(at + 1), type: .country, ruleSubject: at < 6, ruleObject: false, place: false)
        }
        let lists = ClaimExtractor.conjuncts(
            [mention("finland", 5), mention("norway", 0), mention("sweden", 2), mention("iceland", 10)], words: words)
        #expect(lists == [["norway", "sweden", "finland"]])
        let signed = try #require(claims("Norway, Sweden, and Finland signed a fisheries pact on 3 May 2024.").first)
        #expect(Set(signed.subject) == ["norway", "sweden", "finland"])
    }

    /// "X has condemned the deal as an “open provocation,” asserting that it undermines …": the
    /// comma inside the quotation still ends the main clause, so the condemnation is a claim of its
    /// own and the participle's complement another, as without the quotation marks.
    @Test func aReportingParticipleAfterAQuotationIsItsOwnClause() throws {
        for (text, main) in [
            (
                "Norway's Fisheries Ministry has condemned the quota deal as an “open provocation,” asserting that it undermines the cod stock.",
                "as an “open provocation,”"
            ),
            (
                "Norway's Fisheries Ministry has condemned the quota deal as an open provocation, asserting that it undermines the cod stock.",
                "as an open provocation"
            ),
        ] {
            let found = claims(text)
            let condemned = try #require(found.first { $0.text.hasSuffix(main) })
            #expect(condemned.predicate == "oppose")
            let asserted = try #require(found.first { $0.text.hasPrefix("asserting") })
            #expect(asserted.predicate == "threaten")
            #expect(condemned.subject.contains("ministry"))
            #expect(asserted.speaker == "ministry")
        }
    }

    /// Blaming is accusing ("blamed Sweden for …" / "accused Sweden of …"), not opposing
    /// ("condemned the quota"); undermining something threatens it, as endangering does, and
    /// breaks no rule ("violates the treaty").
    @Test func blameAccusesAndUnderminingThreatens() throws {
        let cases = [
            ("Norway blamed Sweden for the collapse of the cod talks.", "accuse"),
            ("Norway accused Sweden of wrecking the cod talks.", "accuse"),
            ("Norway condemned the new Swedish cod quota.", "oppose"),
            ("The new quota undermines the cod stock.", "threaten"),
            ("The new quota endangers the cod stock.", "threaten"),
            ("The new quota violates the 2019 fisheries treaty.", "violate"),
        ]
        for (text, predicate) in cases {
            let claim = try #require(claims(text).first)
            #expect(claim.predicate == predicate, "\(text)")
        }
    }
}
