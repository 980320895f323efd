import ArgumentParser
import QDAKit

struct Suggest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Suggest candidate codes: distinctive words in participant text that no coding covers.",
        discussion: """
            Ranks words and two-word phrases by tf-idf against the coded text, leaving out Dutch \
            and English stop words, placeholders in [brackets] and words a codebook keyword \
            already matches. Each suggestion comes with keyword-in-context lines (file:turn) \
            and the participants who used it.
            """)

    @OptionGroup var options: StudyOptions

    @Option(name: .customLong("coder"), help: "Count only this coder's codings as covering text (repeatable).")
    var coders: [String] = []

    @Option(help: "How many suggestions.")
    var top: Int = 15

    @Option(help: "The fewest occurrences in uncovered text.")
    var minCount: Int = 3

    @Option(help: "The fewest participants who must use a term.")
    var minParticipants: Int = 2

    @Option(help: "Keyword-in-context lines per suggestion.")
    var context: Int = 3

    @Option(help: "Output: md or json.")
    var format: OutputFormat = .md

    func validate() throws {
        guard top > 0, minCount > 0, minParticipants > 0, context >= 0 else {
            throw ValidationError("--top, --min-count and --min-participants must be positive")
        }
    }

    func run() throws {
        try Console.run {
            let report = try TermSuggester.suggest(
                studyAt: options.study, loader: try options.loaderOptions(),
                options: TermSuggester.Options(
                    coders: coders.map { CoderID(rawValue: $0) }, limit: top, minimumCount: minCount,
                    minimumParticipants: minParticipants, contextLines: context))
            switch format {
            case .json: Console.out(JSONOutput.encode(report))
            case .md, .text: Console.out(report.markdown)
            case .csv: throw ValidationError("suggest has no CSV output; use md or json")
            }
        }
    }
}
