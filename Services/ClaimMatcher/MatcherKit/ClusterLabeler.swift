import CrosscheckSchema

/// Writes a short human label for a cluster from its subjects, predicate and object.
struct ClusterLabeler: Sendable {
    let entityNames: [String: String]

    func label(_ members: [ClaimFeatures]) -> String {
        let claims = members.map(\.claim)
        let predicate = majority(claims.map(\.predicate)) ?? "state"
        let object = majority(claims.compactMap(\.object)).map { entityNames[$0] ?? $0 }
        let negated = claims.filter { $0.modality == .negated }.count * 2 > claims.count

        var counts: [String: Int] = [:]
        var firstSeen: [String: Int] = [:]
        let withSubject = claims.filter { !$0.subject.isEmpty }
        for (i, c) in withSubject.enumerated() {
            for s in Set(c.subject) {
                counts[s, default: 0] += 1
                if firstSeen[s] == nil { firstSeen[s] = i * 100 + (c.subject.firstIndex(of: s) ?? 0) }
            }
        }
        let needed = max(1, (withSubject.count + 1) / 2)
        let subjects = counts.filter { $0.value >= needed }.keys
            .sorted { (firstSeen[$0] ?? 0, $0) < (firstSeen[$1] ?? 0, $1) }
            .prefix(3)
            .map { entityNames[$0] ?? $0 }

        var words: [String] = []
        if !subjects.isEmpty { words.append(subjects.joined(separator: ", ")) }
        let singular = subjects.count == 1
        if negated {
            words.append(subjects.isEmpty ? "not" : (singular ? "does not" : "do not"))
            words.append(predicate)
        } else {
            words.append(singular ? thirdPerson(predicate) : predicate)
        }
        if let object, !subjects.contains(object) { words.append(object) }
        let text = words.joined(separator: " ")
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    private func majority(_ values: [String]) -> String? {
        var counts: [String: Int] = [:]
        for v in values { counts[v, default: 0] += 1 }
        var best: String?
        for v in values where best == nil || (counts[v] ?? 0) > (counts[best ?? ""] ?? 0) { best = v }
        return best
    }

    private func thirdPerson(_ verb: String) -> String {
        if verb == "be" { return "is" }
        if verb == "have" { return "has" }
        if verb.hasSuffix("s") || verb.hasSuffix("sh") || verb.hasSuffix("ch") || verb.hasSuffix("x") || verb.hasSuffix("o") {
            return verb + "es"
        }
        if verb.hasSuffix("y"), let b = verb.dropLast().last, !"aeiou".contains(b) { return verb.dropLast() + "ies" }
        return verb + "s"
    }
}
