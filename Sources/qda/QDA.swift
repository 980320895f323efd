import ArgumentParser
import QDAKit

@main
struct QDA: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qda",
        abstract: "Qualitative data analysis from plain-text files: check, code, compare and report.",
        discussion: """
            A study is a folder of transcripts (*.txt, *.md), an optional participants.csv and \
            qda.json, and one coding file per coder per transcript in codings/<coder>/. \
            Exit status: 0 ok, 1 problems in the data, 64 bad usage.
            """,
        version: QDAKitVersion.current,
        subcommands: [
            Check.self,
            Show.self,
            WorksheetCommand.self,
            CodebookCommand.self,
            Agree.self,
            Freq.self,
            Report.self,
            Import.self,
            Export.self,
            Autocode.self,
            Suggest.self,
            Pseudonymise.self,
        ]
    )
}
