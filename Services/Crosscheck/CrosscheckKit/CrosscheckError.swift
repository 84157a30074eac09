/// A plain failure of the CLI, with the message to show the user.
public struct CrosscheckError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
