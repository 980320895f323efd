import Foundation
import QDAKit
import Testing

@testable import QDAInterop

/// Word documents built in the test: paragraphs, manual line breaks, tabs, tables and
/// comments.
@Suite("Word documents")
struct WordDocumentTests {
    static func docx(_ body: String, comments: Bool = false, in folder: URL, named name: String = "interview.docx")
        throws
        -> String
    {
        let document = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)<w:sectPr/></w:body></w:document>
            """
        var entries: [(String, Data)] = [
            ("[Content_Types].xml", Data("<Types/>".utf8)), ("word/document.xml", Data(document.utf8)),
        ]
        if comments { entries.append(("word/comments.xml", Data("<w:comments/>".utf8))) }
        return try InteropTestSupport.zip(entries, named: name, in: folder)
    }

    static func paragraph(_ runs: String) -> String { "<w:p><w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr>\(runs)</w:p>" }

    @Test("paragraphs, line breaks and tabs are kept; speaker turns are recognised")
    func interview() throws {
        let folder = try InteropTestSupport.temporaryFolder()
        let body = [
            Self.paragraph(
                "<w:r><w:t xml:space=\"preserve\">Interviewer: Hoe kom je </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>in contact?</w:t></w:r>"
            ),
            Self.paragraph("<w:r><w:t>Mette: Meestal via de mentor.</w:t><w:br/><w:t>Dan bellen we.</w:t></w:r>"),
            "<w:tbl><w:tr><w:tc>\(Self.paragraph("<w:r><w:t>tabel</w:t></w:r>"))</w:tc></w:tr></w:tbl>",
            Self.paragraph(
                "<w:r><w:t>Interviewer: En</w:t><w:tab/><w:t>verder?</w:t></w:r><w:r><w:delText>weg</w:delText></w:r>"),
            Self.paragraph("<w:r><w:t>Mette: Één keer per week.</w:t></w:r><w:commentReference w:id=\"1\"/>"),
        ].joined()
        let path = try Self.docx(body, comments: true, in: folder)
        let (text, notes) = try WordDocument.read(path)
        #expect(
            text
                == "Interviewer: Hoe kom je in contact?\nMette: Meestal via de mentor.\nDan bellen we.\nInterviewer: En\tverder?\nMette: Één keer per week.\n"
        )
        #expect(notes.contains { $0.message.contains("1 table was left out") })
        #expect(notes.contains { $0.message.contains("comments were left out") })
        let study = folder.appendingPathComponent("study").path
        let report = try #require(try Importer.importFiles([path], options: .init(study: study)).first)
        #expect(report.sources[0].turns == 4)
        let transcript = try #require(TranscriptParser().parseFile(at: study + "/interview.txt").transcript)
        #expect(transcript.turns.map(\.speaker) == ["Interviewer", "Mette", "Interviewer", "Mette"])
        #expect(transcript.turns[1].text == "Meestal via de mentor.\nDan bellen we.")
        #expect(transcript.header["source"] == "interview.docx (Word document)")
    }

    @Test("a document without speaker labels becomes turns of one label, with a warning")
    func noSpeakers() throws {
        let folder = try InteropTestSupport.temporaryFolder()
        let body =
            Self.paragraph("<w:r><w:t>Eerste alinea.</w:t></w:r>")
            + Self.paragraph("<w:r><w:t>Tweede alinea.</w:t></w:r>")
        let path = try Self.docx(body, in: folder, named: "notities.docx")
        let study = folder.appendingPathComponent("study").path
        let report = try #require(try Importer.importFiles([path], options: .init(study: study)).first)
        #expect(report.diagnostics.contains { $0.severity == .warning })
        let transcript = try #require(TranscriptParser().parseFile(at: study + "/notities.txt").transcript)
        #expect(transcript.turns.map(\.text) == ["Eerste alinea.", "Tweede alinea."])
    }

    @Test("a ZIP without word/document.xml is refused")
    func notWord() throws {
        let folder = try InteropTestSupport.temporaryFolder()
        let path = try InteropTestSupport.zip([("x.txt", Data("x".utf8))], named: "x.docx", in: folder)
        #expect(throws: QDAError.self) { _ = try WordDocument.read(path) }
    }
}
