import CrosscheckSchema
import CrosscheckTestKit
import Foundation
import Testing

@Suite("Every message type round-trips through the codec")
struct RoundTripTests {
    let codec = MessageCodec()

    @Test("every message type has exactly one sample, typed as its payload")
    func everyTypeHasASample() {
        let samples = SampleMessages.all()
        for type in MessageType.allCases {
            #expect(samples.filter { $0.type == type }.count == 1, "\(type.rawValue)")
        }
        #expect(samples.count == MessageType.allCases.count)
        for sample in samples {
            #expect(sample.type == sample.payload.messageType, "\(sample.type.rawValue)")
            #expect(sample.schema == SchemaVersion.current)
        }
    }

    @Test(
        "encode → decode gives the original envelope, in one newline-terminated frame",
        arguments: MessageType.allCases)
    func roundTrip(_ type: MessageType) throws {
        let sample = SampleMessages.sample(for: type)
        let frame = try codec.encode(sample)
        #expect(frame.last == 0x0A)
        #expect(frame.filter { $0 == 0x0A }.count == 1, "a frame holds exactly one newline, at its end")
        #expect(!frame.contains(0x0D), "carriage returns are escaped too")
        let decoded = try codec.decode(frame).get()
        #expect(decoded == sample)
        // The canonical form is stable: encoding the decoded envelope gives the same bytes.
        #expect(try codec.encode(decoded) == frame)
    }

    @Test("optional fields decode alike whether null or absent", arguments: MessageType.allCases)
    func nullsAndAbsentFieldsDecodeAlike(_ type: MessageType) throws {
        let sample = SampleMessages.sample(for: type)
        let stripped = try JSONEdit.removingNulls(codec.encode(sample))
        #expect(try !JSONEdit.containsNull(stripped))
        #expect(try codec.decode(stripped).get() == sample)
    }

    @Test("the samples fill some optional fields and leave others nil")
    func samplesCoverBothOptionalForms() throws {
        let frames = try SampleMessages.all().map { try codec.encode($0) }
        let withNull = try frames.filter { try JSONEdit.containsNull($0) }
        #expect(!withNull.isEmpty)
        #expect(withNull.count < frames.count)
        let jobs = SampleMessages.all().map(\.job)
        #expect(jobs.contains(nil) && jobs.contains(SampleMessages.job))
    }

    @Test("sample spans slice the text they name")
    func sampleSpansAreExact() throws {
        guard case .resolvedDocument(let resolved) = SampleMessages.sample(for: .resolvedDocument).payload else {
            Issue.record("resolvedDocument sample has another payload")
            return
        }
        let text = SourceText(resolved.document.text)
        #expect(!resolved.mentions.isEmpty)
        for mention in resolved.mentions {
            #expect(mention.end > mention.start)
            #expect(text[mention.span] == mention.text)
        }
        for quote in resolved.document.quotes {
            #expect(text[quote.start, quote.end].hasPrefix("“"))
            #expect(text[quote.start, quote.end].hasSuffix("”"))
        }
        for sentence in resolved.document.sentences {
            #expect(text[sentence.span].hasSuffix("."))
        }
    }
}
