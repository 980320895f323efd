/// The ready-to-paste methods paragraph about intercoder agreement, in Dutch or English:
/// which transcripts were double-coded by whom, the unit and its number, the mapping of code
/// names, the percentage agreement with how it was counted, and κ with its 95% interval
/// ("κ = 0,52; 95%-BI 0,41–0,63"). `qda report` reuses it.
public enum AgreementParagraph {
    /// The paragraph for `report` in `language`.
    public static func render(_ report: AgreementReport, language: ReportLanguage) -> String {
        let nl = language == .dutch
        var sentences: [String] = [coverage(report, language)]
        if !report.mappings.isEmpty {
            let names = Set(report.mappings.map(\.written)).count
            let uses = report.mappings.reduce(0) { $0 + $1.uses }
            let book = report.codebook.map { " (" + Paths.stem($0) + ")" } ?? ""
            sentences.append(
                nl
                    ? "Afwijkende codenamen (oude namen uit een eerdere versie van het codeboek en andere schrijfwijzen: \(language.numberWord(names)) \(names == 1 ? "naam" : "namen"), \(language.numberWord(uses)) \(uses == 1 ? "toekenning" : "toekenningen")) zijn vóór de vergelijking omgezet naar de namen in het gebruikte codeboek\(book)."
                    : "Code names that differ from the codebook (former names from an earlier version of the codebook and other spellings: \(language.numberWord(names)) \(names == 1 ? "name" : "names"), \(language.numberWord(uses)) \(uses == 1 ? "application" : "applications")) were mapped to the names in the codebook used\(book) before comparison."
            )
        }
        let unit = report.unit.name(in: language)
        let units = report.unit.name(in: language, plural: true)
        sentences.append(
            nl
                ? "Eenheid van analyse was de \(unit)\(report.unit == .turn ? " van de geïnterviewde" : "") (n = \(language.integer(report.units)) \(units)); een code gold als toegekend aan een \(unit) wanneer een codering (een deel van) die \(unit) besloeg."
                : "The unit of analysis was the \(unit) (n = \(language.integer(report.units)) \(units)); a code counted as applied to a \(unit) when a coding covered (part of) it."
        )
        sentences.append(figures(report, language))
        return sentences.joined(separator: " ")
    }

    private static func coverage(_ report: AgreementReport, _ language: ReportLanguage) -> String {
        let nl = language == .dutch
        let compared = report.transcripts.count
        let total = report.transcriptsInStudy
        let list = language.list(report.transcripts.map(\.rawValue))
        let coders = language.list(report.coders.map(\.rawValue))
        let count = language.numberWord(report.coders.count)
        let which: String
        if compared == total && total == 1 {
            which = nl ? "Het enige transcript (\(list))" : "The one transcript (\(list))"
        } else if compared == total {
            which =
                nl
                ? "Alle \(language.numberWord(total)) transcripten"
                : "All \(language.numberWord(total)) transcripts"
        } else {
            which =
                nl
                ? "\(language.capitalisedNumberWord(compared)) van de \(language.numberWord(total)) transcripten (\(list))"
                : "\(language.capitalisedNumberWord(compared)) of the \(language.numberWord(total)) transcripts (\(list))"
        }
        let verb =
            nl
            ? (compared == 1 ? "is" : "zijn")
            : (compared == 1 ? "was" : "were")
        return nl
            ? "\(which) \(verb) onafhankelijk gecodeerd door \(count) codeurs (\(coders))."
            : "\(which) \(verb) coded independently by \(count) coders (\(coders))."
    }

    private static func figures(_ report: AgreementReport, _ language: ReportLanguage) -> String {
        let nl = language == .dutch
        let statistics = report.statistics
        let applications = statistics.applications
        let total = applications.agreed + applications.disputed
        let unitName = report.unit.name(in: language)
        var text: String
        if let proportion = applications.proportion.value {
            text =
                nl
                ? "Het percentage overeenkomst over codetoekenningen was \(language.percent(proportion)) (\(language.integer(applications.agreed)) van de \(language.integer(total)) keer dat een codeur een code aan een \(unitName) toekende, deden alle codeurs dat)"
                : "Percentage agreement over code applications was \(language.percent(proportion)) (of the \(language.integer(total)) times a coder applied a code to a \(unitName), all coders did so \(language.integer(applications.agreed)) times)"
        } else {
            text = nl ? "Geen codeur kende een code toe" : "No coder applied a code"
        }
        if let pooled = statistics.pooled {
            text +=
                nl
                ? (pooled.codes == 1
                    ? "; de kappa over de ene code was " : "; de gepoolde kappa over \(pooled.codes) codes samen was ")
                : (pooled.codes == 1
                    ? "; kappa over the one code was " : "; pooled kappa over all \(pooled.codes) codes was ")
            text += kappaText(pooled.kappa, pooled.confidenceInterval, method: "jackknife", report, language)
        } else if let fleiss = statistics.fleiss {
            text += nl ? "; Fleiss' κ over alle codes was " : "; Fleiss' κ over all codes was "
            text += kappaText(fleiss.kappa, nil, method: nil, report, language)
            if let alpha = statistics.alpha.alpha.value {
                text +=
                    nl
                    ? " en Krippendorffs α \(language.decimal(alpha))"
                    : " and Krippendorff's α \(language.decimal(alpha))"
            }
        }
        text += ". "
        let mean = statistics.mean
        if let value = mean.mean.value {
            text +=
                nl
                ? "De gemiddelde κ per code was \(language.decimal(value)) (\(mean.codes) \(mean.codes == 1 ? "code" : "codes")"
                : "The mean κ per code was \(language.decimal(value)) (\(mean.codes) \(mean.codes == 1 ? "code" : "codes")"
            let excluded = mean.excluded.count
            if excluded > 0 {
                text +=
                    nl
                    ? "; \(excluded) \(excluded == 1 ? "code" : "codes") zonder gedefinieerde κ niet meegeteld)."
                    : "; \(excluded) \(excluded == 1 ? "code" : "codes") without a defined κ left out)."
            } else {
                text += ")."
            }
        } else {
            text += nl ? "Voor geen enkele code was κ gedefinieerd." : "No code had a defined κ."
        }
        return text
    }

    /// `κ = 0,52 (95%-BI 0,41–0,63, jackknife; eenheid: spreekbeurt, n = 143)`.
    private static func kappaText(
        _ kappa: Estimate, _ interval: ConfidenceInterval?, method: String?, _ report: AgreementReport,
        _ language: ReportLanguage
    ) -> String {
        let nl = language == .dutch
        guard let value = kappa.value else {
            let reason = kappa.undefinedReason?.explanation ?? ""
            return nl ? "κ niet gedefinieerd (\(reason))" : "κ undefined (\(reason))"
        }
        var details: [String] = []
        if let interval {
            details.append(
                (nl ? "95%-BI " : "95% CI ") + language.interval(interval.lower, interval.upper)
                    + (method.map { ", " + $0 } ?? ""))
        }
        details.append(
            (nl ? "eenheid: " : "unit: ") + report.unit.name(in: language) + ", n = " + language.integer(report.units))
        if report.showsInterpretation {
            details.append(
                LandisKoch.landisKoch(value, language) + (nl ? " volgens " : " according to ")
                    + LandisKoch.landisKochSource)
        }
        return "κ = \(language.decimal(value)) (" + details.joined(separator: "; ") + ")"
    }
}
