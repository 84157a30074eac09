import CrosscheckSchema
import Foundation
import ZeroMQ

/// A folder of CURVE keys for one Crosscheck deployment, as `crosscheck keys DIR` makes it.
///
/// Each key pair is two files, `NAME.public` and `NAME.secret` (mode 0600), holding one Z85
/// key. `coordinator` is the server; `client` and `worker` are the pairs handed to submitting
/// clients and to stage workers. The coordinator admits every `*.public` in the folder other
/// than its own, so adding a host means adding its `.public` file. A host needs only the files
/// of its role plus `coordinator.public`.
public struct CurveKeys: Sendable {
    public static let roles = ["coordinator", "client", "worker"]

    public let directory: URL

    public init(directory: URL) { self.directory = directory }

    /// Makes a pair for each role; refuses to overwrite existing keys.
    public static func create(in directory: URL) throws -> CurveKeys {
        let keys = CurveKeys(directory: directory)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for role in roles where FileManager.default.fileExists(atPath: keys.url(role, "secret").path) {
            throw ErrorReport(
                code: "keys-exist", message: "\(keys.url(role, "secret").path) already exists; not overwriting keys",
                input: directory.path)
        }
        for role in roles {
            let pair = try CurveKeyPair.generate()
            try Data((pair.publicKey + "\n").utf8).write(to: keys.url(role, "public"))
            let secret = keys.url(role, "secret")
            try Data((pair.secretKey + "\n").utf8).write(to: secret)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: secret.path)
        }
        return keys
    }

    /// The key pair of `role`.
    public func pair(_ role: String) throws -> CurveKeyPair {
        CurveKeyPair(publicKey: try read(url(role, "public")), secretKey: try read(url(role, "secret")))
    }

    /// The coordinator's public key, which clients and workers need to connect.
    public func serverKey() throws -> String { try read(url("coordinator", "public")) }

    /// The raw public keys the coordinator admits: every `*.public` but its own.
    public func authorized() throws -> Set<Data> {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        var keys: Set<Data> = []
        for name in names where name.hasSuffix(".public") && name != "coordinator.public" {
            let text = try read(directory.appendingPathComponent(name))
            guard let raw = CurveKeyPair.decode(text) else {
                throw ErrorReport(code: "bad-key", message: "\(name) is not a Z85 CURVE public key", input: name)
            }
            keys.insert(raw)
        }
        return keys
    }

    private func url(_ role: String, _ kind: String) -> URL { directory.appendingPathComponent("\(role).\(kind)") }

    private func read(_ url: URL) throws -> String {
        guard ZMQContext.has("curve") else {
            throw ErrorReport(code: "no-curve", message: "this libzmq was built without CURVE support")
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ErrorReport(code: "missing-key", message: "cannot read the CURVE key \(url.path)", input: url.path)
        }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.utf8.count == 40 else {
            throw ErrorReport(code: "bad-key", message: "\(url.path) does not hold a 40-character Z85 key", input: url.path)
        }
        return text
    }
}
