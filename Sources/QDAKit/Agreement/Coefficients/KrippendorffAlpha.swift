/// Krippendorff's α for nominal data, any number of coders, missing values allowed
/// (Krippendorff, K. (2011). *Computing Krippendorff's alpha-reliability*. Annenberg School
/// for Communication, University of Pennsylvania; Krippendorff, K. (2004). *Content
/// analysis*, 2nd ed., §11.3).
///
/// Units with fewer than two values are not pairable and are left out. From the coincidence
/// matrix o_ck = Σᵤ (number of c–k pairs of values in unit u) / (mᵤ − 1), with nₖ = Σ_c o_ck and
/// n = Σ nₖ pairable values:
///
///     α = 1 − D_o / D_e = 1 − (n − 1) Σ_{c≠k} o_ck / Σ_{c≠k} n_c nₖ.
public struct KrippendorffAlpha: Hashable, Sendable, Codable {
    /// Units with at least two values.
    public var pairableUnits: Int
    /// Pairable values, n.
    public var pairableValues: Int
    /// Observed disagreement D_o (the share of disagreeing pairs).
    public var observedDisagreement: Estimate
    /// Expected disagreement D_e.
    public var expectedDisagreement: Estimate
    /// α; undefined with fewer than two pairable values or when every value is the same
    /// (D_e = 0).
    public var alpha: Estimate

    /// Computes nominal α from per-unit category counts (see ``RatingCounts``).
    public init(nominal ratings: RatingCounts) {
        let k = ratings.categoryCount
        var coincidences = Array(repeating: Array(repeating: 0.0, count: k), count: k)
        var units = 0
        for (row, weight) in zip(ratings.rows, ratings.multiplicities) {
            let m = row.reduce(0, +)
            guard m >= 2 else { continue }
            units += weight
            let scale = Double(weight) / Double(m - 1)
            for c in 0..<k where row[c] > 0 {
                for e in 0..<k where row[e] > 0 {
                    let pairs = c == e ? row[c] * (row[c] - 1) : row[c] * row[e]
                    coincidences[c][e] += Double(pairs) * scale
                }
            }
        }
        pairableUnits = units
        let totals = coincidences.map { $0.reduce(0, +) }
        let n = totals.reduce(0, +)
        pairableValues = Int(n.rounded())
        guard n > 1 else {
            observedDisagreement = .undefined(.noPairableValues)
            expectedDisagreement = .undefined(.noPairableValues)
            alpha = .undefined(.noPairableValues)
            return
        }
        var observed = 0.0
        var expected = 0.0
        for c in 0..<k {
            for e in 0..<k where e != c {
                observed += coincidences[c][e]
                expected += totals[c] * totals[e]
            }
        }
        observedDisagreement = .value(observed / n)
        expectedDisagreement = .value(expected / (n * (n - 1)))
        alpha = expected > 0 ? .value(1 - (n - 1) * observed / expected) : .undefined(.noVariation)
    }

    /// Computes nominal α from raw data: `units[u][i]` is coder i's value for unit u, `nil`
    /// when missing.
    public init<Value: Hashable>(nominal units: [[Value?]]) {
        var index: [Value: Int] = [:]
        var ratings: [[Int?]] = []
        for unit in units {
            ratings.append(
                unit.map { value in
                    value.map { value in
                        if let known = index[value] { return known }
                        index[value] = index.count
                        return index.count - 1
                    }
                })
        }
        self.init(nominal: RatingCounts(ratings: ratings, categoryCount: max(index.count, 1)))
    }
}
