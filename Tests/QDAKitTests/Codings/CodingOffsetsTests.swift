import Foundation
import Testing

@testable import QDAKit

/// The optional `start` and `end` columns of coding files.
@Suite("Coding offsets")
struct CodingOffsetsTests {
    static let transcript = """
        ---
        participant: Mette
        ---
        Interviewer: Hoe is het?
        Mette: Het is een warme plek. Het is een warme plek, echt.
        Interviewer: Dank je.
        """

    static func parse(_ rows: String) -> CodingFileParser.Result {
        let transcript = TestSupport.parse(Self.transcript).transcript!
        return CodingFileParser().parse(
            rows, path: "codings/anna/t.tsv", coder: "anna", transcript: transcript, transcriptID: "t")
    }

    static var secondOccurrence: Int {
        let text = Self.transcript
        let first = text.range(of: "Het is een warme plek.")!
        let second = text.range(of: "Het is een warme plek", range: first.upperBound..<text.endIndex)!
        return text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: second.lowerBound)
    }

    @Test("offsets place a quote that occurs twice in a turn on the occurrence meant")
    func secondOfTwo() {
        let start = Self.secondOccurrence
        let result = Self.parse(
            "turn\tcode\tquote\tmemo\tstart\tend\n2\tWarm\tHet is een warme plek\t\t\(start)\t\(start + 21)\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.file.codings.first?.range == start..<(start + 21))
    }

    @Test("without offsets the first occurrence is taken, as before")
    func withoutOffsets() {
        let result = Self.parse(
            "turn\tcode\tquote\nn2\tWarm\tHet is een warme plek\n".replacingOccurrences(of: "nn2", with: "2"))
        #expect(result.file.codings.first?.range.lowerBound ?? 0 < Self.secondOccurrence)
    }

    @Test("offsets outside the named turn are an error pointing at the start cell")
    func outsideTurn() {
        let result = Self.parse(
            "turn\tcode\tquote\tmemo\tstart\tend\n1\tWarm\t\t\t\(Self.secondOccurrence)\t\(Self.secondOccurrence + 5)\n"
        )
        #expect(result.file.codings.isEmpty)
        let error = result.diagnostics.first { $0.severity == .error }
        #expect(error?.message.contains("not in turn 1") == true)
        #expect(error?.location?.column == 10)  // the start cell: 1, Warm, two empty cells, then start
    }

    @Test("offsets that no longer match the quote fall back to the quote, with a warning")
    func staleOffsets() {
        let result = Self.parse(
            "turn\tcode\tquote\tmemo\tstart\tend\n2\tWarm\techt\t\t\(Self.secondOccurrence)\t\(Self.secondOccurrence + 5)\n"
        )
        #expect(result.diagnostics.first?.severity == .warning)
        #expect(result.file.codings.count == 1)
        let text = Self.transcript
        let echt = text.unicodeScalars.distance(
            from: text.unicodeScalars.startIndex, to: text.range(of: "echt")!.lowerBound)
        #expect(result.file.codings.first?.range == echt..<(echt + 4))
    }

    @Test("malformed offsets are errors", arguments: ["x\t5", "9\t3", "5\t", "-1\t4"])
    func malformed(_ cells: String) {
        let result = Self.parse("turn\tcode\tquote\tmemo\tstart\tend\n2\tWarm\t\t\t\(cells)\n")
        #expect(result.file.codings.isEmpty)
        #expect(result.diagnostics.first?.severity == .error)
    }
}
