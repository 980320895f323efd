import Foundation
import Testing

@testable import QDAKit

@Suite("Safe writes")
struct SafeWriteTests {
    /// An error thrown by the failing writer.
    struct DiskFull: Error, CustomStringConvertible {
        var description: String { "no space left on device" }
    }

    /// A writer that writes the first half of the data and then fails, as a full disk or a
    /// killed process would leave it.
    static let failingHalfway = FileWriter { data, url in
        try data.prefix(data.count / 2).write(to: url)
        throw DiskFull()
    }

    static func files(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test("An interrupted write leaves the old file intact and no temporary file behind")
    func interrupted() throws {
        let folder = try TestSupport.temporaryFolder()
        let path = try TestSupport.write("turn\tcode\n4\tOuderbetrokkenheid\n", to: "01-bo.tsv", in: folder)
        let new = Data(String(repeating: "6\tKorte lijntjes\n", count: 1000).utf8)
        #expect {
            try OutputFile.write(new, to: path, overwrite: true, keepingBackup: false, writer: Self.failingHalfway)
        } throws: { error in
            guard case QDAError.writeFailed(let failed, _) = error else { return false }
            return failed == path
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "turn\tcode\n4\tOuderbetrokkenheid\n")
        #expect(try Self.files(in: folder) == ["01-bo.tsv"])
    }

    @Test("An interrupted first write leaves no file at all")
    func interruptedNewFile() throws {
        let folder = try TestSupport.temporaryFolder()
        let path = folder.appendingPathComponent("report/hoofdstuk.md").path
        #expect(throws: QDAError.self) {
            try OutputFile.write(
                Data("# Resultaten\n".utf8), to: path, overwrite: false, keepingBackup: false,
                writer: Self.failingHalfway)
        }
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(try Self.files(in: folder.appendingPathComponent("report")) == [])
    }

    @Test("An existing file is not replaced without overwrite")
    func noOverwrite() throws {
        let folder = try TestSupport.temporaryFolder()
        let path = try TestSupport.write("old", to: "a.md", in: folder)
        #expect(throws: QDAError.outputExists(path: path)) { try OutputFile.write("new", to: path, overwrite: false) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        try OutputFile.write("new", to: path, overwrite: true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
        #expect(try Self.files(in: folder) == ["a.md"])
    }

    @Test("Rewriting a coding file keeps the old one as a backup that the study loader ignores")
    func backup() throws {
        let folder = try TestSupport.temporaryFolder()
        let path = try TestSupport.write(
            "turn\tcode\n4\tOuderbetrokkenheid\n", to: "codings/anna/01-bo.tsv", in: folder)
        let first = try OutputFile.write(
            Data("turn\tcode\n4\tKorte lijntjes\n".utf8), to: path, overwrite: true,
            keepingBackup: true)
        let second = try OutputFile.write(
            Data("turn\tcode\n5\tKorte lijntjes\n".utf8), to: path, overwrite: true,
            keepingBackup: true)
        let backups = try #require([first, second] as? [String])
        #expect(backups[0] != backups[1])
        #expect(try String(contentsOfFile: backups[0], encoding: .utf8) == "turn\tcode\n4\tOuderbetrokkenheid\n")
        #expect(try String(contentsOfFile: backups[1], encoding: .utf8) == "turn\tcode\n4\tKorte lijntjes\n")
        #expect(backups.allSatisfy { $0.hasPrefix(path + ".") && $0.hasSuffix(".bak") })
        // The backups are not read as coding files.
        try TestSupport.write("Interviewer: ja\nBo: nee\nBo: ja\nInterviewer: o\nBo: ok\n", to: "01-bo.txt", in: folder)
        let study = try StudyLoader().load(folder.path)
        #expect(study.codingFiles.map(\.path) == [path])
        #expect(!study.diagnostics.contains { $0.message.contains("not a coding file") })
    }

    @Test("The backup name carries the date and time")
    func backupName() {
        let date = Date(timeIntervalSince1970: 1_741_774_500)  // 2025-03-12 10:15:00 UTC
        let name = OutputFile.backupPath(for: "codings/anna/03-noa.tsv", date: date)
        #expect(name.hasPrefix("codings/anna/03-noa.tsv.20250312-"))
        #expect(name.hasSuffix(".bak"))
    }

    @Test("qda worksheet --force keeps the filled-in sheet it replaces")
    func worksheetBackup() throws {
        let folder = try TestSupport.temporaryFolder()
        let transcript = try TestSupport.write(
            "Interviewer: Hoe gaat het?\nBo: Goed.\nInterviewer: En verder?\nBo: Ook goed.\n", to: "01-bo.txt",
            in: folder)
        let first = try Worksheet.write(transcriptAt: transcript, coder: "anna")
        let sheet = try #require(first.path)
        try TestSupport.write(
            "turn,speaker,text,code,quote,memo\n2,Bo,Goed.,Welzijn,,\n", to: "codings/anna/01-bo.csv", in: folder)
        #expect(throws: QDAError.outputExists(path: sheet)) {
            try Worksheet.write(transcriptAt: transcript, coder: "anna")
        }
        let second = try Worksheet.write(transcriptAt: transcript, coder: "anna", overwrite: true)
        let backup = try #require(second.backup)
        #expect(try String(contentsOfFile: backup, encoding: .utf8).contains("Welzijn"))
    }

    @Test("A folder where the output file should go is refused")
    func folderInTheWay() throws {
        let folder = try TestSupport.temporaryFolder()
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("out.md"), withIntermediateDirectories: true)
        #expect(
            throws: QDAError.wrongKind(
                path: folder.appendingPathComponent("out.md").path, expected: "a file name but found a folder")
        ) {
            try OutputFile.write("x", to: folder.appendingPathComponent("out.md").path, overwrite: true)
        }
    }
}
