import Foundation
import Testing

@testable import QDAKit

/// Inputs far larger than any interview, generated at run time: they must be read without
/// crashing and in time proportional to their size. (How fast is measured in the
/// benchmarks; these tests only show that it finishes and is right.)
@Suite("Large input", .serialized)
struct LargeInputTests {
    static let words = ["ik", "ben", "mentor", "op", "school", "en", "de", "jongere", "komt", "niet", "meer", "Mette"]

    /// About `bytes` bytes of words separated by spaces, on one line.
    static func line(bytes: Int) -> String {
        var chunk = ""
        var index = 0
        while chunk.utf8.count < 64 * 1024 {
            chunk += words[index % words.count] + " "
            index += 7
        }
        return String(repeating: chunk, count: bytes / chunk.utf8.count + 1)
    }

    @Test("A 50 MB single-line file: a clear error, and a diagnostic that prints one screen line")
    func singleLine() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = "Kim: " + Self.line(bytes: 50_000_000)
        try TestSupport.write(text, to: "01-kim.txt", in: folder)
        let report = try StudyChecker.check(studyAt: folder.path)
        let error = try #require(report.diagnostics.first { $0.severity == .error })
        #expect(error.message.hasPrefix("no speaker turns found"))
        #expect(report.rendered.count < 2_000)
    }

    @Test("A 50 MB turn is parsed, checked and pseudonymised")
    func hugeTurn() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let body = Self.line(bytes: 50_000_000)
        let path = try TestSupport.write(
            "Interviewer: Vertel.\nKim: \(body)\nInterviewer: Dank je.\nKim: Graag.\n", to: "01-kim.txt", in: folder)
        let report = try StudyChecker.check(studyAt: folder.path)
        #expect(!report.hasErrors)
        #expect(report.summary.turns == 4)
        let mentions = body.components(separatedBy: "Mette").count - 1
        let key = PseudonymKey(entries: [.init(real: "Mette", replacement: "Bo", location: .init(path: "key.csv"))])
        let text = try TextFile.read(path).text
        let (replaced, matches) = Pseudonymiser.pseudonymise(text, with: key)
        #expect(matches.count == mentions)
        #expect(!replaced.contains("Mette"))
    }

    @Test("A transcript of 100,000 turns")
    func manyTurns() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var text = ""
        text.reserveCapacity(4_000_000)
        for index in 0..<50_000 { text += "Interviewer: vraag \(index)?\nKim: antwoord \(index).\n" }
        try TestSupport.write(text, to: "01-kim.txt", in: folder)
        let report = try StudyChecker.check(studyAt: folder.path)
        #expect(!report.hasErrors)
        #expect(report.summary.turns == 100_000)
        #expect(report.summary.participantTurns == 50_000)
    }

    @Test("A coding file of 1,000,000 rows")
    func millionRows() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var transcript = ""
        for index in 0..<100 { transcript += "Interviewer: vraag \(index)?\nKim: antwoord \(index) met tekst.\n" }
        try TestSupport.write(transcript, to: "01-kim.txt", in: folder)
        var rows = "turn\tcode\tquote\tmemo\n"
        rows.reserveCapacity(45_000_000)
        for index in 0..<1_000_000 {
            let turn = (index % 100) * 2 + 2
            rows += "\(turn)\tCode \(index / 100 % 50)\tantwoord \(turn / 2 - 1)\tmemo \(index)\n"
        }
        try TestSupport.write(rows, to: "codings/anna/01-kim.tsv", in: folder)
        let report = try StudyChecker.check(studyAt: folder.path)
        #expect(report.summary.coders.first?.codings == 1_000_000)
        #expect(!report.hasErrors)
    }
}
