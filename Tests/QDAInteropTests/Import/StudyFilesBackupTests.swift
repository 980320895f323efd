import Foundation
import QDAKit
import Testing

@testable import QDAInterop

@Suite("Import: replacing coding files")
struct StudyFilesBackupTests {
    @Test("Importing with --force over an existing coding file keeps the old one as a backup")
    func backup() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("qda-import-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        var files = StudyFiles()
        files.add("01-bo.txt", "Interviewer: a\nBo: b\n")
        files.add("codings/anna/01-bo.tsv", "turn\tcode\n2\tNieuw\n")
        _ = try files.write(under: root.path, overwrite: false)
        let coding = root.appendingPathComponent("codings/anna/01-bo.tsv").path
        try "turn\tcode\n2\tWerk van anna\n".write(toFile: coding, atomically: true, encoding: .utf8)
        _ = try files.write(under: root.path, overwrite: true)
        let names = try FileManager.default.contentsOfDirectory(
            atPath: root.appendingPathComponent("codings/anna").path)
        let backup = try #require(names.first { $0.hasPrefix("01-bo.tsv.") && $0.hasSuffix(".bak") })
        let kept = try String(
            contentsOfFile: root.appendingPathComponent("codings/anna/\(backup)").path, encoding: .utf8)
        #expect(kept.contains("Werk van anna"))
        #expect(try String(contentsOfFile: coding, encoding: .utf8).contains("Nieuw"))
        // Transcripts are not backed up.
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".bak") }.isEmpty)
    }
}
