import ArgumentParser
import QDAKit

struct Freq: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Theme frequencies: participants and mentions per code, by attribute, matrix, co-occurrence, saturation.",
        discussion: """
            Counts one coder's codings: --coder, else "primaryCoder" in qda.json, else the only \
            coder. A mention is one coded segment (the same code on the same segment counts once); \
            participants are the distinct participants with at least one mention; theme and \
            subtheme rows count distinct participants and segments over all their codes, never \
            sums. Interviewer turns never count.

            Markdown (the default) shows every table; --table picks some. CSV holds one table \
            (default: codes); JSON always holds everything.
            """)

    @OptionGroup var options: StudyOptions

    @Option(
        help: ArgumentHelp(
            "Whose codings to count; several, comma-separated, in order of preference (per transcript the first who coded it).",
            valueName: "coder"))
    var coder: String?

    @Option(
        name: .customLong("by"),
        help: ArgumentHelp("Break the counts down by a participant attribute (repeatable).", valueName: "attribute"))
    var attributes: [String] = []

    @Flag(help: "Allow grouping by attributes that qda.json lists as private (only group counts are shown).")
    var allowPrivate = false

    @Option(name: .customLong("theme"), help: ArgumentHelp("Only this theme's codes (repeatable).", valueName: "theme"))
    var themes: [String] = []

    @Option(
        name: .customLong("table"),
        help: ArgumentHelp(
            "Which table: codes, groups, matrix, presence, cooccurrence, saturation (repeatable in Markdown).",
            valueName: "table"))
    var tables: [FrequencyTable] = []

    @Option(help: "Output format: md, json or csv.")
    var format: OutputFormat = .md

    @Option(help: "Language of Markdown headings: nl or en (default: `language` in qda.json, else en).")
    var language: String?

    @Option(help: "The number of co-occurring pairs listed in Markdown (0: all).")
    var top: Int = 25

    @Flag(help: "CSV for Excel: byte order mark, CRLF, and in Dutch `;` between fields and a decimal comma.")
    var excel = false

    @Flag(help: "In JSON, include the quotes of each code (with participant, turn and place).")
    var quotes = false

    @Option(name: [.short, .long], help: "Write to this file instead of standard output.", completion: .file())
    var output: String?

    @Flag(help: "Replace an existing output file.")
    var force = false

    func validate() throws {
        if top < 0 { throw ValidationError("--top must be 0 (all) or more") }
        if let language, ReportLanguage(code: language) == nil { throw ValidationError("--language must be nl or en") }
        if excel && format != .csv { throw ValidationError("--excel applies to --format csv") }
        if quotes && format != .json { throw ValidationError("--quotes applies to --format json") }
    }

    func run() throws {
        try Console.run {
            let renderFormat: FrequencyRendering.Format
            switch format {
            case .md, .text: renderFormat = .markdown
            case .json: renderFormat = .json
            case .csv: renderFormat = .csv
            }
            let coders = (coder ?? "").split(separator: ",").map { CoderID(rawValue: $0.trimmingWhitespace()) }
                .filter { !$0.rawValue.isEmpty }
            let result = try FrequencyOutput.make(
                studyAt: options.study, loading: try options.loaderOptions(),
                options: FrequencyOptions(
                    coders: coders, attributes: attributes, allowPrivateAttributes: allowPrivate, themes: themes),
                rendering: FrequencyRendering(
                    format: renderFormat, tables: tables, language: language.flatMap(ReportLanguage.init(code:)),
                    cooccurrenceLimit: top, spreadsheet: excel, includeQuotes: quotes))
            Console.err(result.warnings.joined(separator: "\n"))
            if let output {
                try OutputFile.write(result.text, to: output, overwrite: force)
                Console.err("wrote \(output)")
            } else {
                Console.out(result.text)
            }
        }
    }
}

extension FrequencyTable: ExpressibleByArgument {}
