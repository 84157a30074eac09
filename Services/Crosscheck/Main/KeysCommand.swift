import ArgumentParser
import CrosscheckSchema
import Foundation
import StageRuntime

/// `crosscheck keys DIR`: make CURVE key pairs for the coordinator, clients and workers.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Make CURVE key pairs (coordinator, client, worker) in DIR for --keys DIR.",
        discussion: """
            Writes NAME.public and NAME.secret (mode 0600) for each role. Give the coordinator the \
            folder; give each client host client.* and coordinator.public, each worker host \
            worker.* and coordinator.public. The coordinator admits every *.public in its folder.
            """)

    @Argument(help: "Folder to create the keys in (existing keys are not overwritten).")
    var directory: String

    func run() throws {
        do {
            let keys = try CurveKeys.create(in: URL(fileURLWithPath: directory))
            print("CURVE keys for \(CurveKeys.roles.joined(separator: ", ")) written to \(keys.directory.path)")
        } catch let report as ErrorReport {
            FileHandle.standardError.write(Data("crosscheck: \(report.message)\n".utf8))
            throw ExitCode(2)
        }
    }
}
