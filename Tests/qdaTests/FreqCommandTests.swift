import Testing

@testable import QDAKit
@testable import qda

@Suite("qda freq arguments")
struct FreqCommandTests {
    @Test("Attributes, themes and tables repeat; coders are comma-separated")
    func arguments() throws {
        let command = try Freq.parse([
            "SampleTranscripts", "--coder", "anna,bram", "--by", "sector", "--by", "mode", "--theme", "Knelpunten",
            "--table", "codes", "--table", "matrix", "--language", "en", "--top", "0",
        ])
        #expect(command.options.study == "SampleTranscripts")
        #expect(command.coder == "anna,bram")
        #expect(command.attributes == ["sector", "mode"])
        #expect(command.themes == ["Knelpunten"])
        #expect(command.tables == [.codes, .matrix])
        #expect(command.top == 0)
    }

    @Test("Bad values are usage errors")
    func badValues() {
        #expect(throws: (any Error).self) { try Freq.parse(["--table", "pie"]) }
        #expect(throws: (any Error).self) { try Freq.parse(["--language", "fr"]) }
        #expect(throws: (any Error).self) { try Freq.parse(["--excel"]) }
        #expect(throws: (any Error).self) { try Freq.parse(["--top", "-1"]) }
    }
}
