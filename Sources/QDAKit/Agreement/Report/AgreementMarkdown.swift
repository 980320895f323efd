/// Renders an ``AgreementReport`` as a Markdown report for researchers: the unit and counts
/// first, then the overall figures, the code groups, the per-code table, the disagreements,
/// the codes to clarify, the code names mapped and the methods paragraph.
public enum AgreementMarkdown {
    /// The report as Markdown; `language` decides which methods paragraph comes first.
    public static func render(_ report: AgreementReport, language: ReportLanguage = .dutch) -> String {
        var out: [String] = []
        let coders = report.coders.map(\.rawValue)
        out.append("# Intercoder agreement: \(ReportLanguage.english.list(coders))")
        out.append("")
        out += summary(report)
        out += overall(report)
        out += groups(report)
        out += perCode(report)
        out += disagreements(report)
        out += clarify(report)
        out += mappings(report)
        out.append("## Methods paragraph")
        out.append("")
        let languages = language == .dutch ? [ReportLanguage.dutch, .english] : [.english, .dutch]
        for language in languages {
            out.append(
                "> "
                    + (report.methodsParagraph[language.rawValue]
                        ?? AgreementParagraph.render(report, language: language)))
            out.append("")
        }
        out += notes(report)
        return out.joined(separator: "\n")
    }

    static func number(_ estimate: Estimate, digits: Int = 2) -> String {
        guard let value = estimate.value else { return "undefined" }
        return ReportLanguage.english.decimal(value, digits: digits)
    }

    static func percent(_ estimate: Estimate) -> String {
        guard let value = estimate.value else { return "undefined" }
        return ReportLanguage.english.percent(value, digits: 1)
    }

    static func interval(_ interval: ConfidenceInterval?) -> String {
        guard let interval else { return "—" }
        return ReportLanguage.english.interval(interval.lower, interval.upper)
    }

    static func cell(_ text: String) -> String {
        text.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
    }

    private static func summary(_ report: AgreementReport) -> [String] {
        let unit = report.unit
        var lines = [
            "- **Coders:** \(report.coders.map(\.rawValue).joined(separator: ", "))"
                + (report.coders.count == 2 ? " (precision and recall take \(report.coders[1]) as the reference)" : ""),
            "- **Unit:** \(unit.name(in: .english)) — \(unitDefinition(unit)); **N = \(ReportLanguage.english.integer(report.units))** \(unit.name(in: .english, plural: true))",
            "- **Transcripts compared:** \(report.transcripts.count) of \(report.transcriptsInStudy): \(report.transcripts.map(\.rawValue).joined(separator: ", "))",
        ]
        if !report.leftOut.isEmpty {
            let list = report.leftOut.map { left in
                "\(left.transcript) (\(left.codedBy.isEmpty ? "not coded" : "only \(left.codedBy.map(\.rawValue).joined(separator: ", "))"))"
            }
            lines.append("- **Left out** (coded by fewer than two of these coders): \(list.joined(separator: ", "))")
        }
        lines.append("- **Codes:** \(report.codes.count) compared (\(report.codeSelection))")
        if !report.unusedCodes.isEmpty {
            lines.append(
                "- **Codes no coder applied** (κ undefined, left out of pooled figures): \(report.unusedCodes.joined(separator: ", "))"
            )
        }
        if let codebook = report.codebook { lines.append("- **Codebook:** \(codebook)") }
        if !report.mappings.isEmpty {
            lines.append("- **Code names mapped before comparing:** \(report.mappings.count) (see “Code names mapped”)")
        }
        return lines + [""]
    }

    static func unitDefinition(_ unit: AgreementUnitKind) -> String {
        let what: String =
            switch unit {
            case .turn: "one participant turn; interviewer turns are not units"
            case .paragraph: "one paragraph of a participant turn"
            case .sentence: "one sentence of a participant turn"
            case .character: "one character of a participant turn"
            case .transcript: "one transcript (a code is present when applied anywhere in it)"
            }
        return what + "; a code is present on a unit when one of the coder's codings overlaps it"
    }

    private static func overall(_ report: AgreementReport) -> [String] {
        let statistics = report.statistics
        let applications = statistics.applications
        var lines = [
            "## Overall", "", "| Figure | Value | Counts it rests on | Chance model |", "|---|---|---|---|",
            "| Percentage agreement over code applications | \(percent(applications.proportion)) | \(applications.agreed) applications made by every coder ÷ \(applications.agreed + applications.disputed) applications made by at least one coder (a code on a unit counts once) | none |",
        ]
        if let pooled = statistics.pooled {
            let t = pooled.table
            lines.append(
                "| Pooled κ | \(number(pooled.kappa)) (SE \(number(pooled.standardError, digits: 3)); 95% CI \(interval(pooled.confidenceInterval))) | summed 2×2 table over \(pooled.codes) codes: a = \(t.a), b = \(t.b), c = \(t.c), d = \(t.d); p_o = \(number(pooled.observedAgreement, digits: 3)), p_e = \(number(pooled.expectedAgreement, digits: 3)) | Cohen (each coder's own marginals); SE by jackknife over \(report.units) units |"
            )
        }
        let mean = statistics.mean
        lines.append(
            "| Mean κ over codes | \(number(mean.mean)) | \(mean.codes) codes averaged; \(mean.excluded.count) left out (κ undefined) | \(report.coders.count == 2 ? "Cohen" : "Fleiss") per code |"
        )
        if let fleiss = statistics.fleiss {
            lines.append(
                "| Fleiss' κ over all codes | \(number(fleiss.kappa)) (SE under κ = 0: \(number(fleiss.standardErrorUnderNull, digits: 3))) | \(fleiss.units) unit–code pairs coded by all \(fleiss.raters) coders; P̄ = \(number(fleiss.observedAgreement, digits: 3)), P̄ₑ = \(number(fleiss.expectedAgreement, digits: 3)) | Fleiss (pooled marginals) |"
            )
        }
        let alpha = statistics.alpha
        lines.append(
            "| Krippendorff's α over all codes | \(number(alpha.alpha)) | \(alpha.pairableUnits) unit–code pairs, \(alpha.pairableValues) pairable values; D_o = \(number(alpha.observedDisagreement, digits: 3)), D_e = \(number(alpha.expectedDisagreement, digits: 3)) | nominal, pooled marginals, missing values allowed |"
        )
        for pair in statistics.pairs {
            lines.append(
                "| \(pair.first) vs \(pair.second) | agreement \(percent(pair.applications.proportion)); pooled κ \(number(pair.pooled.kappa)) (95% CI \(interval(pair.pooled.confidenceInterval))); mean κ \(number(pair.mean.mean)) | \(pair.units) units both coded; \(pair.applications.agreed) of \(pair.applications.agreed + pair.applications.disputed) applications agreed | Cohen |"
            )
        }
        if !mean.excluded.isEmpty {
            lines.append("")
            lines.append(
                "Left out of the mean κ: "
                    + mean.excluded.map { "\($0.code) (\($0.reason.explanation))" }.joined(separator: "; ") + ".")
        }
        return lines + [""]
    }

    private static func groups(_ report: AgreementReport) -> [String] {
        let groups = report.statistics.groups
        guard !groups.isEmpty else { return [] }
        var lines = [
            "## Code groups as mutually exclusive categories", "",
            "Cohen's κ over categories needs every unit to carry at most one code of the group (plus the category “none”).",
            "",
        ]
        let exclusive = groups.filter(\.isMutuallyExclusive)
        if !exclusive.isEmpty {
            lines += ["| Group | Codes | Units | κ | 95% CI | α |", "|---|---|---|---|---|---|"]
            for group in exclusive {
                lines.append(
                    "| \(cell(group.name)) | \(group.codes.count) + none | \(group.units) | \(number(group.kappa)) | \(interval(group.cohen?.confidenceInterval)) | \(number(group.alpha?.alpha ?? .undefined(.noUnits))) |"
                )
            }
            lines.append("")
        }
        let mixed = groups.filter { !$0.isMutuallyExclusive }
        if !mixed.isEmpty {
            lines.append("Not mutually exclusive, so no κ over categories:")
            for group in mixed {
                let counts = zip(report.coders, group.unitsWithSeveralCodes).filter { $0.1 > 0 }
                    .map { "\($0.1) \($0.1 == 1 ? "unit" : "units") by \($0.0)" }
                lines.append(
                    "- \(group.name): several of its codes on the same unit (\(counts.joined(separator: ", ")))")
            }
            lines.append("")
        }
        return lines
    }
}
