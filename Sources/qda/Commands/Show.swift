import ArgumentParser
import QDAKit

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a transcript's turns numbered as coding files refer to them.")

    @Argument(help: "The transcript file.", completion: .file())
    var transcript: String

    @Option(
        name: .long,
        help: "Interviewer labels, comma-separated (default: Interviewer, I, Onderzoeker, Interviewster, Int).")
    var interviewers: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        try Console.run {
            let labels = interviewers?.split(separator: ",").map { $0.trimmingWhitespace() }
            let result = try Transcript.load(from: transcript, interviewerLabels: labels)
            Console.err(result.diagnostics.map(\.rendered).joined(separator: "\n"))
            switch format {
            case .json: Console.out(JSONOutput.encode(result.transcript))
            default: Console.out(TranscriptListing.render(result.transcript))
            }
        }
    }
}
