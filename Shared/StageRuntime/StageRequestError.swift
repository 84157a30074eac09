import CrosscheckSchema

/// Errors a handler answers for requests it cannot take.
public enum StageRequestError {
    /// The request's payload is not one this stage handles.
    public static func unexpected(_ request: Envelope, by stage: Stage) -> ErrorReport {
        ErrorReport(
            code: "wrong-stage",
            message: "the \(stage.rawValue) stage does not handle \(request.type.rawValue)",
            input: request.document)
    }
}
