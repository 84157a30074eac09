/// The version of the message schema every Crosscheck process speaks.
///
/// A receiver rejects an envelope whose `schema` differs, answering with an `error` message
/// rather than guessing at a shape it does not know.
public enum SchemaVersion {
    /// The one version this build encodes and accepts.
    public static let current = 1
}
