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

@Suite("Command-line parsing: auto-coding and codebook evolution")
struct AutoCodingCommandParsingTests {
    @Test("autocode takes a coder name, a guide and a dry run")
    func autocode() throws {
        let command = try Autocode.parse(["SampleTranscripts", "--as", "keywords", "--dry-run", "--no-guide"])
        #expect(command.options.study == "SampleTranscripts")
        #expect(command.coder == "keywords")
        #expect(command.dryRun && command.noGuide)
        #expect(try Autocode.parse([]).coder == "auto")
    }

    @Test("codebook rename, merge, add, adopt and diff parse their arguments")
    func codebook() throws {
        let rename = try CodebookRename.parse(["Geen nazorg", "Nazorg bleef uit", "--rewrite-codings", "--dry-run"])
        #expect(rename.old == "Geen nazorg" && rename.new == "Nazorg bleef uit")
        #expect(rename.rewriteCodings && rename.edit.dryRun)
        let merge = try CodebookMerge.parse(["A", "B", "C", "--into", "D", "--study", "S"])
        #expect(merge.codes == ["A", "B", "C"] && merge.into == "D" && merge.edit.study == "S")
        let add = try CodebookAdd.parse(["Wachtlijsten", "--inductive", "--theme", "Knelpunten"])
        #expect(add.name == "Wachtlijsten" && add.theme == "Knelpunten")
        #expect(throws: (any Error).self) { try CodebookAdd.parse(["X", "--inductive", "--deductive"]) }
        let adopt = try CodebookAdopt.parse(["--only", "A", "--only", "B"])
        #expect(adopt.only == ["A", "B"])
        let diff = try CodebookDiffCommand.parse(["old.md", "new.md"])
        #expect(diff.old == "old.md" && diff.new == "new.md")
        let suggest = try Suggest.parse(["--coder", "anna", "--top", "5"])
        #expect(suggest.coders == ["anna"] && suggest.top == 5)
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
