import ArgumentParser
import QDAKit

struct Agree: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Intercoder agreement between coders, with every figure's unit, chance model and counts.",
        discussion: """
            Compares the coders on the units of the transcripts that at least two of them coded \
            (default unit: participant turns; a code is present on a unit when a coding overlaps \
            it). Codes are compared under the codebook's names after mapping former names \
            (aliases). Prints per code the 2×2 table, percentage agreement, Cohen's κ with SE and \
            95% CI, prevalence and bias indices, PABAK, Gwet's AC1 and Krippendorff's α; overall \
            figures; every disagreement grouped by code; the codes to clarify; and a methods \
            paragraph in Dutch and English. Exit status 1 for unknown coders, no shared \
            transcripts or codings with errors; 64 for bad options.
            """)

    @OptionGroup var options: StudyOptions

    @Option(help: "The coders to compare, comma-separated (at least two), e.g. anna,bram.")
    var coders: String

    @Option(help: "The unit: turn, paragraph, sentence, character or transcript (default: qda.json's unit, else turn).")
    var unit: String?

    @Option(help: "Only these transcripts, comma-separated.")
    var transcripts: String?

    @Option(help: "Only these codes, separated by ; or , (names, identifiers or former names).")
    var codes: String?

    @Option(help: "Only the codes of this theme (also compared as mutually exclusive categories).")
    var theme: String?

    @Option(help: "Codes to compare as mutually exclusive categories, separated by ; (repeatable).")
    var group: [String] = []

    @Option(help: "Language first shown for the methods paragraph: nl or en (default: qda.json's language).")
    var language: String?

    @Flag(help: "Add Landis & Koch (1977) labels to κ values.")
    var landisKoch = false

    @Option(help: "Output format: md, json or csv.")
    var format: OutputFormat = .md

    func validate() throws {
        if codes != nil && theme != nil { throw ValidationError("use either --codes or --theme, not both") }
        if let unit, AgreementUnitKind(name: unit) == nil {
            throw ValidationError("unknown unit `\(unit)`; use turn, paragraph, sentence, character or transcript")
        }
        if let language, ReportLanguage(code: language) == nil {
            throw ValidationError("unknown language `\(language)`; use nl or en")
        }
    }

    func run() throws {
        let outputFormat: Agreement.Format
        switch format {
        case .md, .text: outputFormat = .markdown
        case .json: outputFormat = .json
        case .csv: outputFormat = .csv
        }
        let request = AgreementOptions(
            coders: split(coders, by: [","]), unit: unit.flatMap(AgreementUnitKind.init(name:)),
            transcripts: transcripts.map { split($0, by: [","]) },
            codes: codes.map { split($0, by: $0.contains(";") ? [";"] : [","]) }, theme: theme,
            groups: group.map { split($0, by: [";"]) }, language: language.flatMap(ReportLanguage.init(code:)),
            interpretation: landisKoch)
        try Console.run {
            do {
                Console.out(
                    try Agreement.run(
                        studyAt: options.study, loading: try options.loaderOptions(), options: request,
                        format: outputFormat))
            } catch let error as AgreementError {
                Console.err("error: " + error.description)
                throw ExitCode(error.isUsageError ? 64 : 1)
            }
        }
    }

    private func split(_ text: String, by separators: Set<Character>) -> [String] {
        text.split(whereSeparator: { separators.contains($0) }).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }
}
