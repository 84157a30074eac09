import Foundation
import Testing
import ZeroMQ

@Suite("ZeroMQ wrapper")
struct SocketTests {
    @Test("multipart messages cross an inproc PAIR intact, empty frames included")
    func multipartRoundTrip() throws {
        let context = try ZMQContext()
        let a = try Socket(context, .pair)
        let b = try Socket(context, .pair)
        defer {
            a.close()
            b.close()
        }
        try a.bind("inproc://multipart")
        try b.connect("inproc://multipart")
        let frames = [Data("one".utf8), Data(), Data(repeating: 7, count: 100_000)]
        try a.send(frames)
        #expect(try b.receive(timeout: 1000) == frames)
    }

    @Test("receive with a timeout returns nil when nothing arrives")
    func receiveTimeout() throws {
        let context = try ZMQContext()
        let pull = try Socket(context, .pull)
        defer { pull.close() }
        try pull.bind("inproc://quiet")
        let started = Date()
        #expect(try pull.receive(timeout: 100) == nil)
        #expect(Date().timeIntervalSince(started) >= 0.09)
    }

    @Test("binding port * resolves to a real tcp port")
    func ephemeralPort() throws {
        let context = try ZMQContext()
        let router = try Socket(context, .router)
        defer { router.close() }
        let endpoint = try router.bind("tcp://127.0.0.1:*")
        #expect(endpoint.hasPrefix("tcp://127.0.0.1:"))
        #expect(Int(endpoint.split(separator: ":").last ?? "") ?? 0 > 0)
    }

    @Test("libzmq errors carry zmq_strerror's text and the operation")
    func errorsAreDescriptive() throws {
        let context = try ZMQContext()
        let socket = try Socket(context, .pull)
        defer { socket.close() }
        let error = #expect(throws: ZMQError.self) { try socket.bind("nonsense://nowhere") }
        #expect(error?.operation.contains("zmq_bind nonsense://nowhere") == true)
        #expect(error?.message.isEmpty == false)
        #expect(error?.description.contains("errno") == true)
    }

    @Test("a message over the maximum size never reaches the receiver")
    func maximumMessageSize() throws {
        let context = try ZMQContext()
        var small = Socket.Options()
        small.maxMessageBytes = 1024
        let pull = try Socket(context, .pull, options: small)
        let push = try Socket(context, .push)
        defer {
            pull.close()
            push.close()
        }
        let endpoint = try pull.bind("tcp://127.0.0.1:*")
        try push.connect(endpoint)
        try push.send(Data(repeating: 1, count: 4096))
        #expect(try pull.receive(timeout: 300) == nil)
    }

    /// A ROUTER and a DEALER (routing id `peer`) over TCP, each taking frames of at most 1,024
    /// bytes and sending parts of at most 1,000.
    private static func smallPartPair(_ context: ZMQContext) throws -> (router: Socket, dealer: Socket) {
        var small = Socket.Options()
        small.maxMessageBytes = 1024
        small.partBytes = 1000
        let router = try Socket(context, .router, options: small)
        let dealer = try Socket(context, .dealer, options: small)
        let endpoint = try router.bind("tcp://127.0.0.1:*")
        try dealer.setRoutingID(Data("peer".utf8))
        try dealer.connect(endpoint)
        return (router, dealer)
    }

    @Test("a frame over the part size crosses TCP in parts each under the receiver's limit, and arrives whole")
    func framesInParts() throws {
        let context = try ZMQContext()
        let (router, dealer) = try Self.smallPartPair(context)
        defer {
            router.close()
            dealer.close()
        }
        let big = Data((0..<4500).map { UInt8($0 % 251) })
        try dealer.send([Data("small".utf8), big])
        #expect(try router.receive(timeout: 2000) == [Data("peer".utf8), Data("small".utf8), big])
        try router.send([Data("peer".utf8), big, Data()])
        #expect(try dealer.receive(timeout: 2000) == [big, Data()])
    }

    @Test("a frame given as pieces crosses TCP in parts, none over the part size, and arrives as the joined frame")
    func framePiecesInParts() throws {
        let context = try ZMQContext()
        let (router, dealer) = try Self.smallPartPair(context)
        defer {
            router.close()
            dealer.close()
        }
        let pieces = [Data("{\"head\":".utf8), Data((0..<4500).map { UInt8($0 % 251) }), Data("}\n".utf8)]
        let joined = pieces.reduce(Data(), +)
        try dealer.send(pieces: [[Data("sm".utf8), Data("all".utf8)], pieces])
        #expect(try router.receive(timeout: 2000) == [Data("peer".utf8), Data("small".utf8), joined])
        try router.send(pieces: [[Data("peer".utf8)], pieces])
        #expect(try dealer.receive(timeout: 2000) == [joined])
    }

    @Test("a big frame goes out without a copy and arrives intact after the sender has let go of it")
    func zeroCopySend() throws {
        let context = try ZMQContext()
        let pull = try Socket(context, .pull)
        let push = try Socket(context, .push)
        defer {
            pull.close()
            push.close()
        }
        let endpoint = try pull.bind("tcp://127.0.0.1:*")
        try push.connect(endpoint)
        let pattern = { (n: Int) in Data((0..<n).map { UInt8(($0 * 7) % 253) }) }
        do {
            let frame = pattern(3 << 20)
            try push.send([Data("a".utf8), frame[1..<(2 << 20)], frame])
        }
        let expected = pattern(3 << 20)
        #expect(try pull.receive(timeout: 5000) == [Data("a".utf8), expected[1..<(2 << 20)], expected])
    }

    @Test("many parts join into one frame; pieces are cut into parts of at most the part size")
    func manyPartsAndPieces() {
        let frame = Data((0..<100_000).map { UInt8($0 % 249) })
        let split = LargeFrames.split([frame], partBytes: 64)
        #expect(split.count == 1 + (100_000 + 63) / 64)
        #expect(LargeFrames.join(split, maxJoinedBytes: 1 << 20) == [frame])
        let pieces = LargeFrames.split(pieces: [[Data([1, 2, 3]), Data(repeating: 9, count: 10)]], partBytes: 4)
        #expect(pieces.dropFirst().map(\.count) == [3, 4, 4, 2])
        #expect(LargeFrames.join(pieces, maxJoinedBytes: 100) == [Data([1, 2, 3]) + Data(repeating: 9, count: 10)])
        #expect(LargeFrames.split(pieces: [[Data([1]), Data([2])]], partBytes: 4) == [Data([1, 2])], "under the part size: one frame")
    }

    @Test("parts are cut as slices and joined back; a header that does not match its parts is left alone")
    func partFraming() {
        let frame = Data((0..<10).map { UInt8($0) })
        let split = LargeFrames.split([Data("id".utf8), frame], partBytes: 4)
        #expect(split.count == 5 && split.suffix(3).map(\.count) == [4, 4, 2])
        #expect(LargeFrames.join(split, maxJoinedBytes: 100) == [Data("id".utf8), frame])
        #expect(LargeFrames.join(split, maxJoinedBytes: 9) == split, "over the joined limit: not joined")
        #expect(LargeFrames.join(Array(split.dropLast()), maxJoinedBytes: 100) == Array(split.dropLast()), "a part missing")
        #expect(LargeFrames.split([frame], partBytes: 10) == [frame])
    }

    @Test("closing with unsent messages does not hang (LINGER is bounded)")
    func lingerIsBounded() throws {
        let started = Date()
        do {
            let context = try ZMQContext()
            let push = try Socket(context, .push)
            try push.connect("tcp://127.0.0.1:1") // nobody listens
            _ = try push.send(Data("lost".utf8), wait: false)
            push.close()
        }
        #expect(Date().timeIntervalSince(started) < 3)
    }
}
