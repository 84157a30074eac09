/// Why the encoder could not load its model or encode a text; callers switch on the case.
public enum EncoderError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No model folder was found; `searched` lists the places looked at, in order.
    case modelNotFound(searched: [String])
    /// A model file is missing or unreadable.
    case unreadableFile(path: String, reason: String)
    /// A file was read but its content is not what the model needs.
    case malformedFile(path: String, reason: String)
    /// A tensor the BERT graph needs is absent or has the wrong shape.
    case badTensor(name: String, reason: String)

    public var description: String {
        switch self {
        case .modelNotFound(let searched):
            "no sentence-encoder model found (looked in \(searched.joined(separator: ", "))); run scripts/setup"
        case .unreadableFile(let path, let reason): "cannot read \(path): \(reason)"
        case .malformedFile(let path, let reason): "\(path) is malformed: \(reason)"
        case .badTensor(let name, let reason): "model tensor \(name): \(reason)"
        }
    }
}
