import ArgumentParser
import QDAKit

struct WorksheetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worksheet",
        abstract: "Make a coding sheet (one row per participant turn) for coding in a spreadsheet.",
        discussion: """
            Writes codings/<coder>/<transcript>.csv in the transcript's study folder, with the \
            columns turn, speaker, text, code, quote and memo. Fill in code (several codes \
            separated by ;), optionally quote and memo; the filled-in sheet is read as the \
            coder's coding file as it is.
            """)

    @Argument(help: "The transcript file.", completion: .file())
    var transcript: String

    @Option(help: "The coder's name (the folder under codings/).")
    var coder: String

    @Option(name: [.short, .long], help: "Write here instead (- for standard output).")
    var output: String?

    @Flag(help: "Write tab-separated values instead of CSV.")
    var tsv = false

    @Flag(help: "Replace an existing file.")
    var force = false

    func run() throws {
        try Console.run {
            let result = try Worksheet.write(
                transcriptAt: transcript, coder: coder, output: output, tabs: tsv, overwrite: force)
            if let path = result.path {
                Console.err("wrote \(path): \(result.rows) participant turns to code")
                if let backup = result.backup { Console.err("the previous file is kept as \(backup)") }
            } else {
                Console.out(result.text)
            }
        }
    }
}
