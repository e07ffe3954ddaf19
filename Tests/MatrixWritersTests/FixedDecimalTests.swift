import MatrixWriters
import Testing

@Suite struct FixedDecimalTests {
    @Test(arguments: [
        (0.0, 3, "0.000"), (3.0, 3, "3.000"), (2.5, 3, "2.500"), (0.6666666666666666, 3, "0.667"),
        (1234567.5, 3, "1234567.500"), (1e20, 3, "100000000000000000000.000"), (1e-7, 3, "0.000"),
        (-1.25, 3, "-1.250"), (2.4444444444444446, 2, "2.44"), (7.0, 0, "7"), (0.5, -1, "1"),
    ])
    func formatsWithADotAndFixedDecimals(value: Double, decimals: Int, expected: String) {
        #expect(FixedDecimal.string(value, decimals: decimals) == expected)
    }

    /// Halves round away from zero, judged on the decimal a reader wrote, not on the binary value beneath it:
    /// 1.0015 is stored as 1.00149999…, which `printf("%.3f")` rounds to 1.001.
    @Test(arguments: [
        (2.0005, "2.001"), (1.0015, "1.002"), (0.0005, "0.001"), (0.5625, "0.563"), (0.58125, "0.581"),
        (2.0004999, "2.000"), (-2.0005, "-2.001"), (-0.5625, "-0.563"), (9.9995, "10.000"), (999.9996, "1000.000"),
    ])
    func roundsHalfAwayFromZero(value: Double, expected: String) {
        #expect(FixedDecimal.string(value, decimals: 3) == expected)
    }

    @Test(arguments: [(2.5, "3"), (-2.5, "-3"), (0.5, "1"), (-0.5, "-1"), (0.49, "0"), (1.5, "2")])
    func roundsHalvesAwayFromZeroToWholeNumbers(value: Double, expected: String) {
        #expect(FixedDecimal.string(value, decimals: 0) == expected)
    }

    @Test(arguments: [-0.0, -0.0004, -1e-300])
    func negativeZeroAndNegativesThatRoundToZeroHaveNoSign(value: Double) {
        #expect(FixedDecimal.string(value, decimals: 3) == "0.000")
    }

    @Test func nonFiniteValuesAreSpelledOut() {
        #expect(FixedDecimal.string(.nan, decimals: 3) == "nan")
        #expect(FixedDecimal.string(.infinity, decimals: 3) == "inf")
        #expect(FixedDecimal.string(-.infinity, decimals: 3) == "-inf")
    }

    /// Every thousandth from 0 to 20 prints as its integer numerator would, and every value exactly halfway
    /// between two thousandths rounds up to the next one.
    @Test func agreesWithIntegerArithmeticOnEveryThousandthAndHalfThousandth() {
        func expected(_ thousandths: Int) -> String {
            let fraction = String(thousandths % 1000)
            return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
        }
        var mismatches: [String] = []
        for thousandths in 0..<20_000 {
            let exact = FixedDecimal.string(Double(thousandths) / 1000, decimals: 3)
            if exact != expected(thousandths) { mismatches.append(exact) }
            let half = FixedDecimal.string(Double(thousandths * 10 + 5) / 10_000, decimals: 3)
            if half != expected(thousandths + 1) { mismatches.append(half) }
            let negativeHalf = FixedDecimal.string(-Double(thousandths * 10 + 5) / 10_000, decimals: 3)
            if negativeHalf != "-" + expected(thousandths + 1) { mismatches.append(negativeHalf) }
        }
        #expect(mismatches.isEmpty)
    }
}
