import Foundation
import QDAKit
import Testing

@testable import QDAInterop

/// REFI-QDA code trees and `.qdc` codebooks.
@Suite("REFI-QDA codebooks")
struct REFICodebookTests {
    static let tree = [
        REFICode(
            guid: "1", name: "Schoolklimaat", color: "#00FF00", description: "Hoe de school voelt",
            children: [
                REFICode(guid: "2", name: "Warme plek"),
                REFICode(
                    guid: "3", name: "Groep", isCodable: false,
                    children: [
                        REFICode(guid: "4", name: "Rust"),
                        REFICode(guid: "5", name: "Diep", children: [REFICode(guid: "6", name: "Dieper")]),
                    ]),
            ]),
        REFICode(guid: "7", name: "Losse code", color: "#123"),
        REFICode(guid: "8", name: "Rust"),
    ]

    @Test("the tree maps onto themes, subthemes and codes; names made unique; colours kept")
    func mapping() {
        let mapping = REFICodebook.codebook(from: Self.tree, title: "Test")
        let codebook = mapping.codebook
        #expect(codebook.themes.map(\.name) == ["Schoolklimaat", REFICodebook.topLevelTheme])
        #expect(codebook.themes[0].codes.map(\.name) == ["Schoolklimaat", "Warme plek"])
        #expect(codebook.themes[0].codes[0].color == "#00FF00")
        #expect(codebook.themes[0].codes[0].description == "Hoe de school voelt")
        #expect(codebook.themes[0].subthemes.map(\.name) == ["Groep"])
        #expect(codebook.themes[0].subthemes[0].codes.map(\.name) == ["Rust", "Diep", "Dieper"])
        #expect(codebook.themes[1].codes.map(\.name) == ["Losse code", "Rust 2"])
        #expect(mapping.codeNames["8"] == "Rust 2")
        #expect(mapping.notes.contains { $0.contains("more than three levels deep") })
    }

    @Test(".qdc → Markdown → .qdc → codebook keeps codes, hierarchy, descriptions and colours")
    func qdcRoundTrip() throws {
        let codebook = REFICodebook.codebook(from: Self.tree, title: "Test").codebook
        let folder = try InteropTestSupport.temporaryFolder()
        let qdc = folder.appendingPathComponent("Test.qdc").path
        try REFICodebookFile.format(codebook).write(toFile: qdc, atomically: true, encoding: .utf8)
        let markdown = folder.appendingPathComponent("test.md").path
        _ = try REFICodebookFile.convert(codebookAt: qdc, to: .markdown, output: markdown, overwrite: false)
        let back = folder.appendingPathComponent("back.qdc").path
        _ = try REFICodebookFile.convert(codebookAt: markdown, to: .qdc, output: back, overwrite: false)
        let reread = try REFICodebookFile.read(back).codebook
        #expect(reread.themes == codebook.themes)
        let text = try String(contentsOfFile: back, encoding: .utf8)
        #expect(text.contains("xmlns=\"urn:QDA-XML:codebook:1.0\""))
        #expect(text.contains("color=\"#00FF00\""))
    }

    @Test("the shipped codebook survives a trip through .qdc")
    func shippedCodebook() throws {
        let path = InteropTestSupport.packageRoot.appendingPathComponent("CodeBooks/back-on-traxx.md").path
        guard FileManager.default.fileExists(atPath: path) else { return }
        let original = try CodebookIO.read(path).codebook
        let folder = try InteropTestSupport.temporaryFolder()
        let qdc = folder.appendingPathComponent("bot.qdc").path
        _ = try REFICodebookFile.convert(codebookAt: path, to: .qdc, output: qdc, overwrite: false)
        let back = try REFICodebookFile.read(qdc).codebook
        #expect(back.codes.map(\.name) == original.codes.map(\.name))
        #expect(back.codes.map(\.description) == original.codes.map(\.description))
        #expect(back.themes.map(\.name) == original.themes.map(\.name))
    }

    @Test("stable GUIDs are GUID-shaped and differ by name")
    func stableGUIDs() {
        let one = StableGUID.make("code", "Rust")
        #expect(one == StableGUID.make("code", "Rust"))
        #expect(one != StableGUID.make("code", "Rust 2"))
        #expect(QDPXExporter.isGUID(one))
    }
}
