import Foundation

/// Fleiss' κ for any fixed number m ≥ 2 of coders per unit and k nominal categories
/// (Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters. *Psychological
/// Bulletin*, 76, 378–382):
///
///     Pᵢ = (Σⱼ nᵢⱼ² − m) / (m (m − 1)),   P̄ = mean Pᵢ,   pⱼ = Σᵢ nᵢⱼ / (N m),
///     P̄ₑ = Σⱼ pⱼ²,   κ = (P̄ − P̄ₑ) / (1 − P̄ₑ).
///
/// The standard error under κ = 0 is that of Fleiss, Nee & Landis (1979, *Psychological
/// Bulletin*, 86, 974–977).
public struct FleissKappa: Hashable, Sendable, Codable {
    /// The number of units, N.
    public var units: Int
    /// Coders per unit, m.
    public var raters: Int
    /// Mean observed agreement P̄.
    public var observedAgreement: Estimate
    /// Chance agreement P̄ₑ.
    public var expectedAgreement: Estimate
    /// κ; undefined when N = 0, raters per unit differ or are fewer than two, or P̄ₑ = 1.
    public var kappa: Estimate
    /// The standard error under κ = 0 (Fleiss, Nee & Landis 1979).
    public var standardErrorUnderNull: Estimate

    /// Computes Fleiss' κ for `ratings`.
    public init(_ ratings: RatingCounts) {
        units = ratings.unitCount
        let perUnit = Set(ratings.rows.map { $0.reduce(0, +) })
        raters = perUnit.count == 1 ? perUnit.first! : 0
        func undefined(_ reason: UndefinedReason) -> (Estimate, Estimate, Estimate, Estimate) {
            (.undefined(reason), .undefined(reason), .undefined(reason), .undefined(reason))
        }
        guard units > 0 else {
            (observedAgreement, expectedAgreement, kappa, standardErrorUnderNull) = undefined(.noUnits)
            return
        }
        guard perUnit.count == 1, raters >= 2 else {
            (observedAgreement, expectedAgreement, kappa, standardErrorUnderNull) = undefined(.unequalRaters)
            return
        }
        let m = Double(raters)
        let n = Double(units)
        var agreementSum = 0.0
        var categoryTotals = Array(repeating: 0.0, count: ratings.categoryCount)
        for (row, weight) in zip(ratings.rows, ratings.multiplicities) {
            let squares = row.reduce(0.0) { $0 + Double($1) * Double($1) }
            agreementSum += Double(weight) * (squares - m) / (m * (m - 1))
            for (k, count) in row.enumerated() { categoryTotals[k] += Double(weight * count) }
        }
        let pBar = agreementSum / n
        let p = categoryTotals.map { $0 / (n * m) }
        let pe = p.reduce(0.0) { $0 + $1 * $1 }
        observedAgreement = .value(pBar)
        expectedAgreement = .value(pe)
        guard pe < 1 - 1e-12 else {
            kappa = .undefined(.noVariation)
            standardErrorUnderNull = .undefined(.noVariation)
            return
        }
        kappa = .value((pBar - pe) / (1 - pe))
        let pq = p.reduce(0.0) { $0 + $1 * (1 - $1) }
        let skew = p.reduce(0.0) { $0 + $1 * (1 - $1) * ((1 - $1) - $1) }
        let variance = 2 / (n * m * (m - 1)) * (pq * pq - skew) / (pq * pq)
        standardErrorUnderNull = .value(sqrt(max(0, variance)))
    }
}
