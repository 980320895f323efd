import Foundation
import StudyGenerator

// Writes a realistic synthetic study (Dutch transcripts, a codebook, coders with controlled
// agreement), deterministic for a seed. See the StudyGenerator target for what it contains.
let usage = """
    usage: generate-study [options] <folder>
      --transcripts N     transcripts to write (default 1000; about 60 KB each)
      --seed S            the seed (default 1): the same seed gives the same files
      --coders N          coders: anna, bram, chris, … (default 2)
      --agreement P       chance that a later coder applies a code where anna did (default 0.8)
      --double-coded F    share of transcripts the later coders code too (default 1.0)
      --focus-groups F    share of transcripts that are focus groups (default 0.1)
      --rules N           codes with keywords in codebook-N.md, for qda autocode (default 300; 0: none)

    """

var configuration = StudyGenerator.Configuration()
var folder: String?
var arguments = CommandLine.arguments.dropFirst()[...]

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("generate-study: \(message)\n\(usage)".utf8))
    exit(64)
}

@MainActor func value<T: LosslessStringConvertible>(_ option: String) -> T {
    guard let text = arguments.popFirst(), let value = T(text) else { fail("\(option) needs a number") }
    return value
}

while let argument = arguments.popFirst() {
    switch argument {
    case "--transcripts": configuration.transcripts = value(argument)
    case "--seed": configuration.seed = value(argument)
    case "--coders": configuration.coders = value(argument)
    case "--agreement": configuration.agreement = value(argument)
    case "--double-coded": configuration.doubleCoded = value(argument)
    case "--focus-groups": configuration.focusGroupShare = value(argument)
    case "--rules": configuration.autocodeRules = value(argument)
    case "-h", "--help":
        print(usage, terminator: "")
        exit(0)
    default:
        if argument.hasPrefix("-") || folder != nil { fail("unexpected argument `\(argument)`") }
        folder = argument
    }
}
guard let folder else { fail("name the folder to write") }
guard configuration.transcripts >= 1, (1...StudyGenerator.coderNames.count).contains(configuration.coders),
    (0...1).contains(configuration.agreement), (0...1).contains(configuration.doubleCoded),
    (0...1).contains(configuration.focusGroupShare), configuration.autocodeRules >= 0
else { fail("a value is out of range") }

let clock = ContinuousClock()
let start = clock.now
let summary = try StudyGenerator(configuration: configuration).write(to: folder)
let seconds = Double((clock.now - start) / .milliseconds(1)) / 1000
let coders = StudyGenerator.coderNames.prefix(configuration.coders)
print(
    """
    wrote \(summary.root) in \(String(format: "%.1f", seconds)) s: \(summary.transcripts) transcripts \
    (\(String(format: "%.1f", Double(summary.transcriptBytes) / 1e6)) MB), \(summary.participants) participants, \
    \(summary.turns) turns (\(summary.participantTurns) by participants), coding rows: \
    \(zip(coders, summary.rows).map { "\($0) \($1)" }.joined(separator: ", ")) \
    (\(String(format: "%.1f", Double(summary.codingBytes) / 1e6)) MB)
    """)
