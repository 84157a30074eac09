import ArgumentParser

/// `crosscheck`: run the pipeline, submit to a running coordinator, or replay a recording.
@main
struct Crosscheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare how several outlets report one event: entities, claims, conflicts, framing.",
        subcommands: [RunCommand.self, SubmitCommand.self, ReplayCommand.self, KeysCommand.self, StoryCommand.self],
        defaultSubcommand: RunCommand.self)
}
