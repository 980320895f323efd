import Foundation
import Testing

@testable import QDAKit

@Suite("Pseudonymisation key files")
struct PseudonymKeyTests {
    @Test("English and Dutch headers, comma or semicolon, placeholders")
    func headers() {
        for text in [
            "real,replacement\nMette Jansen,Bo\nSint-Jozefschool,[naam school]\n",
            "echt;vervanging\r\nMette Jansen;Bo\r\nSint-Jozefschool;[naam school]\r\n",
            "Echte naam\tPseudoniem\nMette Jansen\tBo\nSint-Jozefschool\t[naam school]\n",
        ] {
            let (key, diagnostics) = PseudonymKey.parse(text, path: "key.csv")
            #expect(diagnostics.isEmpty)
            #expect(key.entries.map(\.real) == ["Mette Jansen", "Sint-Jozefschool"])
            #expect(key.entries.map(\.replacement) == ["Bo", "[naam school]"])
            #expect(key.entries.map(\.isPlaceholder) == [false, true])
            #expect(key.entries.map(\.location.line) == [2, 3])
        }
    }

    @Test("Extra columns are ignored, comment rows and blank lines skipped, spaces collapsed")
    func extras() {
        let text = "real,replacement,notes\n# schools\n\n  Mette   Jansen ,Bo,mentor\n"
        let (key, diagnostics) = PseudonymKey.parse(text, path: "key.csv")
        #expect(diagnostics.isEmpty)
        #expect(key.entries.map(\.real) == ["Mette Jansen"])
    }

    @Test("A key without a header: the first row is a name, with a warning")
    func noHeader() {
        let (key, diagnostics) = PseudonymKey.parse("Mette,Bo\nKees,Sam\n", path: "key.csv")
        #expect(key.entries.map(\.real) == ["Mette", "Kees"])
        #expect(
            diagnostics.map(\.description) == [
                "key.csv:1:1: warning: the key has no header `real,replacement`; its first row is read as a name"
            ])
    }

    @Test("Rows with problems are errors at their place")
    func problems() {
        let text = """
            real,replacement
            ,Bo
            Mette,
            Kees,Kees
            Mette,Bo
            Mette,Sam
            ---,x
            Jip,Bo
            """
        let (key, diagnostics) = PseudonymKey.parse(text, path: "key.csv")
        #expect(key.entries.map(\.real) == ["Mette", "Jip"])
        #expect(
            diagnostics.map(\.description) == [
                "key.csv:2:1: error: this row has a replacement but no real name",
                "key.csv:3:7: error: `Mette` has no replacement; give a pseudonym or a placeholder such as `[naam]`",
                "key.csv:4:6: error: `Kees` is replaced by itself; the replacement must differ from the real name",
                "key.csv:6:1: error: `Mette` is already in the key on line 5 with another replacement (`Bo`)",
                "key.csv:7:1: error: `---` has no letters, so it cannot be a name",
            ])
    }

    @Test("A replacement that is itself a real name in the key is a warning")
    func replacementIsRealName() {
        let (_, diagnostics) = PseudonymKey.parse("real,replacement\nMette,Kees\nKees,Sam\n", path: "key.csv")
        #expect(
            diagnostics.map(\.description) == [
                "key.csv:2:1: warning: the replacement `Kees` contains `Kees`, a real name in this key (line 3); choose another pseudonym"
            ])
    }

    @Test("Empty keys and keys without the columns are errors")
    func emptyKeys() {
        #expect(
            PseudonymKey.parse("", path: "k.csv").diagnostics.map(\.description) == [
                "k.csv: error: the key file is empty; it needs a header `real,replacement` and one row per name"
            ])
        #expect(
            PseudonymKey.parse("real,replacement\n", path: "k.csv").diagnostics.map(\.description) == [
                "k.csv: error: the key has no names"
            ])
        #expect(
            PseudonymKey.parse("real,other\nMette,Bo\n", path: "k.csv").diagnostics.map(\.description) == [
                "k.csv:1:1: error: the key's header has no `replacement` (or `vervanging`) column; it should be `real,replacement`"
            ])
    }

    @Test("A key saved by Excel in Windows-1252 is read with --encoding, and refused with advice without")
    func encodings() throws {
        let folder = try TestSupport.temporaryFolder()
        let path = folder.appendingPathComponent("key.csv").path
        try Data("real,replacement\nJos\u{E9},Luca\n".data(using: .windowsCP1252)!).write(
            to: URL(fileURLWithPath: path))
        #expect(throws: QDAError.self) { try PseudonymKey.read(path) }
        let (key, _) = try PseudonymKey.read(path, assuming: .windows1252)
        #expect(key.entries.map(\.real) == ["José"])
    }
}
