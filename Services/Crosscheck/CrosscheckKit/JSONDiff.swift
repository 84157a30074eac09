import Foundation

/// Lists where two JSON documents differ, as `path: recorded …, replayed …` lines.
public enum JSONDiff {
    /// Differences between `expected` and `actual` (JSON text), at most `limit` of them.
    public static func differences(expected: Data, actual: Data, limit: Int = 20) -> [String] {
        // try?: a recording that is not JSON is expected here; it is compared byte for byte.
        guard let a = try? JSONSerialization.jsonObject(with: expected, options: [.fragmentsAllowed]),
            let b = try? JSONSerialization.jsonObject(with: actual, options: [.fragmentsAllowed])
        else {
            return expected == actual ? [] : ["(not comparable as JSON)"]
        }
        var out: [String] = []
        walk(a, b, path: "payload", into: &out, limit: limit)
        return out
    }

    private static func walk(_ a: Any, _ b: Any, path: String, into out: inout [String], limit: Int) {
        guard out.count < limit else { return }
        switch (a, b) {
        case let (x as [String: Any], y as [String: Any]):
            for key in Set(x.keys).union(y.keys).sorted() {
                switch (x[key], y[key]) {
                case let (l?, r?): walk(l, r, path: "\(path).\(key)", into: &out, limit: limit)
                case let (l?, nil): out.append("\(path).\(key): recorded \(show(l)), replayed (missing)")
                case let (nil, r?): out.append("\(path).\(key): recorded (missing), replayed \(show(r))")
                default: break
                }
                if out.count >= limit { return }
            }
        case let (x as [Any], y as [Any]):
            for i in 0..<min(x.count, y.count) { walk(x[i], y[i], path: "\(path)[\(i)]", into: &out, limit: limit) }
            if x.count != y.count, out.count < limit {
                out.append("\(path): recorded \(x.count) items, replayed \(y.count)")
            }
        default:
            if show(a) != show(b) { out.append("\(path): recorded \(show(a)), replayed \(show(b))") }
        }
    }

    private static func show(_ value: Any) -> String {
        let text: String
        // try?: a value JSON cannot write (NaN) is shown through its description.
        if let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys, .withoutEscapingSlashes]) {
            text = String(decoding: data, as: UTF8.self)
        } else {
            text = "\(value)"
        }
        return text.count > 80 ? String(text.prefix(77)) + "…" : text
    }
}
