import ArgumentParser
import QDAKit

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate a study and report every problem in every file.",
        discussion: """
            Prints each problem as path:line:col: error|warning: message, with the offending \
            line and a caret, then a summary. Exit status 1 when there are errors.
            """)

    @OptionGroup var options: StudyOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(
        help: "A pseudonymisation key (real,replacement): fail when a real name appears anywhere in the study.",
        completion: .file())
    var key: String?

    func run() throws {
        try Console.run {
            let report = try StudyChecker.check(
                studyAt: options.study, options: try options.loaderOptions(), keyPath: key)
            switch format {
            case .text, .md: Console.out(report.rendered)
            case .json: Console.out(JSONOutput.encode(report))
            case .csv: throw ValidationError("check has no CSV output; use text or json")
            }
            if report.hasErrors { throw ExitCode(1) }
        }
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, md, json, csv
}
