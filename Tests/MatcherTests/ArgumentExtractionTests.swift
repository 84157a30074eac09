import CrosscheckSchema
import Testing

@testable import MatcherKit

/// Who speaks a claim, where a reporting verb only says what someone is called.
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
}
