import ArgumentParser
import Knowledge

/// A stage executable's command: parse `StageOptions`, load the knowledge base, serve.
///
/// A stage's `main` declares its handler and how to build it; `run()` comes from here.
public protocol StageCommand: ParsableCommand {
    associatedtype Handler: StageHandler
    var options: StageOptions { get }
    static func makeHandler(knowledge: KnowledgeBase) throws -> Handler
}

extension StageCommand {
    public func run() throws {
        try options.runWorker(Self.makeHandler(knowledge: options.loadKnowledge()))
    }
}
