import ArgumentParser
import QDAKit

struct Autocode: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "autocode",
        abstract: "Apply the codebook's keywords (and the interview guide) as a separate coder, for review.",
        discussion: """
            Every participant sentence that matches a code's keywords is coded with that code; \
            with an interview guide, every answer to a recognised question gets the topic's code. \
            The codings go to codings/<as>/ (default codings/auto/), never into a human coder's \
            folder. Compare them with a human coder: qda agree --coders auto,anna.
            """)

    @OptionGroup var options: StudyOptions

    @Option(name: .customLong("as"), help: "The coder name to write as (the folder under codings/).")
    var coder: String = "auto"

    @Option(
        help: "The interview guide for structural coding (default: the study's guide, if any).", completion: .file())
    var guide: String?

    @Flag(help: "Do not use an interview guide, only keywords.")
    var noGuide = false

    @Flag(help: "Show what would be coded; write nothing.")
    var dryRun = false

    @Flag(help: "Replace auto-coding files that were edited since they were written (keeping .bak copies).")
    var force = false

    @Option(help: "Output: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        try Console.run {
            let result = try AutoCoder.run(
                studyAt: options.study,
                options: AutoCoder.Options(
                    loader: try options.loaderOptions(), coder: coder, guidePath: guide, useGuide: !noGuide,
                    dryRun: dryRun, force: force, keepsCodings: false))
            Console.err(result.diagnostics.map(\.rendered).joined(separator: "\n"))
            switch format {
            case .json: Console.out(JSONOutput.encode(result.summary))
            case .text, .md: Console.out(result.summary.rendered)
            case .csv: throw ValidationError("autocode has no CSV output; use text or json")
            }
        }
    }
}
