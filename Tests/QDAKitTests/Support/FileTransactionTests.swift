import Foundation
import Testing

@testable import QDAKit

@Suite("File transactions")
struct FileTransactionTests {
    /// The names in `folder` and its subfolders, relative to it, sorted.
    func names(in folder: URL) throws -> [String] {
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder.path))
        return enumerator.compactMap { $0 as? String }.sorted()
    }

    @Test("Many files in several new folders are all written, with nothing temporary left")
    func manyFiles() throws {
        let folder = try TestSupport.temporaryFolder()
        var transaction = FileTransaction()
        var expected: [String: String] = [:]
        for index in 0..<200 {
            let relative = "coder\(index % 3)/t\(index).tsv"
            let text = "turn\tcode\n\(index)\tCode \(index) é\n"
            expected[relative] = text
            transaction.write(text, to: folder.appendingPathComponent(relative).path)
        }
        try transaction.commit()
        for (relative, text) in expected {
            #expect(try String(contentsOf: folder.appendingPathComponent(relative), encoding: .utf8) == text)
        }
        #expect(try names(in: folder).filter { $0.hasSuffix(".tmp") }.isEmpty)
        #expect(try names(in: folder).count == 200 + 3)
    }

    @Test("When a folder cannot be made, no file is replaced and no temporary file remains")
    func folderFails() throws {
        let folder = try TestSupport.temporaryFolder()
        let existing = try TestSupport.write("old\n", to: "a/kept.tsv", in: folder)
        // A file where the transaction needs a folder: writing below it must fail.
        _ = try TestSupport.write("not a folder\n", to: "blocked", in: folder)
        var transaction = FileTransaction()
        transaction.write("new\n", to: existing)
        for index in 0..<20 { transaction.write("x\n", to: folder.appendingPathComponent("a/t\(index).tsv").path) }
        let blocked = folder.appendingPathComponent("blocked/t.tsv").path
        transaction.write("y\n", to: blocked)
        #expect {
            try transaction.commit()
        } throws: { error in
            guard case QDAError.writeFailed(let path, _) = error else { return false }
            return path == blocked
        }
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "old\n")
        #expect(try names(in: folder) == ["a", "a/kept.tsv", "blocked"])
    }

    @Test("When one temporary file cannot be written, no file is replaced and the others are removed")
    func temporaryFails() throws {
        let folder = try TestSupport.temporaryFolder()
        let existing = try TestSupport.write("old\n", to: "a/kept.tsv", in: folder)
        var transaction = FileTransaction()
        transaction.write("new\n", to: existing)
        for index in 0..<20 { transaction.write("x\n", to: folder.appendingPathComponent("a/t\(index).tsv").path) }
        // A name of 240 bytes is allowed, but its temporary file's name (with a dot, a UUID and
        // `.tmp`) is longer than the 255 bytes a file name may have: that write fails.
        let long = folder.appendingPathComponent("a/" + String(repeating: "n", count: 236) + ".tsv").path
        transaction.write("y\n", to: long)
        for index in 20..<40 { transaction.write("x\n", to: folder.appendingPathComponent("a/t\(index).tsv").path) }
        #expect {
            try transaction.commit()
        } throws: { error in
            guard case QDAError.writeFailed(let path, _) = error else { return false }
            return path == long
        }
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "old\n")
        #expect(try names(in: folder) == ["a", "a/kept.tsv"])
    }
}
