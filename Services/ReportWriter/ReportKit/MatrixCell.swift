import CrosscheckSchema

/// Where one source stands on one cluster, as the HTML matrix shows it.
///
/// Each state has a colour and a symbol, so the matrix reads without colour vision.
enum MatrixCell: String, CaseIterable {
    case agree, conflict, hedged, absent

    var symbol: String {
        switch self {
        case .agree: "✓"
        case .conflict: "✗"
        case .hedged: "~"
        case .absent: "·"
        }
    }

    var meaning: String {
        switch self {
        case .agree: "makes the claim, no conflicting value"
        case .conflict: "holds a value other sources contradict"
        case .hedged: "makes the claim only hedged or speculatively"
        case .absent: "does not make the claim"
        }
    }

    /// The state of `doc` in `cluster`, given that document's claims in it.
    static func state(doc: String, cluster: Cluster, claims: [Claim]) -> MatrixCell {
        guard !claims.isEmpty || cluster.docs.contains(doc) else { return .absent }
        if cluster.status == .conflicting || cluster.status == .disputed,
            cluster.conflicts.contains(where: { $0.values.contains { $0.docs.contains(doc) } })
        {
            return .conflict
        }
        if !claims.isEmpty, claims.allSatisfy(\.modality.isWeak) { return .hedged }
        return .agree
    }
}
