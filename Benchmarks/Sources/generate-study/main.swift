import Foundation
import StudyGenerator

// Writes a synthetic study for timing the command-line tool:
//   swift run -c release generate-study <folder> [transcripts] [codings per transcript]
let arguments = CommandLine.arguments.dropFirst()
guard let root = arguments.first else {
    FileHandle.standardError.write(Data("usage: generate-study <folder> [transcripts] [codings per transcript]\n".utf8))
    exit(64)
}
var generator = StudyGenerator()
if arguments.count > 1, let count = Int(arguments[arguments.startIndex + 1]) { generator.transcripts = count }
if arguments.count > 2, let count = Int(arguments[arguments.startIndex + 2]) { generator.codingsPerTranscript = count }
let summary = try generator.write(to: root)
print(
    "wrote \(summary.root): \(summary.transcripts) transcripts, \(summary.codings) codings, \(summary.transcriptBytes / 1_000_000) MB of transcripts"
)
