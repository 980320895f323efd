import Foundation
import QDAKit
import Testing

@testable import QDAInterop

/// REFI-QDA projects built in the tests: container quirks, text without speaker turns,
/// memos and notes, round trips, and the XML QDAKit writes.
@Suite("REFI-QDA projects")
struct REFIProjectTests {
    /// A source that is not a transcript: a title line and paragraphs without speakers.
    static let article = """
        Verslag teamoverleg 12 maart

        De mentor belt ouders bij verzuim. Ouders voelen zich dan gehoord: één telefoontje helpt 👍.
        Daarna volgt een gesprek op school.
        """

    static func articleFixture() -> REFIFixture {
        var fixture = REFIFixture()
        fixture.sourceName = "Teamoverleg"
        let text = article
        for (needle, code, user, memo) in [
            ("De mentor belt ouders", "Ouderbetrokkenheid", "Anna", "eerste signaal"),
            ("één telefoontje helpt 👍", "Ouderbetrokkenheid", "Bram", nil),
            ("Verslag teamoverleg", "Schoolklimaat", "Anna", nil),
        ] {
            let start = text.scalarOffset(of: needle)
            fixture.selections.append(
                .init(start: start, end: start + needle.unicodeScalars.count, code: code, user: user, description: memo)
            )
        }
        fixture.notes = [
            ("n0000000-0000-4000-8000-000000000001", "Reflectie", "Ouders zijn vaker betrokken dan gedacht.")
        ]
        return fixture
    }

    @Test("text without speaker turns gets a line label that an export takes out again")
    func lineLabels() throws {
        let folder = try InteropTestSupport.temporaryFolder()
        let qdpx = try Self.articleFixture().write(text: Data(Self.article.utf8), in: folder)
        let study = folder.appendingPathComponent("study").path
        let report = try #require(try Importer.importFiles([qdpx], options: .init(study: study)).first)
        #expect(report.sources[0].notes.contains { $0.contains("turns of `Teamoverleg`") })
        let loaded = try StudyLoader().load(study)
        #expect(!loaded.diagnostics.containsErrors, "\(loaded.diagnostics.map(\.rendered))")
        let transcript = try #require(loaded.transcripts.first)
        #expect(transcript.turns.map(\.speaker) == ["Teamoverleg", "Teamoverleg", "Teamoverleg"])
        let fileText = try TextFile.read(transcript.path).text
        let source = SourceTranscript.source(fromTranscriptText: fileText)
        #expect(source.text == Self.article)
        for coding in loaded.codings(of: "anna") + loaded.codings(of: "bram") {
            let text = InteropTestSupport.slice(fileText, coding.range)
            #expect(!text.contains("Teamoverleg:"))
            #expect(Self.article.contains(text))
        }
        let memo = try #require(loaded.codings(of: "anna").first { $0.code == "Ouderbetrokkenheid" }?.memo)
        #expect(memo == "eerste signaal")
        let note = try String(contentsOfFile: study + "/memos/reflectie.md", encoding: .utf8)
        #expect(note.contains("Ouders zijn vaker betrokken dan gedacht."))
    }

    @Test("import → export → import keeps sources, codes, codings and memos")
    func roundTrip() throws {
        let folder = try InteropTestSupport.temporaryFolder()
        let qdpx = try Self.articleFixture().write(text: Data(Self.article.utf8), in: folder)
        let first = folder.appendingPathComponent("first").path
        _ = try Importer.importFiles([qdpx], options: .init(study: first))
        let exported = folder.appendingPathComponent("export.qdpx").path
        let report = try QDPXExporter.export(studyAt: first, to: exported, overwrite: false)
        #expect(report.codings == 3)
        #expect(report.notes == 1)
        let second = folder.appendingPathComponent("second").path
        _ = try Importer.importFiles([exported], options: .init(study: second))
        #expect(try RoundTrip.summary(of: first) == RoundTrip.summary(of: second))
        // Exporting the same study twice gives the same project file.
        let again = try QDPXExporter.export(studyAt: first, to: nil, overwrite: false)
        #expect(again.projectXML == report.projectXML)
    }

    @Test("tolerated: any .qde name, Sources/ with a capital, non-GUID ids")
    func containerQuirks() throws {
        var fixture = Self.articleFixture()
        fixture.sourceGUID = "source-1"
        let folder = try InteropTestSupport.temporaryFolder()
        let qdpx = try fixture.write(
            text: Data(Self.article.utf8), in: folder, qdeName: "Mijn project.qde", sourcesFolder: "Sources")
        let study = folder.appendingPathComponent("study").path
        let report = try #require(try Importer.importFiles([qdpx], options: .init(study: study)).first)
        #expect(report.diagnostics.contains { $0.message.contains("`Mijn project.qde`") })
        #expect(report.diagnostics.contains { $0.message.contains("`Sources/`") })
        #expect(report.diagnostics.contains { $0.message.contains("not GUIDs") })
        #expect(report.coders.reduce(0) { $0 + $1.codings } == 3)
    }

    @Test(
        "the exported project is valid against the REFI-QDA schema (xmllint, when installed)",
        .enabled(
            if: InteropTestSupport.samplesAvailable && FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint"),
            "needs xmllint (Debian libxml2-utils) and the schema in the interop samples"),
        arguments: ["Project.xsd", "Project-mrt2019.xsd"])
    func schemaValid(_ schema: String) throws {
        let folder = try InteropTestSupport.temporaryFolder()
        let (fixture, bytes, _) = REFIOffsetTests.fixture(.nvivo)
        let study = folder.appendingPathComponent("study").path
        _ = try Importer.importFiles([try fixture.write(text: bytes, in: folder)], options: .init(study: study))
        let report = try QDPXExporter.export(studyAt: study, to: nil, overwrite: false)
        let qde = folder.appendingPathComponent("project.qde")
        try Data(report.projectXML.utf8).write(to: qde)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
        process.arguments = ["--noout", "--schema", InteropTestSupport.sample("schema/\(schema)"), qde.path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test("XML special characters and line breaks survive the export")
    func escaping() throws {
        var writer = XMLWriter()
        writer.start("A", [("name", "a \"b\" & <c>\r\nd")])
        writer.textElement("Description", "x < y & \"z\"\r\nnext")
        writer.end()
        let root = try SafeXML.parse(Data(writer.text.utf8), path: "t.xml")
        #expect(root.attributes["name"] == "a \"b\" & <c>\r\nd")
        #expect(root.child("Description")?.text == "x < y & \"z\"\r\nnext")
    }
}

/// Export of a study written by hand: header fields travel in the source's description,
/// private attributes never.
@Suite("REFI-QDA export of a study")
struct REFIExportTests {
    @Test("header fields are kept and restored; private attributes are not exported")
    func headers() throws {
        let folder = try InteropTestSupport.temporaryFolder()
        let study = folder.appendingPathComponent("study")
        try FileManager.default.createDirectory(
            at: study.appendingPathComponent("codings/anna"), withIntermediateDirectories: true)
        try Data("{\"private\": [\"leeftijd\"]}\n".utf8).write(to: study.appendingPathComponent("qda.json"))
        let transcript = """
            ---
            participant: Mette
            leeftijd: 47
            date: 2025-03-12
            ---
            [00:00:04] Interviewer: Hoe gaat het?
            [00:00:11] Mette: Goed. Heel goed.
            """
        try Data(transcript.utf8).write(to: study.appendingPathComponent("01-mette.txt"))
        try Data("turn\tcode\tquote\n2\tWelzijn\tHeel goed.\n".utf8).write(
            to: study.appendingPathComponent("codings/anna/01-mette.tsv"))
        let report = try QDPXExporter.export(
            studyAt: study.path, to: folder.appendingPathComponent("x.qdpx").path, overwrite: false)
        #expect(report.projectXML.contains("participant: Mette"))
        #expect(!report.projectXML.contains("leeftijd"))
        #expect(report.codings == 1)
        let again = folder.appendingPathComponent("again").path
        _ = try Importer.importFiles([folder.appendingPathComponent("x.qdpx").path], options: .init(study: again))
        let loaded = try StudyLoader().load(again)
        let imported = try #require(loaded.transcripts.first)
        #expect(imported.header["participant"] == "Mette")
        #expect(imported.header["date"] == "2025-03-12")
        #expect(imported.header["leeftijd"] == nil)
        let coding = try #require(loaded.codings(of: "anna").first)
        #expect(coding.code == "Welzijn")
        #expect(InteropTestSupport.slice(try TextFile.read(imported.path).text, coding.range) == "Heel goed.")
    }
}

/// A project unpacked by hand: the `.qde` file with its `sources/` folder beside it.
@Suite("REFI-QDA project folders")
struct REFIFolderTests {
    @Test("a bare .qde reads its texts from sources/ beside it")
    func bareQDE() throws {
        let folder = try InteropTestSupport.temporaryFolder()
        let fixture = REFIProjectTests.articleFixture()
        let sources = folder.appendingPathComponent("sources")
        try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
        try Data(REFIProjectTests.article.utf8).write(to: sources.appendingPathComponent("\(fixture.sourceGUID).txt"))
        let qde = folder.appendingPathComponent("Teamoverleg.qde")
        try Data(fixture.xml.utf8).write(to: qde)
        let (project, _) = try REFIProjectReader.read(qde.path)
        #expect(project.sources.first?.text == REFIProjectTests.article)
        #expect(project.sources.first?.selections.count == 3)
    }
}
