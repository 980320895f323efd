import Foundation

/// Cohen's κ for two coders and k mutually exclusive categories, with its large-sample
/// standard error and a 95% confidence interval.
///
/// κ = (p_o − p_e) / (1 − p_e), where p_o is the observed proportion of agreement and p_e the
/// agreement expected by chance when each coder keeps their own marginal distribution
/// (Cohen, J. (1960). A coefficient of agreement for nominal scales. *Educational and
/// Psychological Measurement*, 20, 37–46).
///
/// The standard error is the non-null asymptotic one of Fleiss, Cohen & Everitt (1969,
/// Large sample standard errors of kappa and weighted kappa, *Psychological Bulletin*, 72,
/// 323–327), in the form given by Fleiss, Levin & Paik (2003, eq. 18.13):
///
///     var(κ) = [ Σᵢ pᵢᵢ (1 − (pᵢ. + p.ᵢ)(1 − κ))² + (1 − κ)² Σᵢ≠ⱼ pᵢⱼ (p.ᵢ + pⱼ.)²
///                − (κ − p_e (1 − κ))² ] / (N (1 − p_e)²)
///
/// The confidence interval is κ ± 1.96·SE, clipped to [−1, 1]. The standard error under the
/// null hypothesis κ = 0 (same source) is given for tests.
public struct CohensKappa: Hashable, Sendable, Codable {
    /// The number of units, N.
    public var units: Int
    /// Observed agreement p_o.
    public var observedAgreement: Estimate
    /// Chance agreement p_e.
    public var expectedAgreement: Estimate
    /// κ; undefined when N = 0 or p_e = 1.
    public var kappa: Estimate
    /// The asymptotic standard error of κ (Fleiss, Cohen & Everitt 1969).
    public var standardError: Estimate
    /// The standard error under the hypothesis κ = 0 (Fleiss, Cohen & Everitt 1969).
    public var standardErrorUnderNull: Estimate
    /// The 95% confidence interval κ ± 1.96·SE, clipped to [−1, 1]; `nil` when κ or its
    /// standard error is undefined.
    public var confidenceInterval: ConfidenceInterval?

    /// Computes κ for `table`.
    public init(_ table: ContingencyTable) {
        let n = table.total
        units = n
        observedAgreement = table.observedAgreement
        expectedAgreement = table.expectedAgreement
        guard n > 0, let po = observedAgreement.value, let pe = expectedAgreement.value else {
            kappa = .undefined(.noUnits)
            standardError = .undefined(.noUnits)
            standardErrorUnderNull = .undefined(.noUnits)
            confidenceInterval = nil
            return
        }
        guard pe < 1 - 1e-12 else {
            kappa = .undefined(.noVariation)
            standardError = .undefined(.noVariation)
            standardErrorUnderNull = .undefined(.noVariation)
            confidenceInterval = nil
            return
        }
        let k = (po - pe) / (1 - pe)
        kappa = .value(k)
        let size = Double(n)
        let p = table.counts.map { $0.map { Double($0) / size } }
        let rows = table.rowTotals.map { Double($0) / size }
        let columns = table.columnTotals.map { Double($0) / size }
        var diagonal = 0.0
        var offDiagonal = 0.0
        var nullSum = 0.0
        for i in 0..<table.categoryCount {
            let term = 1 - (rows[i] + columns[i]) * (1 - k)
            diagonal += p[i][i] * term * term
            nullSum += rows[i] * columns[i] * (rows[i] + columns[i])
            for j in 0..<table.categoryCount where j != i {
                let weight = columns[i] + rows[j]
                offDiagonal += p[i][j] * weight * weight
            }
        }
        let correction = k - pe * (1 - k)
        let variance =
            (diagonal + (1 - k) * (1 - k) * offDiagonal - correction * correction) / (size * (1 - pe) * (1 - pe))
        let se = sqrt(max(0, variance))
        standardError = .value(se)
        let nullVariance = (pe + pe * pe - nullSum) / (size * (1 - pe) * (1 - pe))
        standardErrorUnderNull = .value(sqrt(max(0, nullVariance)))
        let interval = ConfidenceInterval.wald(k, standardError: se)
        confidenceInterval = ConfidenceInterval(lower: max(-1, interval.lower), upper: min(1, interval.upper))
    }
}
