extension AgreementMarkdown {
    static func perCode(_ report: AgreementReport) -> [String] {
        var lines = ["## Per code", ""]
        guard !report.codes.isEmpty else { return lines + ["No coder applied any of these codes.", ""] }
        if report.coders.count == 2 {
            let (first, second) = (report.coders[0].rawValue, report.coders[1].rawValue)
            lines.append(
                "a = both coders, b = only \(first), c = only \(second), d = neither; N = a + b + c + d = \(report.units). "
                    + "% = (a + d)/N; pos. = a/(a + b + c); κ = Cohen's κ with asymptotic SE (Fleiss, Cohen & Everitt 1969); "
                    + "PI = (a − d)/N, BI = (b − c)/N, PABAK = 2·% − 1 (Byrt, Bishop & Carlin 1993); AC1 = Gwet (2008); α = Krippendorff (nominal)."
                    + (report.showsInterpretation ? " Labels: Landis & Koch (1977)." : ""))
            lines.append("")
            let label = report.showsInterpretation ? " Label |" : ""
            lines.append("| Code | a | b | c | d | % | pos. | κ | SE | 95% CI |\(label) PI | BI | PABAK | AC1 | α |")
            lines.append(
                "|---|--:|--:|--:|--:|--:|--:|--:|--:|---|" + (report.showsInterpretation ? "---|" : "")
                    + "--:|--:|--:|--:|--:|")
            for entry in report.codes {
                guard let s = entry.agreement.twoCoders else { continue }
                let t = s.table
                let kappaLabel =
                    report.showsInterpretation
                    ? " \(s.kappa.kappa.value.map { LandisKoch.landisKoch($0, .english) } ?? "—") |" : ""
                lines.append(
                    "| \(cell(entry.code))\(entry.inCodebook ? "" : " *(not in codebook)*") | \(t.a) | \(t.b) | \(t.c) | \(t.d) | \(percent(s.percentAgreement)) | \(percent(s.positiveAgreement)) | \(number(s.kappa.kappa)) | \(number(s.kappa.standardError, digits: 3)) | \(interval(s.kappa.confidenceInterval)) |\(kappaLabel) \(number(s.prevalenceIndex)) | \(number(s.biasIndex)) | \(number(s.pabak)) | \(number(s.gwetAC1)) | \(number(s.alpha)) |"
                )
            }
            lines.append("")
            lines += precisionRecall(report, first: first, second: second)
        } else {
            let names = report.coders.map(\.rawValue)
            lines.append("Marked = units each coder marked; disputed = units on which the coders who coded it differ.")
            lines.append("")
            lines.append("| Code | " + names.joined(separator: " | ") + " | Disputed | Fleiss' κ | α |")
            lines.append("|---|" + names.map { _ in "--:|" }.joined() + "--:|--:|--:|")
            for entry in report.codes {
                let agreement = entry.agreement
                lines.append(
                    "| \(cell(entry.code)) | " + agreement.marked.map(String.init).joined(separator: " | ")
                        + " | \(agreement.disputedUnits) | \(number(agreement.fleiss?.kappa ?? .undefined(.unequalRaters))) | \(number(agreement.alpha.alpha)) |"
                )
            }
            lines.append("")
        }
        return lines
    }

    private static func precisionRecall(_ report: AgreementReport, first: String, second: String) -> [String] {
        var lines = [
            "### \(first) against \(second) as reference", "",
            "For checking one coder (for example `auto`) against another: precision = a/(a + b), the share of \(first)’s units that \(second) also marked; recall = a/(a + c), the share of \(second)’s units that \(first) found.",
            "", "| Code | \(first) | \(second) | both | precision | recall |", "|---|--:|--:|--:|--:|--:|",
        ]
        for entry in report.codes {
            guard let s = entry.agreement.twoCoders else { continue }
            lines.append(
                "| \(cell(entry.code)) | \(s.table.firstMarked) | \(s.table.secondMarked) | \(s.table.a) | \(percent(s.precision)) | \(percent(s.recall)) |"
            )
        }
        return lines + [""]
    }

    /// The disputed units listed under each code; a study with thousands of them (1,000
    /// double-coded interviews) would otherwise give a report of megabytes nobody reads. The
    /// JSON output lists every one.
    static let disagreementsPerCode = 50

    static func disagreements(_ report: AgreementReport) -> [String] {
        var lines = ["## Disagreements", ""]
        guard !report.disagreements.isEmpty else { return lines + ["The coders agree on every unit.", ""] }
        let total = Set(report.disagreements.flatMap { $0.units.map(\.location) }).count
        lines.append(
            "\(total) \(report.unit.name(in: .english, plural: total != 1)) with a difference, listed under each code they differ on, most disputed code first."
        )
        lines.append("")
        for disputed in report.disagreements {
            let by = zip(report.coders, disputed.appliedBy).map { "\($0.0) applied it on \($0.1)" }
            lines.append("### \(disputed.code) — \(disputed.units.count) disputed (\(by.joined(separator: ", ")))")
            lines.append("")
            for unit in disputed.units.prefix(disagreementsPerCode) {
                let place = describe(unit.location, count: unit.unitCount, kind: report.unit)
                let codes = zip(report.coders, unit.codes).map { coder, codes in
                    "\(coder): "
                        + (codes.isEmpty
                            ? "—" : codes.map { $0 == disputed.code ? "**\($0)**" : $0 }.joined(separator: "; "))
                }
                lines.append("- **\(place)** “\(unit.text)”  ")
                lines.append("  " + codes.joined(separator: " · "))
            }
            let unlisted = disputed.units.count - disagreementsPerCode
            if unlisted > 0 {
                lines.append(
                    "- … and \(unlisted) more \(report.unit.name(in: .english, plural: unlisted != 1)) (`--format json` lists every one with its text)"
                )
            }
            lines.append("")
        }
        return lines
    }

    static func describe(_ location: UnitLocation, count: Int, kind: AgreementUnitKind) -> String {
        var text = location.transcript.rawValue
        if let turn = location.turn { text += ", turn \(turn)" }
        if let part = location.part { text += kind == .sentence ? ", sentence \(part)" : ", paragraph \(part)" }
        if kind == .character {
            text += ", characters \(location.range.lowerBound)–\(location.range.upperBound - 1) (\(count))"
        }
        return text
    }

    static func clarify(_ report: AgreementReport) -> [String] {
        var lines = ["## Codes to clarify", ""]
        guard !report.codesToClarify.isEmpty else { return lines + ["No code is disputed.", ""] }
        lines.append(
            "The disputed codes with the lowest κ (ties: most disagreements first), with what the codebook says about them."
        )
        lines.append("")
        lines.append("| Code | κ | Disputed units | Codebook description |")
        lines.append("|---|--:|--:|---|")
        for code in report.codesToClarify {
            let description =
                code.description.map(cell)
                ?? (code.inCodebook ? "*no description in the codebook*" : "*not in the codebook*")
            lines.append("| \(cell(code.code)) | \(number(code.kappa)) | \(code.disputedUnits) | \(description) |")
        }
        let missing = report.codesToClarify.filter { $0.description == nil }.count
        if missing > 0 {
            lines.append("")
            lines.append(
                "\(missing) of these \(report.codesToClarify.count) codes \(missing == 1 ? "has" : "have") no description in the codebook; writing one is the first step to agreeing on them."
            )
        }
        return lines + [""]
    }

    static func mappings(_ report: AgreementReport) -> [String] {
        var lines = ["## Code names mapped", ""]
        guard !report.mappings.isEmpty else {
            return lines + ["Every coder used the codebook’s names; nothing was mapped.", ""]
        }
        lines.append(
            "Codes are compared under the codebook’s names. These names, as written in the coding files, were mapped first (former names listed as `aliases:` in the codebook, identifiers, other spellings):"
        )
        lines.append("")
        for mapping in report.mappings {
            lines.append("- \(mapping.coder): `\(mapping.written)` → `\(mapping.code)` (\(mapping.uses)×)")
        }
        return lines + [""]
    }

    static func notes(_ report: AgreementReport) -> [String] {
        var lines = ["## Notes", ""]
        lines.append(
            "- Chance models: Cohen’s κ uses each coder’s own marginal distribution; Gwet’s AC1, Fleiss’ κ and Krippendorff’s α use the pooled distribution; PABAK assumes equal prevalence and no bias."
        )
        lines.append(
            "- “undefined” means the figure cannot be computed for these counts: \(UndefinedReason.codeNotUsed.explanation) (unused code), or \(UndefinedReason.noVariation.explanation)."
        )
        if report.showsInterpretation {
            lines.append(
                "- κ labels follow Landis, J. R. & Koch, G. G. (1977). The measurement of observer agreement for categorical data. *Biometrics*, 33, 159–174; they are conventions, not tests."
            )
        }
        return lines + [""]
    }
}
