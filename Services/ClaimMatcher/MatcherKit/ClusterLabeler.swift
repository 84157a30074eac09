import CrosscheckSchema
import TextCore

/// Labels a cluster with the words of its most central claim: never a synthesised sentence.
///
/// The central claim shares the most terms with the other members (a linear count over the
/// cluster's terms); among claims within `closeShare` of the best, the shortest wins. The label
/// is that claim's clause as the source wrote it, prefixed with the speaker's name when the
/// claim is attributed and the clause does not already name the speaker. Leading openers with
/// their comma ("However,") and coordinators ("And") are dropped; "If" and the like stay.
struct ClusterLabeler: Sendable {
    let entityNames: [String: String]
    /// Folded words that open a clause without belonging to it.
    var openers: Set<String> = []
    /// Folded coordinators ("and", "but"), dropped at the start even without a comma.
    var coordinators: Set<String> = []
    /// Claims this close to the best centrality compete on length.
    var closeShare = 0.8
    /// Labels longer than this (in characters) are cut at a word boundary.
    var maxLength = 240

    func label(_ members: [ClaimFeatures]) -> String {
        guard let central = central(members) else { return "" }
        var text = withoutOpeners(Self.trimmed(central.claim.text))
        if text.count > maxLength {
            let cut = text.prefix(maxLength)
            text = String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + " …"
        }
        if let speaker = central.claim.speaker.map({ entityNames[$0] ?? $0 }),
            !text.localizedLowercase.contains(speaker.localizedLowercase)
        {
            text = speaker + ": " + text
        }
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// The member sharing the most terms with the others, the shortest among near-ties.
    func central(_ members: [ClaimFeatures]) -> ClaimFeatures? {
        var counts: [String: Int] = [:]
        let termSets = members.map { Set($0.terms) }
        for set in termSets { for t in set { counts[t, default: 0] += 1 } }
        let scores = termSets.map { set -> Double in
            guard !set.isEmpty else { return 0 }
            return Double(set.reduce(0) { $0 + (counts[$1] ?? 1) - 1 }) / Double(set.count).squareRoot()
        }
        guard let best = scores.max() else { return nil }
        let close = members.indices.filter { scores[$0] >= best * closeShare }
        let pick = close.min { a, b in
            (members[a].claim.text.count, members[a].order) < (members[b].claim.text.count, members[b].order)
        }
        return pick.map { members[$0] }
    }

    /// The text without its leading opener words and the commas after them.
    func withoutOpeners(_ text: String) -> String {
        var rest = Substring(text)
        while let space = rest.firstIndex(of: " ") {
            let word = rest[..<space]
            let comma = word.hasSuffix(",")
            let folded = Tokenizer.foldPhrase(String(comma ? word.dropLast() : word))
            guard (comma && openers.contains(folded)) || coordinators.contains(folded) else { break }
            rest = rest[rest.index(after: space)...].drop { $0 == " " }
        }
        return rest.isEmpty ? text : String(rest)
    }

    /// The clause without surrounding spaces and trailing punctuation.
    static func trimmed(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars
        let drop: Set<Unicode.Scalar> = [" ", "\n", "\t", ",", ";", ":", "."]
        while let last = scalars.last, drop.contains(last) { scalars.removeLast() }
        while let first = scalars.first, first == " " || first == "\n" || first == "\t" { scalars.removeFirst() }
        return String(String.UnicodeScalarView(scalars))
    }
}
