/// Every per-code figure for two coders, computed from one ``AgreementTable`` and kept with
/// it, so each number travels with the counts it rests on.
public struct TableStatistics: Hashable, Sendable, Codable {
    /// The counts.
    public var table: AgreementTable
    /// (a + d) / N.
    public var percentAgreement: Estimate
    /// a / (a + b + c).
    public var positiveAgreement: Estimate
    /// Cohen's κ with SE and 95% CI.
    public var kappa: CohensKappa
    /// (a − d) / N.
    public var prevalenceIndex: Estimate
    /// (b − c) / N.
    public var biasIndex: Estimate
    /// 2 p_o − 1.
    public var pabak: Estimate
    /// Gwet's AC1.
    public var gwetAC1: Estimate
    /// Krippendorff's α (nominal, two coders, no missing values).
    public var alpha: Estimate
    /// a / (a + b): the first coder's precision with the second as reference.
    public var precision: Estimate
    /// a / (a + c): the first coder's recall with the second as reference.
    public var recall: Estimate

    /// Computes every figure for `table`.
    public init(_ table: AgreementTable) {
        self.table = table
        percentAgreement = table.percentAgreement
        positiveAgreement = table.positiveAgreement
        kappa = table.kappa
        prevalenceIndex = table.prevalenceIndex
        biasIndex = table.biasIndex
        pabak = table.pabak
        gwetAC1 = table.gwetAC1
        let ratings = RatingCounts(
            rows: [[2, 0], [1, 1], [0, 2]], categoryCount: 2, multiplicities: [table.a, table.b + table.c, table.d])
        let alpha = KrippendorffAlpha(nominal: ratings).alpha
        self.alpha = table.total > 0 && table.isUnused ? .undefined(.codeNotUsed) : alpha
        precision = table.precision
        recall = table.recall
    }
}
