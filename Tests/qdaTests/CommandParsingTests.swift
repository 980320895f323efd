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

@Suite("Command-line parsing: import and export")
struct InteropCommandParsingTests {
    @Test("import takes files, a study, speakers and --force")
    func importArguments() throws {
        let command = try Import.parse([
            "a.json", "b.srt", "--to", "Study", "--speakers", "SPEAKER_00=Interviewer,SPEAKER_01=Mette", "--force",
        ])
        #expect(command.files == ["a.json", "b.srt"])
        #expect(command.to == "Study")
        #expect(command.speakers == "SPEAKER_00=Interviewer,SPEAKER_01=Mette")
        #expect(command.force)
        #expect(!command.dryRun)
    }

    @Test("import needs --to")
    func importNeedsStudy() {
        #expect(throws: (any Error).self) { try Import.parse(["a.json"]) }
    }

    @Test("export qdpx takes a study and an output file")
    func exportArguments() throws {
        let command = try ExportQDPX.parse(["SampleTranscripts", "-o", "study.qdpx"])
        #expect(command.options.study == "SampleTranscripts")
        #expect(command.output == "study.qdpx")
    }

    @Test("codebook import takes a .qdc and an output")
    func codebookImport() throws {
        let command = try CodebookImport.parse(["x.qdc", "-o", "codebook.md"])
        #expect(command.codebook == "x.qdc")
        #expect(command.output == "codebook.md")
    }
}
