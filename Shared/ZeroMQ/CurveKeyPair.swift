internal import CZeroMQ
import Foundation

/// A CURVE key pair in Z85 text (40 characters each), as libzmq makes and takes them.
///
/// Files hold one key each (`NAME.public`, `NAME.secret`), so a public key can be handed to
/// another host without its secret. `CurveKeys` reads a folder of them.
public struct CurveKeyPair: Sendable, Equatable {
    public let publicKey: String
    public let secretKey: String

    public init(publicKey: String, secretKey: String) {
        self.publicKey = publicKey
        self.secretKey = secretKey
    }

    /// A fresh pair from libzmq's `zmq_curve_keypair`; fails when libzmq has no CURVE.
    public static func generate() throws -> CurveKeyPair {
        guard ZMQContext.has("curve") else { throw ZMQError(code: ENOTSUP, operation: "zmq_has(\"curve\")") }
        var publicKey = [CChar](repeating: 0, count: 41)
        var secretKey = [CChar](repeating: 0, count: 41)
        try zmqCall("zmq_curve_keypair") { zmq_curve_keypair(&publicKey, &secretKey) }
        return CurveKeyPair(publicKey: Self.text(publicKey), secretKey: Self.text(secretKey))
    }

    /// The 32 raw bytes a Z85 key stands for (what a ZAP request carries), or nil if malformed.
    public static func decode(_ z85: String) -> Data? {
        guard z85.utf8.count == 40 else { return nil }
        var bytes = [UInt8](repeating: 0, count: 32)
        guard zmq_z85_decode(&bytes, z85) != nil else { return nil }
        return Data(bytes)
    }

    private static func text(_ buffer: [CChar]) -> String {
        String(decoding: buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
