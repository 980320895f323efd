import Foundation
import Testing

@testable import QDAKit

/// Broken and hostile input, each through the library call behind `qda check`: a clear
/// message at the right place, and never a crash. RELIABILITY.md lists what each produces.
@Suite("Hostile input")
struct HostileInputTests {
    /// A small valid study to break one file at a time.
    struct Study {
        let root: URL
        var path: String { root.path }

        init() throws {
            root = try TestSupport.temporaryFolder()
            try write("01-kim.txt", "Interviewer: Hoe gaat het?\nKim: Goed.\nInterviewer: En verder?\nKim: Ook goed.\n")
        }

        @discardableResult
        func write(_ name: String, _ text: String) throws -> String {
            try TestSupport.write(text, to: name, in: root)
        }

        @discardableResult
        func write(_ name: String, bytes: Data) throws -> String {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try bytes.write(to: url)
            return url.path
        }

        func check(encoding: TextEncoding? = nil) throws -> CheckReport {
            try StudyChecker.check(studyAt: path, options: .init(encoding: encoding))
        }

        /// The one-line forms of the diagnostics about `name`.
        func problems(_ report: CheckReport, in name: String) -> [String] {
            report.diagnostics.filter { $0.location?.path == root.appendingPathComponent(name).path }
                .map { $0.description.replacingOccurrences(of: root.path + "/", with: "") }
        }
    }

    @Test("Invalid UTF-8: the byte, its offset, line and column, and advice")
    func invalidUTF8() throws {
        let study = try Study()
        var bytes = Data("Interviewer: Hoe?\nJo: caf".utf8)
        bytes.append(0xE9)
        bytes.append(contentsOf: Data(" en zo\nJo: ja\n".utf8))
        try study.write("02-jo.txt", bytes: bytes)
        let report = try study.check()
        #expect(
            study.problems(report, in: "02-jo.txt") == [
                "02-jo.txt:2:8: error: is not valid UTF-8: byte 0xE9 at byte offset 25; it looks like Windows-1252 (\"ANSI\"); save it as UTF-8, or pass --encoding windows-1252 to convert it"
            ])
        #expect(report.summary.transcripts == 1)
    }

    @Test("Windows-1252 converts with --encoding, and UTF-8 files in the same study stay as they are")
    func windows1252() throws {
        let study = try Study()
        try study.write(
            "02-jo.txt", bytes: "Interviewer: Hoe?\nJo: café\nInterviewer: En?\nJo: ja\n".data(using: .windowsCP1252)!)
        try study.write("03-zoe.txt", "Interviewer: Hoe?\nZoë: één café\nInterviewer: En?\nZoë: ja\n")
        try study.write(
            "codings/anna/02-jo.csv", bytes: "turn,code,quote\n2,Koffie,café\n".data(using: .windowsCP1252)!)
        let report = try study.check(encoding: .windows1252)
        #expect(!report.hasErrors)
        #expect(
            study.problems(report, in: "02-jo.txt") == [
                "02-jo.txt: note: converted from windows-1252 to UTF-8 as requested"
            ])
        #expect(study.problems(report, in: "03-zoe.txt").isEmpty)
        let loaded = try StudyLoader(options: .init(encoding: .windows1252)).load(study.path)
        #expect(loaded.transcript("03-zoe")?.turns[1].text == "één café")
        #expect(loaded.codingFiles.first?.codings.first?.quote == "café")
    }

    @Test("UTF-16 with a byte-order mark, either byte order, is converted and reported")
    func utf16() throws {
        let study = try Study()
        let text = "Interviewer: Hoe?\nZoë: één\nInterviewer: En?\nZoë: ja\n"
        try study.write("02-le.txt", bytes: Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!)
        try study.write("03-be.txt", bytes: Data([0xFE, 0xFF]) + text.data(using: .utf16BigEndian)!)
        let report = try study.check()
        #expect(
            study.problems(report, in: "02-le.txt") == [
                "02-le.txt: warning: was UTF-16 (little-endian); converted to UTF-8 for reading (save it as UTF-8 to silence this)"
            ])
        #expect(study.problems(report, in: "03-be.txt").count == 1)
        #expect(report.summary.transcripts == 3)
        #expect(try StudyLoader().load(study.path).transcript("02-le")?.turns[1].text == "één")
    }

    @Test("NUL bytes: refused with their offset")
    func nulBytes() throws {
        let study = try Study()
        try study.write("02-bin.txt", bytes: Data("Interviewer: a\nKim: b".utf8) + Data([0]) + Data("c\n".utf8))
        #expect(
            try study.problems(study.check(), in: "02-bin.txt") == [
                "02-bin.txt:2:7: error: contains a NUL byte at byte offset 21; is this a binary file?"
            ])
    }

    @Test("Empty files: each says what it is missing")
    func emptyFiles() throws {
        let study = try Study()
        try study.write("02-leeg.txt", "")
        try study.write("03-spaties.txt", "  \n\n\t\n")
        try study.write("codings/anna/01-kim.tsv", "")
        try study.write("participants.csv", "")
        try study.write("qda.json", "")
        let report = try study.check()
        #expect(study.problems(report, in: "02-leeg.txt") == ["02-leeg.txt: error: the transcript is empty"])
        #expect(study.problems(report, in: "03-spaties.txt") == ["03-spaties.txt: error: the transcript is empty"])
        #expect(
            study.problems(report, in: "codings/anna/01-kim.tsv").contains(
                "codings/anna/01-kim.tsv: warning: the coding file is empty"))
        #expect(
            study.problems(report, in: "participants.csv") == ["participants.csv: warning: participants.csv is empty"])
        #expect(study.problems(report, in: "qda.json") == ["qda.json:1:1: error: is not valid JSON"])
        let codebook = try study.write("codebook.md", "")
        #expect(try CodebookIO.read(codebook).codebook.codes.isEmpty)
        let key = try study.write("../key.csv", "")
        #expect(try PseudonymKey.read(key).diagnostics.containsErrors)
    }

    @Test("A folder where a file is expected")
    func folderForFile() throws {
        let study = try Study()
        try FileManager.default.createDirectory(
            at: study.root.appendingPathComponent("02-map.txt"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: study.root.appendingPathComponent("codings/anna/01-kim.tsv"), withIntermediateDirectories: true)
        let report = try study.check()
        #expect(
            study.problems(report, in: "02-map.txt") == [
                "02-map.txt: warning: is a folder, not a transcript; it is ignored"
            ])
        #expect(
            study.problems(report, in: "codings/anna/01-kim.tsv") == [
                "codings/anna/01-kim.tsv: error: expected a file but found a folder"
            ])
        let folder = study.root.appendingPathComponent("02-map.txt").path
        #expect(throws: QDAError.self) { try Transcript.load(from: folder) }
        #expect(
            throws: QDAError.wrongKind(
                path: study.path, expected: "a codebook file (.md, .csv or .json) but found a folder")
        ) {
            try StudyChecker.check(studyAt: study.path, options: .init(codebookPath: study.path))
        }
        let file = study.root.appendingPathComponent("01-kim.txt").path
        #expect(throws: QDAError.wrongKind(path: file, expected: "a study folder but found a file")) {
            try StudyLoader().load(file)
        }
    }

    @Test("Symbolic link loops and broken links are named; a looping folder link does not hang a walk")
    func symbolicLinks() throws {
        let study = try Study()
        let manager = FileManager.default
        try manager.createSymbolicLink(
            atPath: study.root.appendingPathComponent("02-a.txt").path, withDestinationPath: "03-b.txt")
        try manager.createSymbolicLink(
            atPath: study.root.appendingPathComponent("03-b.txt").path, withDestinationPath: "02-a.txt")
        try manager.createSymbolicLink(
            atPath: study.root.appendingPathComponent("04-weg.txt").path, withDestinationPath: "nergens.txt")
        try manager.createSymbolicLink(
            atPath: study.root.appendingPathComponent("report").path, withDestinationPath: ".")
        let report = try study.check()
        #expect(
            study.problems(report, in: "02-a.txt") == [
                "02-a.txt: error: cannot be read: it is a symbolic link that leads back to itself (a link loop)"
            ])
        #expect(
            study.problems(report, in: "04-weg.txt") == [
                "04-weg.txt: error: cannot be read: it is a symbolic link to a file that does not exist"
            ])
        // The leak check walks every folder, and does not follow the `report -> .` loop.
        let key = try TestSupport.write(
            "real,replacement\nMette,Bo\n", to: "key.csv", in: try TestSupport.temporaryFolder())
        let withKey = try StudyChecker.check(studyAt: study.path, keyPath: key)
        #expect(withKey.diagnostics.filter { $0.message.contains("real name `") }.isEmpty)
    }

    @Test("A named pipe is refused instead of blocking the read forever")
    func namedPipe() throws {
        let study = try Study()
        let fifo = study.root.appendingPathComponent("02-pipe.txt").path
        #expect(mkfifo(fifo, 0o644) == 0)
        #expect(
            try study.problems(study.check(), in: "02-pipe.txt") == [
                "02-pipe.txt: error: cannot be read: it is not a regular file (a named pipe, socket or device)"
            ])
    }

    @Test("Unreadable files (permissions) are named", .enabled(if: geteuid() != 0, "root may read any file"))
    func permissions() throws {
        let study = try Study()
        let path = try study.write("02-geheim.txt", "Interviewer: a\nKim: b\nKim: c\n")
        #expect(chmod(path, 0) == 0)
        defer { chmod(path, 0o644) }
        #expect(
            try study.problems(study.check(), in: "02-geheim.txt") == [
                "02-geheim.txt: error: cannot be read: permission denied"
            ])
    }

    @Test("CSV with an unbalanced quote: reported at the quote, and the rows after it are still read")
    func unbalancedQuotes() throws {
        let study = try Study()
        try study.write("codings/anna/01-kim.csv", "turn,code,quote\n2,Welzijn,\"Goed.\n4,Welzijn,Ook goed.\n")
        let report = try study.check()
        let problems = study.problems(report, in: "codings/anna/01-kim.csv")
        #expect(
            problems.first
                == "codings/anna/01-kim.csv:2:11: error: this quote is never closed; the field was read up to the end of its line"
        )
        let loaded = try StudyLoader().load(study.path)
        #expect(loaded.codingFiles.first?.codings.map(\.turns) == [4...4])
    }

    @Test("An unclosed header of 30,000 lines is read in linear time")
    func unclosedHeader() throws {
        var text = "---\n"
        for index in 0..<30_000 { text += "key\(index): value\n" }
        text += "Interviewer: a\nKim: b\nKim: c\n"
        let result = TranscriptParser().parse(text, path: "t.txt")
        #expect(result.diagnostics.contains { $0.message.hasPrefix("the header that starts here is not closed") })
    }

    @Test("Thousands of different speaker labels give one warning, not labels² comparisons")
    func manyLabels() throws {
        var text = "Interviewer: a\nKim: b\nKim: c\n"
        for index in 0..<5_000 { text += "[00:00:01] Spreker\(index): tekst\nAnder\(index): meer\n" }
        let result = TranscriptParser().parse(text, path: "t.txt")
        #expect(result.transcript?.turns.count == 5_003)
        #expect(
            result.diagnostics.map(\.message).contains {
                $0.hasPrefix("this transcript has 5002 different speaker labels")
            })
    }
}
