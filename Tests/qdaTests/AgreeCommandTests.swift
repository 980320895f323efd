import Testing

@testable import qda

@Suite("qda agree: arguments")
struct AgreeCommandTests {
    @Test("agree takes coders, a unit, codes and groups")
    func arguments() throws {
        let command = try Agree.parse([
            "SampleTranscripts", "--coders", "anna,bram", "--unit", "paragraph", "--group", "A;B", "--format", "json",
        ])
        #expect(command.coders == "anna,bram")
        #expect(command.unit == "paragraph")
        #expect(command.group == ["A;B"])
        #expect(command.format == .json)
    }

    @Test("A bad unit and --codes with --theme are usage errors")
    func usage() {
        #expect(throws: (any Error).self) { try Agree.parse(["--coders", "a,b", "--unit", "word"]) }
        #expect(throws: (any Error).self) { try Agree.parse(["--coders", "a,b", "--codes", "x", "--theme", "y"]) }
    }
}
