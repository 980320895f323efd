import Testing

@testable import qda

@Suite("Command-line parsing")
struct CommandParsingTests {
    @Test("check takes a study folder and a codebook")
    func checkArguments() throws {
        let command = try Check.parse(["SampleTranscripts", "--codebook", "CodeBooks/back-on-traxx.md"])
        #expect(command.options.study == "SampleTranscripts")
        #expect(command.options.codebook == "CodeBooks/back-on-traxx.md")
    }
}
