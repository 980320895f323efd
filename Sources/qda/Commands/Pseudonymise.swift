import ArgumentParser
import QDAKit

struct Pseudonymise: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pseudonymise",
        abstract: "Replace real names with pseudonyms or placeholders from a key file, into new files.",
        discussion: """
            The key is a CSV file with the header real,replacement (or echt,vervanging), one row \
            per name; a replacement is a pseudonym (Bo) or a placeholder ([naam school]). Names \
            are matched as whole words, ignoring case and accents, also across a line break and \
            with possessive endings (Mettes, Mette's). Files are written into --out only, never \
            over the originals. The report lists replacements per key entry and per file, and \
            key entries that never matched. It names real names: keep it out of the study.

            With --suggest, lists capitalised words in the middle of a sentence that are not \
            common words or known pseudonyms: names the key may have missed.
            """,
        aliases: ["pseudonymize"])

    @Argument(help: "Transcripts or folders (folders are searched for .txt, .md, .srt, .vtt, .tsv, .csv, .json).")
    var inputs: [String] = []

    @Option(help: "The key file (real,replacement).", completion: .file())
    var key: String?

    @Option(help: "The folder to write the pseudonymised files into.", completion: .directory)
    var out: String?

    @Flag(help: "Report what would be replaced without writing anything.")
    var dryRun = false

    @Flag(help: "List words that may be names missing from the key, with file:line:col.")
    var suggest = false

    @Flag(help: "Replace existing files in the output folder.")
    var force = false

    @Option(help: "Assume this encoding for inputs that are not UTF-8 (windows-1252, latin-1).")
    var encoding: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("name the transcripts or folders to pseudonymise") }
        if !suggest && key == nil { throw ValidationError("give the key file with --key key.csv") }
        if !suggest && out == nil && !dryRun {
            throw ValidationError("say where to write the pseudonymised files with --out DIR, or use --dry-run")
        }
        if format == .csv || format == .md { throw ValidationError("pseudonymise writes text or json") }
    }

    func run() throws {
        try Console.run {
            var assumed: TextEncoding?
            if let encoding {
                guard let parsed = TextEncoding(name: encoding) else {
                    throw ValidationError("unknown encoding `\(encoding)`; use utf-8, windows-1252, latin-1 or utf-16")
                }
                assumed = parsed
            }
            if suggest {
                let suggestions = try NameSuggester.suggest(inputs: inputs, keyPath: key, encoding: assumed)
                Console.out(format == .json ? JSONOutput.encode(suggestions) : suggestions.rendered)
                return
            }
            let report = try Pseudonymiser.run(
                .init(
                    inputs: inputs, keyPath: key ?? "", output: out, dryRun: dryRun, overwrite: force,
                    encoding: assumed))
            Console.out(format == .json ? JSONOutput.encode(report) : report.rendered)
            if report.hasErrors { throw ExitCode(1) }
        }
    }
}
