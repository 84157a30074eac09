/// Union-find over string keys, with deterministic roots (the smallest key of a group).
struct KeyGroups {
    private var parent: [String: String] = [:]

    mutating func add(_ key: String) {
        if parent[key] == nil { parent[key] = key }
    }

    var allKeys: [String] { parent.keys.sorted() }

    func find(_ key: String) -> String {
        var current = key
        while let next = parent[current], next != current { current = next }
        return parent[current] == nil ? key : current
    }

    mutating func union(_ a: String, _ b: String) {
        add(a)
        add(b)
        let rootA = find(a)
        let rootB = find(b)
        guard rootA != rootB else { return }
        if rootA < rootB { parent[rootB] = rootA } else { parent[rootA] = rootB }
    }
}
