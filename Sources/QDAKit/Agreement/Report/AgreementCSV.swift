import Foundation

/// The per-code table as CSV, one row per code, every figure with its counts.
public enum AgreementCSV {
    /// The CSV text (header row first; decimals with a point; empty cells for undefined
    /// values, with the reason in `undefined`).
    public static func render(_ report: AgreementReport) -> String {
        let coders = report.coders.map(\.rawValue)
        var header = ["code", "theme", "in_codebook", "unit", "N"] + coders.map { "marked_\($0)" } + ["disputed"]
        header += [
            "a", "b", "c", "d", "percent_agreement", "positive_agreement", "kappa", "kappa_se", "kappa_ci_lower",
            "kappa_ci_upper", "p_o", "p_e", "prevalence_index", "bias_index", "pabak", "gwet_ac1", "precision",
            "recall",
            "fleiss_kappa", "krippendorff_alpha", "undefined",
        ]
        var rows = [header]
        for entry in report.codes {
            let agreement = entry.agreement
            var row = [
                entry.code, entry.theme ?? "", entry.inCodebook ? "yes" : "no", report.unit.rawValue, "\(report.units)",
            ]
            row += agreement.marked.map(String.init) + ["\(agreement.disputedUnits)"]
            var reasons: [String] = []
            func value(_ estimate: Estimate?, _ name: String) -> String {
                guard let estimate else { return "" }
                if let reason = estimate.undefinedReason {
                    reasons.append("\(name): \(reason.explanation)")
                    return ""
                }
                return String(format: "%.6f", estimate.value!)
            }
            if let s = agreement.twoCoders {
                row += ["\(s.table.a)", "\(s.table.b)", "\(s.table.c)", "\(s.table.d)"]
                row += [
                    value(s.percentAgreement, "percent_agreement"), value(s.positiveAgreement, "positive_agreement"),
                    value(s.kappa.kappa, "kappa"), value(s.kappa.standardError, "kappa_se"),
                    s.kappa.confidenceInterval.map { String(format: "%.6f", $0.lower) } ?? "",
                    s.kappa.confidenceInterval.map { String(format: "%.6f", $0.upper) } ?? "",
                    value(s.kappa.observedAgreement, "p_o"), value(s.kappa.expectedAgreement, "p_e"),
                    value(s.prevalenceIndex, "prevalence_index"), value(s.biasIndex, "bias_index"),
                    value(s.pabak, "pabak"),
                    value(s.gwetAC1, "gwet_ac1"), value(s.precision, "precision"), value(s.recall, "recall"), "",
                ]
            } else {
                row += Array(repeating: "", count: 18)
                row.append(value(agreement.fleiss?.kappa, "fleiss_kappa"))
            }
            row.append(value(agreement.alpha.alpha, "krippendorff_alpha"))
            row.append(Array(Set(reasons)).sorted().joined(separator: "; "))
            rows.append(row)
        }
        return CSV.format(rows)
    }
}
