import CrosscheckSchema
import Testing

@Suite struct SlotTests {
    private func date(_ sentence: String, published: String? = "2025-03-24") -> SlotValue? {
        claims(sentence, published: published).first?.slots["date"]
    }

    @Test func absoluteDateShapes() {
        #expect(date("The ministers met in Oslo on 18 March 2025.") == .text("2025-03-18"))
        #expect(date("The ministers met in Oslo on March 18, 2025.") == .text("2025-03-18"))
        #expect(date("The ministers met in Oslo on 2025-03-18.") == .text("2025-03-18"))
        #expect(date("The fish plant opened in December 2024.") == .text("2024-12"))
    }

    @Test func relativeDatesUsePublicationDate() {
        // 2025-03-24 is a Monday.
        #expect(date("The ministers met in Oslo on 19 March.") == .text("2025-03-19"))
        #expect(date("The ministers met in Oslo last week.") == .text("2025-03-17/2025-03-23"))
        #expect(date("The ministers met in Oslo this week.") == .text("2025-03-24/2025-03-30"))
        #expect(date("The ministers met in Oslo on Tuesday.") == .text("2025-03-18"))
        #expect(date("The ministers will meet in Oslo on Tuesday.") == .text("2025-03-25"))
        #expect(date("The ministers met in Oslo yesterday.") == .text("2025-03-23"))
        #expect(date("Norway plans to build the harbour by 2028.") == .text("by 2028"))
    }

    @Test func relativeDatesWithoutAnchorStayUnresolved() {
        #expect(date("The ministers met in Oslo on 19 March.", published: nil) == nil)
        #expect(date("The ministers met in Oslo last week.", published: nil) == nil)
        #expect(date("The ministers met in Oslo on 18 March 2025.", published: nil) == .text("2025-03-18"))
    }

    @Test func moneyWithTwoCurrenciesIsOneAmount() {
        let claim = claims("The fund will allocate EUR 800b (USD 866b) to the harbour.").first
        #expect(claim?.slots["amount"] == .text("EUR 800000000000"))
        #expect(claims("Norway will spend 2.5 billion euros on the fleet.").first?.slots["amount"] == .text("EUR 2500000000"))
    }

    @Test func percentagesAndCounts() {
        #expect(claims("Catches rose 7.4% in 2024 across the region.").first?.slots["percent"] == .number(7.4))
        #expect(claims("The accord sets 4 shared priorities for the fleet.").first?.slots["count"] == .number(4))
        #expect(claims("Three countries signed the accord in Oslo.").first?.slots["count"] == .number(3))
        // A year is not a count.
        #expect(claims("Norway signed the 1996 accord in Oslo.").first?.slots["count"] == nil)
        // Nor is an ordinal: it names a street or a precinct.
        #expect(claims("A car hit a woman on 117th Street in Oslo.").first?.slots["count"] == nil)
        #expect(claims("Two officers from the 102nd Precinct arrested the driver.").first?.slots["count"] == .number(2))
    }

    @Test func placesAreEntityIds() {
        let claim = claims("Norway and Sweden signed a fisheries pact in Oslo.").first
        #expect(claim?.slots["place"] == .text("oslo"))
        #expect(claim?.subject == ["norway", "sweden"])
    }
}
