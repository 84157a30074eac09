import EncoderKit
import Foundation
import Testing

/// The encoder's vectorisable erf against the C library's.
@Suite("Encoder numerics")
struct EncoderNumericsTests {
    @Test("erf is within 5e-7 (a few ulp) of erff across [-6, 6]")
    func erfAccuracy() {
        var worst: Float = 0
        for step in -6000...6000 {
            let x = Float(step) / 1000
            worst = max(worst, abs(FastMath.erf(x) - erff(x)))
        }
        #expect(worst < 5e-7, "worst error \(worst)")
    }
}
