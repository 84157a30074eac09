import CrosscheckSchema

/// A bundle's claims and the learned scorer's candidate pairs with their feature vectors.
///
/// Training data for `scripts/train-claim-scorer`, computed by the matcher's own code
/// (`ClaimMatcher.pairTable`), so the weights fit exactly what inference computes.
public struct ClaimPairTable: Sendable {
    /// One candidate pair: indices into `claims` (`a` comes later in the bundle than `b`).
    public struct Pair: Sendable {
        public var a: Int
        public var b: Int
        /// Feature values, in the order of `features`.
        public var values: [Double]
    }

    public var claims: [Claim]
    /// Feature names.
    public var features: [String]
    public var pairs: [Pair]
    /// Story of each document (`DocumentStories`), by document index.
    public var stories: [Int]
    /// Trigger lemma of each claim (event, else predicate), empty when eventless: what
    /// `scripts/claims/trigger_pairs.py` counts (`TriggerPairs`).
    public var triggers: [String]
}
