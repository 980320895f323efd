import ArgumentParser
import QDAInterop
import QDAKit

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import Whisper transcripts, Word documents and REFI-QDA projects into a study.",
        discussion: """
            Whisper / faster-whisper output (.srt, .vtt, .json, .tsv, .txt) and Word documents \
            (.docx) become transcripts; a REFI-QDA project (.qdpx from ATLAS.ti, NVivo, MAXQDA, \
            QualCoder) becomes transcripts, a codebook, one coding file per coder per transcript, \
            and memos. Nothing is written when a file exists already, unless --force is given. \
            Exit status 1 when part of the input could not be imported (the report says what).
            """)

    @Argument(help: "The files to import.", completion: .file())
    var files: [String]

    @Option(name: .long, help: "The study folder to write into (created when missing).", completion: .directory)
    var to: String

    @Option(
        help:
            "New names for speaker labels: SPEAKER_00=Interviewer,SPEAKER_01=Mette (or one name for audio without speaker labels)."
    )
    var speakers: String?

    @Flag(help: "Replace existing files.")
    var force = false

    @Flag(name: .long, help: "Report what would be imported without writing anything.")
    var dryRun = false

    func run() throws {
        try Console.run {
            let mapping = try speakers.map(Importer.parseSpeakers) ?? [:]
            let reports = try Importer.importFiles(
                files, options: Importer.Options(study: to, speakers: mapping, overwrite: force, dryRun: dryRun))
            Console.out(reports.map(\.rendered).joined(separator: "\n\n"))
            if dryRun { Console.err("dry run: nothing was written") }
            if reports.contains(where: { $0.diagnostics.containsErrors }) { throw ExitCode(1) }
        }
    }
}
