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
}
