import Foundation
import QDAKit
import Testing

@testable import QDAInterop

/// Selections in text with Dutch diacritics, emoji and CRLF line endings, written with
/// NVivo's offsets (UTF-16 units over the file as stored, BOM not counted) and with the
/// standard's (code points): every imported coding must cover exactly the selected text.
@Suite("REFI-QDA offsets")
struct REFIOffsetTests {
    static let lines = [
        "Interviewer: Hoe gaat het op school? 😊",
        "Mette: Het is een hele warme plek. Één keer per week eten we samen 🍝🍕, en dan is het gezellig.",
        "",
        "Dat vind ik belangrijk. Het is een hele warme plek.",
        "Interviewer: En de ouders?",
        "Mette: Ouders bellen vaak — via de app 📱 gaat het snelst. Ze voelen zich betrokken.",
    ]

    /// The passages selected, by hand: (text, occurrence, code, coder, creator of the selection).
    static let wanted: [(text: String, occurrence: Int, code: String, user: String, selectionUser: String?)] = [
        ("Één keer per week eten we samen 🍝🍕", 1, "Schoolklimaat", "Anna", nil),
        ("Het is een hele warme plek.", 2, "Warme en veilige groepsdynamiek", "Anna", nil),
        ("via de app 📱 gaat het snelst", 1, "Ouderbetrokkenheid", "Bram", "Anna"),
        (
            "Dat vind ik belangrijk. Het is een hele warme plek.\r\nInterviewer: En de ouders?", 1,
            "Ouderbetrokkenheid", "Bram", nil
        ),
        ("Ouders bellen vaak", 1, "Ouderbetrokkenheid", "Anna", nil),
    ]

    enum Convention: String, CaseIterable {
        case nvivo, standard
    }

    static func fixture(_ convention: Convention) -> (fixture: REFIFixture, bytes: Data, text: String) {
        let newline = convention == .nvivo ? "\r\n" : "\n"
        let text = lines.joined(separator: newline) + newline
        var fixture = REFIFixture()
        for passage in wanted {
            let needle = convention == .nvivo ? passage.text : passage.text.replacingOccurrences(of: "\r\n", with: "\n")
            let start =
                convention == .nvivo
                ? text.utf16Offset(of: needle, occurrence: passage.occurrence)
                : text.scalarOffset(of: needle, occurrence: passage.occurrence)
            let length = convention == .nvivo ? needle.utf16.count : needle.unicodeScalars.count
            fixture.selections.append(
                .init(
                    start: start, end: start + length, code: passage.code, user: passage.user,
                    selectionUser: passage.selectionUser))
        }
        let bytes = (convention == .nvivo ? Data([0xEF, 0xBB, 0xBF]) : Data()) + Data(text.utf8)
        return (fixture, bytes, text)
    }

    @Test("each coding's text is exactly the text selected", arguments: Convention.allCases)
    func exactQuotes(_ convention: Convention) throws {
        let (fixture, bytes, text) = Self.fixture(convention)
        let folder = try InteropTestSupport.temporaryFolder()
        let qdpx = try fixture.write(text: bytes, in: folder)
        let study = folder.appendingPathComponent("study").path
        let report = try #require(try Importer.importFiles([qdpx], options: .init(study: study)).first)
        let expectedUnit: OffsetConvention.Unit = convention == .nvivo ? .utf16 : .codePoints
        #expect(report.sources[0].offsets?.contains(OffsetConvention(unit: expectedUnit).description) == true)
        let loaded = try StudyLoader().load(study)
        #expect(!loaded.diagnostics.containsErrors, "\(loaded.diagnostics.map(\.rendered))")
        let transcript = try #require(loaded.transcripts.first)
        let fileText = try TextFile.read(transcript.path).text
        var found: [String] = []
        for file in loaded.codingFiles {
            for coding in file.codings {
                found.append("\(file.coder)|\(coding.code)|\(InteropTestSupport.slice(fileText, coding.range))")
            }
        }
        let newline = convention == .nvivo ? "\r\n" : "\n"
        let expected = Self.wanted.map {
            "\($0.user.lowercased())|\($0.code)|\($0.text.replacingOccurrences(of: "\r\n", with: newline))"
        }
        #expect(found.sorted() == expected.sorted())
        #expect(fileText.hasSuffix(text))  // the source text is kept as stored, CRLF included
    }

    @Test("the second of two identical sentences in a turn is coded, not the first")
    func secondOccurrence() throws {
        let (fixture, bytes, _) = Self.fixture(.nvivo)
        let folder = try InteropTestSupport.temporaryFolder()
        let study = folder.appendingPathComponent("study").path
        _ = try Importer.importFiles([try fixture.write(text: bytes, in: folder)], options: .init(study: study))
        let loaded = try StudyLoader().load(study)
        let coding = try #require(loaded.codings(of: "anna").first { $0.code == "Warme en veilige groepsdynamiek" })
        let transcript = try #require(loaded.transcripts.first)
        let turn = try #require(transcript.turn(2))
        let first = turn.range.lowerBound + turn.text.scalarOffset(of: "Het is een hele warme plek.")
        #expect(coding.range.lowerBound > first)
        #expect(coding.turns == 2...2)
    }

    @Test("a selection across two turns names both turns and keeps the speaker label inside it")
    func acrossTurns() throws {
        let (fixture, bytes, _) = Self.fixture(.nvivo)
        let folder = try InteropTestSupport.temporaryFolder()
        let study = folder.appendingPathComponent("study").path
        _ = try Importer.importFiles([try fixture.write(text: bytes, in: folder)], options: .init(study: study))
        let loaded = try StudyLoader().load(study)
        let coding = try #require(loaded.codings(of: "bram").first { $0.quote?.hasPrefix("Dat vind ik") == true })
        #expect(coding.turns == 2...3)
    }

    @Test("each coding's user becomes a coder; a selection made by someone else is reported")
    func codersFromUsers() throws {
        let (fixture, bytes, _) = Self.fixture(.nvivo)
        let folder = try InteropTestSupport.temporaryFolder()
        let study = folder.appendingPathComponent("study").path
        let report = try #require(
            try Importer.importFiles([try fixture.write(text: bytes, in: folder)], options: .init(study: study)).first)
        #expect(report.coders.map(\.name) == ["anna", "bram"])
        #expect(report.coders.map(\.codings) == [3, 2])
        #expect(
            report.diagnostics.contains { $0.message.contains("in 1 coding the selection was created by another user") }
        )
        let loaded = try StudyLoader().load(study)
        #expect(loaded.coders == ["anna", "bram"])
        #expect(loaded.transcriptsCoded(by: "anna") == loaded.transcriptsCoded(by: "bram"))
        #expect(Set(loaded.codingFiles.map { "\($0.coder)/\($0.transcript)" }).count == loaded.codingFiles.count)
        #expect(!StudyChecker.check(loaded).hasErrors)
    }

    @Test("detection prefers the standard when the conventions agree (no emoji, no accents)")
    func tiesGoToStandard() {
        let text = "Interviewer: Hoe gaat het?\nKim: Goed.\n"
        let detection = OffsetConvention.detect(in: text, selections: [(32, 37)])
        #expect(detection.convention == .standard)
        #expect(detection.agreesWithStandard)
    }

    @Test("a boundary inside an emoji is impossible in code points but not in UTF-16")
    func surrogateSplit() {
        let text = "ab 😊 cd"
        let utf16 = OffsetConvention.Mapper(convention: OffsetConvention(unit: .utf16), text: text)
        #expect(utf16.codePoint(4) == nil)  // between the two halves of 😊
        #expect(utf16.codePoint(5) == 4)
        let bom = OffsetConvention.Mapper(
            convention: OffsetConvention(unit: .codePoints, countsByteOrderMark: true), text: text)
        #expect(bom.codePoint(1) == 0)
    }
}

/// `qda agree` on the coders of an imported multi-user project.
@Suite("Agreement on imported coders")
struct ImportedAgreementTests {
    @Test("anna and bram from a REFI-QDA project are compared on the same turns")
    func agreement() throws {
        let (fixture, bytes, _) = REFIOffsetTests.fixture(.nvivo)
        let folder = try InteropTestSupport.temporaryFolder()
        let study = folder.appendingPathComponent("study").path
        _ = try Importer.importFiles([try fixture.write(text: bytes, in: folder)], options: .init(study: study))
        let output = try Agreement.run(
            studyAt: study, options: AgreementOptions(coders: ["anna", "bram"]), format: .markdown)
        // By hand: participant turns 2 and 4 are the units. Ouderbetrokkenheid: anna on 4, bram on
        // 2 (his selection spans turns 2-3) and 4; Schoolklimaat and Warme en veilige
        // groepsdynamiek: anna on 2 only. Summed: a = 1, b = 2, c = 1, d = 2.
        #expect(output.contains("**N = 2** participant turns"))
        #expect(output.contains("a = 1, b = 2, c = 1, d = 2"))
        #expect(output.contains("1 of 1: interview-mette"))
    }
}
