import Foundation
import Testing

@testable import QDAKit

@Suite("Codebook formats")
struct CodebookFormatTests {
    static let markdown = """
        # Codeerschema

        Een korte inleiding.

        ## Signalering
        question: Achtergrondinformatie

        ### Herkenning van uitval

        #### Herkenning van de risicojongere
        origin: deductive
        description: Signalen van dreigende uitval.
        example: Je ziet het eerst aan het verzuim.
        keywords: verzuim*; "niet meer op school"

        ## Bekendheid met het traject
        question: Deelvraag 1
        label: Bekendheid traject

        #### Eerste kennismaking
        origin: inductive
        description: Hoe de verwijzer het traject leerde kennen.
        aliases: Bekendheid; Eerste contact

        ## Algemeen
        question: Algemeen
        report: no

        #### Moeizame samenwerking
        origin: inductive
        description: Samenwerking tussen professionals in het algemeen.

        """

    @Test("Markdown parses into the outline and writes back byte for byte")
    func markdownRoundTrip() throws {
        let document = CodebookMarkdown.parse(Self.markdown, path: "cb.md")
        #expect(document.diagnostics.isEmpty)
        let codebook = document.codebook
        #expect(codebook.title == "Codeerschema")
        #expect(codebook.preamble == "Een korte inleiding.")
        #expect(codebook.themes.map(\.name) == ["Signalering", "Bekendheid met het traject", "Algemeen"])
        #expect(codebook.themes[0].subthemes[0].codes[0].keywords == ["verzuim*", "\"niet meer op school\""])
        #expect(codebook.themes[1].codes.map(\.name) == ["Eerste kennismaking"])
        #expect(codebook.themes[1].codes[0].aliases == ["Bekendheid", "Eerste contact"])
        #expect(codebook.entries.map(\.isReported) == [true, true, false])
        #expect(codebook.entries[1].themeHeading == "Bekendheid traject")
        #expect(codebook.entries[0].question == "Achtergrondinformatie")
        #expect(document.locations["Eerste kennismaking"] == SourceLocation(path: "cb.md", line: 20, column: 6))
        #expect(CodebookMarkdown.format(codebook) == Self.markdown)
    }

    @Test("The shipped codebooks round-trip exactly")
    func shippedRoundTrip() throws {
        for name in ["back-on-traxx.md", "back-on-traxx-concept.md"] {
            let path = TestSupport.codebooks.appendingPathComponent(name).path
            let text = try TextFile.read(path).text
            let document = CodebookMarkdown.parse(text, path: path)
            #expect(!document.diagnostics.containsErrors, "\(name)")
            #expect(CodebookMarkdown.format(document.codebook) == text, "\(name)")
        }
    }

    @Test("CSV → Markdown → CSV keeps every code and field")
    func csvRoundTrip() throws {
        let codebook = CodebookMarkdown.parse(Self.markdown, path: "cb.md").codebook
        let (csv, warnings) = CodebookCSV.format(codebook)
        #expect(warnings.count == 2)  // the theme label and the title cannot be written to CSV
        let back = CodebookCSV.parse(csv, path: "cb.csv")
        #expect(back.diagnostics.isEmpty)
        #expect(
            back.codebook.codes
                == codebook.codes.map { code in
                    // The theme's `report: no` moves to its codes.
                    var code = code
                    if code.name == "Moeizame samenwerking" { code.report = false }
                    return code
                })
        #expect(CodebookCSV.format(back.codebook).text == csv)
    }

    @Test("Dutch CSV headers, deductief/inductief and a semicolon delimiter are accepted")
    func dutchCSV() throws {
        let csv =
            "vraag;thema;subthema;code;herkomst;beschrijving;voorbeeld;trefwoorden\nHoofdvraag;Succesfactoren;Sfeer;Warme plek;deductief;Een warme sfeer;;warm*\nHoofdvraag;Succesfactoren;;Eten;inductief;Samen eten;;\n"
        let document = CodebookCSV.parse(csv, path: "cb.csv")
        #expect(document.diagnostics.isEmpty)
        // A theme's own codes come before its subthemes.
        #expect(document.codebook.codes.map(\.name) == ["Eten", "Warme plek"])
        #expect(document.codebook.codes.map(\.origin) == [.inductive, .deductive])
        #expect(document.codebook.themes[0].codes.map(\.name) == ["Eten"])
        #expect(document.codebook.themes[0].subthemes[0].codes[0].keywords == ["warm*"])
    }

    @Test("Duplicate code names are errors at the second definition")
    func duplicates() {
        let markdown = "# C\n\n## T\n\n#### Sfeer\norigin: deductive\n\n#### sfeer\norigin: inductive\n"
        #expect(
            CodebookMarkdown.parse(markdown, path: "cb.md").diagnostics.map(\.description) == [
                "cb.md:8:6: error: duplicate code name `sfeer` (first defined on line 5)"
            ])
        let csv = "theme,code\nT,Sfeer\nT,Sfeer\n"
        #expect(
            CodebookCSV.parse(csv, path: "cb.csv").diagnostics.map(\.description) == [
                "cb.csv:3:3: error: duplicate code name `Sfeer` (first defined on line 2)"
            ])
    }

    @Test("Invalid origins and misplaced keys point at the value")
    func invalidValues() {
        let markdown = "# C\n\n## T\nkeywords: x\n\n#### Sfeer\norigin: misschien\nreport: soms\n"
        #expect(
            CodebookMarkdown.parse(markdown, path: "cb.md").diagnostics.map(\.description) == [
                "cb.md:4:11: error: `keywords` belongs under a code (`####`), not under a theme",
                "cb.md:7:9: error: `origin` must be `deductive` or `inductive` (or `deductief`/`inductief`)",
                "cb.md:8:9: error: `report` must be yes or no",
            ])
    }

    @Test("An alias that is another code's name is an error")
    func aliasConflict() {
        let markdown = "# C\n\n## T\n\n#### A\naliases: B\n\n#### B\n"
        #expect(
            CodebookMarkdown.parse(markdown, path: "cb.md").diagnostics.map(\.description) == [
                "cb.md:5:6: error: alias `B` of `A` is also the name of another code (`B`)"
            ])
    }

    @Test("JSON round-trips the codebook")
    func json() throws {
        let codebook = CodebookMarkdown.parse(Self.markdown, path: "cb.md").codebook
        let back = CodebookJSON.parse(CodebookJSON.format(codebook), path: "cb.json")
        #expect(back.diagnostics.isEmpty)
        #expect(back.codebook == codebook)
    }

    @Test("Lint reports codes without description or origin")
    func lint() {
        let markdown = "# C\n\n## T\n\n#### A\norigin: deductive\n\n#### B\ndescription: Iets.\n"
        let diagnostics = CodebookLint.lint(CodebookMarkdown.parse(markdown, path: "cb.md"))
        #expect(
            diagnostics.map(\.description) == [
                "cb.md:5:6: warning: `A` has no description and no example; coders will read it differently",
                "cb.md:8:6: warning: `B` has no origin (deductive or inductive)",
            ])
    }

    @Test("The resolver finds codes by name, id, folded name and alias")
    func resolver() {
        let codebook = CodebookMarkdown.parse(Self.markdown, path: "cb.md").codebook
        let resolver = CodeResolver(codebook)
        #expect(resolver.resolve("Eerste kennismaking") == .name("Eerste kennismaking"))
        #expect(resolver.resolve("eerste-kennismaking") == .variant("Eerste kennismaking"))
        #expect(resolver.resolve("HERKENNING VAN DE RISICOJONGERE") == .variant("Herkenning van de risicojongere"))
        #expect(resolver.resolve("eerste contact") == .alias("Eerste kennismaking"))
        #expect(resolver.resolve("Onbekend") == nil)
    }
}

@Suite("Shipped codebooks")
struct ShippedCodebookTests {
    @Test("back-on-traxx.csv is the CSV form of back-on-traxx.md")
    func csvIsCurrent() throws {
        let markdown = try CodebookIO.read(TestSupport.codebooks.appendingPathComponent("back-on-traxx.md").path)
        let csvPath = TestSupport.codebooks.appendingPathComponent("back-on-traxx.csv").path
        #expect(try TextFile.read(csvPath).text == CodebookCSV.format(markdown.codebook).text)
        let csv = try CodebookIO.read(csvPath)
        #expect(csv.diagnostics.isEmpty)
        #expect(csv.codebook.codes.map(\.name) == markdown.codebook.codes.map(\.name))
    }

    @Test("The final codebook maps every draft code through a name or an alias")
    func draftCodesAreMapped() throws {
        let final = try CodebookIO.read(TestSupport.codebooks.appendingPathComponent("back-on-traxx.md").path)
        let draft = try CodebookIO.read(TestSupport.codebooks.appendingPathComponent("back-on-traxx-concept.md").path)
        let resolver = CodeResolver(final.codebook)
        let unmapped = draft.codebook.codes.map(\.name).filter { resolver.canonicalName($0) == nil }
        #expect(unmapped == [])
        #expect(draft.codebook.codes.count - final.codebook.codes.count == 7)
    }
}
