/// Number formatting that does not depend on the host's locale.
enum Formatting {
    /// `value` with exactly `places` decimals ("21.4", "0.0").
    static func decimal(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return "0" }
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((abs(value) * Double(scale)).rounded())
        let sign = value < 0 && scaled != 0 ? "-" : ""
        guard places > 0 else { return sign + String(scaled) }
        let whole = scaled / scale, fraction = scaled % scale
        var digits = String(fraction)
        while digits.count < places { digits = "0" + digits }
        return "\(sign)\(whole).\(digits)"
    }

    /// A 0…1 share as a whole percentage ("12%").
    static func percent(_ share: Double) -> String {
        guard share.isFinite else { return "0%" }
        return "\(Int((share * 100).rounded()))%"
    }
}
