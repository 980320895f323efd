import ArgumentParser
import QDAKit

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Write the results chapter: method, themes with counts and quotes, summary, tables, figures, codebook.",
        discussion: """
            Writes <study>/report/resultaten.md (Dutch) or results.md (English) with SVG figures \
            beside it, or one HTML page with --format html. Running it again replaces files it \
            wrote itself; a file you edited is kept unless you pass --force. The same data always \
            gives byte-identical output.
            """)

    @OptionGroup var study: StudyOptions

    @Option(name: .customLong("lang"), help: "Language: nl or en (default: language in qda.json, else nl).")
    var language: String?

    @Option(help: "Output format: md or html.")
    var format: String = "md"

    @Option(name: [.short, .long], help: "The folder to write to (default: <study>/report).")
    var output: String?

    @Option(help: "Whose codings to report (default: primaryCoder in qda.json, else the only coder).")
    var coder: [String] = []

    @Option(
        name: .customLong("group-by"),
        help:
            "The participant attribute that describes the sample and, above 60 participants, gives the columns of the code × participant table (default: sector)."
    )
    var groupBy: String?

    @Flag(help: "Replace output files even if they were edited.")
    var force = false

    func run() throws {
        try Console.run {
            var options = ReportOptions()
            if let language {
                guard let parsed = ReportLanguage(code: language) else {
                    throw QDAError.usage("unknown language `\(language)`; use nl or en")
                }
                options.language = parsed
            }
            guard let parsedFormat = ReportOptions.Format(rawValue: format == "markdown" ? "md" : format) else {
                throw QDAError.usage("unknown format `\(format)`; use md or html")
            }
            options.format = parsedFormat
            options.coders = coder.map(CoderID.init(rawValue:))
            options.groupBy = groupBy
            options.command = (["qda"] + CommandLine.arguments.dropFirst()).joined(separator: " ")
            let result = try ReportWriter.write(
                studyAt: study.study, loaderOptions: try study.loaderOptions(), options: options, output: output,
                overwrite: force)
            Console.err(result.warnings.map(\.rendered).joined(separator: "\n"))
            Console.out("wrote " + result.files.first!)
            if result.files.count > 1 { Console.out("  and \(result.files.count - 1) figures beside it") }
        }
    }
}
