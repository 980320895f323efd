/// Gwet's first-order agreement coefficient AC1 for two coders and q categories.
///
/// AC1 = (p_o − p_e) / (1 − p_e) with chance agreement p_e = Σₖ πₖ (1 − πₖ) / (q − 1), where
/// πₖ is the mean of the two coders' proportions in category k (Gwet, K. L. (2008). Computing
/// inter-rater reliability and its variance in the presence of high agreement. *British
/// Journal of Mathematical and Statistical Psychology*, 61, 29–48, eq. 6). Unlike κ it stays
/// stable when a category is rare (the "kappa paradox").
public enum GwetAC1 {
    /// AC1 for `table`; undefined when N = 0 or there is only one category.
    public static func coefficient(_ table: ContingencyTable) -> Estimate {
        let n = Double(table.total)
        guard n > 0, let po = table.observedAgreement.value else { return .undefined(.noUnits) }
        let q = table.categoryCount
        guard q >= 2 else { return .undefined(.noVariation) }
        let rows = table.rowTotals
        let columns = table.columnTotals
        var sum = 0.0
        for k in 0..<q {
            let pi = (Double(rows[k]) + Double(columns[k])) / (2 * n)
            sum += pi * (1 - pi)
        }
        let pe = sum / Double(q - 1)
        guard pe < 1 - 1e-12 else { return .undefined(.noVariation) }
        return .value((po - pe) / (1 - pe))
    }
}
