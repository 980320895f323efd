import Foundation
import QDAKit
import Testing

@testable import QDAInterop

/// Hostile archives and XML are refused with a message that says why.
@Suite("Archive and XML safety")
struct SafetyTests {
    static func refusal(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch let error as QDAError {
            return error.description
        } catch {
            return "\(error)"
        }
    }

    @Test(
        "entries that escape the folder, absolute paths and drive letters are refused",
        arguments: ["../evil.txt", "sources/../../evil.txt", "/etc/evil.txt", "C:/evil.txt"])
    func escapingEntries(_ name: String) throws {
        let folder = try InteropTestSupport.temporaryFolder()
        let path = try InteropTestSupport.zip(
            [("project.qde", Data(REFIFixture().xml.utf8)), (name, Data("x".utf8))], named: "evil.qdpx", in: folder)
        let message = Self.refusal { _ = try REFIProjectReader.read(path) }
        #expect(message?.contains("refused") == true)
        #expect(message?.contains(name) == true)
    }

    @Test("a text path that leaves the archive is refused")
    func escapingTextPath() throws {
        var fixture = REFIFixture()
        fixture.sourceGUID = "../../etc/passwd"
        let folder = try InteropTestSupport.temporaryFolder()
        let path = try InteropTestSupport.qdpx(fixture.xml, sources: [], in: folder)
        let message = Self.refusal { _ = try REFIProjectReader.read(path) }
        #expect(message?.contains("refused") == true)
    }

    @Test("an entry larger than the limit is refused before it is read")
    func oversized() throws {
        let folder = try InteropTestSupport.temporaryFolder()
        let path = try InteropTestSupport.zip(
            [("project.qde", Data(REFIFixture().xml.utf8)), ("sources/big.txt", Data(repeating: 0x41, count: 5000))],
            named: "big.qdpx", in: folder)
        let message = Self.refusal {
            _ = try REFIProjectReader.read(path, limits: ArchiveLimits(maximumEntrySize: 4096))
        }
        #expect(message?.contains("would unpack to 5000 bytes") == true)
    }

    @Test("an entry that compresses like a decompression bomb is refused")
    func bomb() throws {
        let folder = try InteropTestSupport.temporaryFolder()
        let path = try InteropTestSupport.zip(
            [("project.qde", Data(REFIFixture().xml.utf8)), ("sources/zeros.txt", Data(count: 4 << 20))],
            named: "bomb.qdpx",
            in: folder)
        let message = Self.refusal { _ = try REFIProjectReader.read(path) }
        #expect(message?.contains("decompression bomb") == true)
    }

    @Test(
        "document type and entity declarations are refused before parsing",
        arguments: [
            "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<Project name=\"&x;\"/>",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>\n<Project name=\"&lol2;\"/>",
        ])
    func entities(_ xml: String) throws {
        let message = Self.refusal { _ = try SafeXML.parse(Data(xml.utf8), path: "project.qde") }
        #expect(message?.contains("document type or entity declaration") == true)
        #expect(message?.contains("project.qde:2") == true)
    }

    @Test("a file that is not a ZIP archive, or a ZIP without a project, is refused with what it is")
    func notAProject() throws {
        let folder = try InteropTestSupport.temporaryFolder()
        let text = folder.appendingPathComponent("x.qdpx")
        try Data("plain text".utf8).write(to: text)
        #expect(Self.refusal { _ = try REFIProjectReader.read(text.path) }?.contains("not a ZIP archive") == true)
        let empty = try InteropTestSupport.zip([("readme.txt", Data("x".utf8))], named: "y.qdpx", in: folder)
        #expect(Self.refusal { _ = try REFIProjectReader.read(empty) }?.contains("no project file") == true)
    }

    @Test("nothing is written when a file exists; --force replaces it")
    func noOverwrite() throws {
        let folder = try InteropTestSupport.temporaryFolder()
        let qdpx = try REFIProjectTests.articleFixture().write(text: Data(REFIProjectTests.article.utf8), in: folder)
        let study = folder.appendingPathComponent("study").path
        _ = try Importer.importFiles([qdpx], options: .init(study: study))
        #expect(throws: QDAError.self) { _ = try Importer.importFiles([qdpx], options: .init(study: study)) }
        _ = try Importer.importFiles([qdpx], options: .init(study: study, overwrite: true))
    }
}
