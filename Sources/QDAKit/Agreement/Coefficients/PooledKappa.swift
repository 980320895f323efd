import Foundation

/// Cohen's κ over several codes at once, from their summed 2 × 2 tables ("pooled κ": De Vries,
/// H., Elliott, M. N., Kanouse, D. E. & Teleki, S. S. (2008). Using pooled kappa to summarize
/// interrater agreement across many items. *Field Methods*, 20, 272–282).
///
/// Every code contributes N units to the summed table, so its cells are not independent
/// observations; the standard error is therefore computed by the delete-one-unit jackknife
/// (each unit with all its codes is left out in turn; Efron, B. (1982). *The jackknife, the
/// bootstrap and other resampling plans*. SIAM), and the 95% interval is κ ± 1.96·SE,
/// clipped to [−1, 1].
public struct PooledKappa: Hashable, Sendable, Codable {
    /// The summed table over all codes.
    public var table: AgreementTable
    /// The number of codes pooled.
    public var codes: Int
    /// The number of units (each counted once, not once per code).
    public var units: Int
    /// Observed agreement of the summed table.
    public var observedAgreement: Estimate
    /// Chance agreement of the summed table.
    public var expectedAgreement: Estimate
    /// Pooled κ; undefined when no code was used.
    public var kappa: Estimate
    /// The jackknife standard error over units.
    public var standardError: Estimate
    /// The 95% confidence interval; `nil` when κ or its standard error is undefined.
    public var confidenceInterval: ConfidenceInterval?

    /// Pools the per-code `tables`; `unitTables[u]` is unit u's own contribution summed over the
    /// codes (codes both coders, only the first, only the second, neither applied to u) and is
    /// used for the jackknife. The unit tables must add up to the summed code tables.
    public init(tables: [AgreementTable], unitTables: [AgreementTable]) {
        let summed = tables.reduce(AgreementTable(a: 0, b: 0, c: 0, d: 0), +)
        self.init(summed: summed, codes: tables.count, unitTables: unitTables)
    }

    /// Pools from an already summed table and the per-unit contributions.
    public init(summed: AgreementTable, codes: Int, unitTables: [AgreementTable]) {
        table = summed
        self.codes = codes
        units = unitTables.count
        let single = summed.kappa
        observedAgreement = single.observedAgreement
        expectedAgreement = single.expectedAgreement
        kappa = single.kappa
        guard let value = single.kappa.value else {
            standardError = single.kappa
            confidenceInterval = nil
            return
        }
        guard unitTables.count >= 2 else {
            standardError = .undefined(.tooFewUnits)
            confidenceInterval = nil
            return
        }
        var leftOut: [Double] = []
        leftOut.reserveCapacity(unitTables.count)
        for unit in unitTables {
            let a = Double(summed.a - unit.a)
            let b = Double(summed.b - unit.b)
            let c = Double(summed.c - unit.c)
            let d = Double(summed.d - unit.d)
            leftOut.append(Self.kappa(a: a, b: b, c: c, d: d) ?? value)
        }
        let n = Double(leftOut.count)
        let mean = leftOut.reduce(0, +) / n
        let squares = leftOut.reduce(0.0) { $0 + ($1 - mean) * ($1 - mean) }
        let se = sqrt((n - 1) / n * squares)
        standardError = .value(se)
        let interval = ConfidenceInterval.wald(value, standardError: se)
        confidenceInterval = ConfidenceInterval(lower: max(-1, interval.lower), upper: min(1, interval.upper))
    }

    /// κ of a 2 × 2 table in closed form, 2(ad − bc) / ((a + b)(b + d) + (a + c)(c + d)),
    /// or `nil` when undefined.
    static func kappa(a: Double, b: Double, c: Double, d: Double) -> Double? {
        let denominator = (a + b) * (b + d) + (a + c) * (c + d)
        return denominator > 0 ? 2 * (a * d - b * c) / denominator : nil
    }
}
