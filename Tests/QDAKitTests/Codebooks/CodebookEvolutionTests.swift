import Foundation
import Testing

@testable import QDAKit

@Suite("Codebook evolution")
struct CodebookEvolutionTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static let transcript = """
        Interviewer: Wie zijn de begeleiders?
        Mette: Een paar begeleiders zijn zelf vastgelopen. Dat merk je.
        Interviewer: En de ouders?
        Mette: Die deden mee aan de ouderavonden. Er belde niemand meer.
        Interviewer: Hoe was het contact?
        Mette: Via de app, heel kort.
        Interviewer: En verder?
        Mette: Ook via de app.
        """

    static let codebook = """
        # Codebook

        ## Succesfactoren

        ### Begeleiding

        #### Divers begeleidersteam
        origin: deductive
        description: Begeleiders verschillen in leeftijd en achtergrond.
        keywords: divers*

        #### Ervaringsdeskundige begeleiders
        origin: deductive
        example: Een paar begeleiders zijn zelf vastgelopen.
        keywords: ervaringsdeskundig*

        #### Ouderbetrokkenheid
        origin: deductive
        keywords: ouders; +Divers begeleidersteam

        ## Knelpunten

        #### Geen nazorg
        origin: deductive
        aliases: Nazorg komt niet van de grond

        #### Korte lijntjes
        origin: deductive

        """

    func makeStudy() throws -> URL {
        let folder = try TestSupport.temporaryFolder()
        try TestSupport.write(Self.transcript, to: "01-mette.txt", in: folder)
        try TestSupport.write(Self.codebook, to: "codebook.md", in: folder)
        try TestSupport.write("{\"codebook\": \"codebook.md\"}", to: "qda.json", in: folder)
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("codings/anna"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("codings/bram"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Self.golden.appendingPathComponent("merge-before.tsv"),
            to: folder.appendingPathComponent("codings/anna/01-mette.tsv"))
        try FileManager.default.copyItem(
            at: Self.golden.appendingPathComponent("rename-before.tsv"),
            to: folder.appendingPathComponent("codings/bram/01-mette.tsv"))
        return folder
    }

    /// Compares a file with a golden file line by line (line endings included).
    func expectGolden(_ file: URL, _ golden: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let actual = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        let expected = try String(contentsOf: Self.golden.appendingPathComponent(golden), encoding: .utf8)
            .components(separatedBy: "\n")
        #expect(actual.count == expected.count, sourceLocation: sourceLocation)
        for (number, (line, wanted)) in zip(actual, expected).enumerated() {
            #expect(line == wanted, "line \(number + 1)", sourceLocation: sourceLocation)
        }
    }

    @Test("merge rewrites coding files: names replaced, duplicates on one segment collapsed, memos kept")
    func mergeGolden() throws {
        let folder = try makeStudy()
        let options = CodebookEvolution.Options(study: folder.path, rewriteCodings: true)
        let change = try CodebookEvolution.merge(
            ["Divers begeleidersteam", "Ervaringsdeskundige begeleiders"],
            into: "Begeleiders met verschillende achtergronden", options: options)
        try expectGolden(folder.appendingPathComponent("codings/anna/01-mette.tsv"), "merge-after.tsv")
        let anna = folder.appendingPathComponent("codings/anna/01-mette.tsv").path
        #expect(change.codingFiles == [.init(path: anna, replaced: 6, collapsed: 3, rowsRemoved: 2)])
        // The previous version is kept, byte for byte.
        let backup = try #require(change.backups.first { $0.hasSuffix("anna/01-mette.tsv") })
        #expect(
            FileManager.default.contents(atPath: backup)
                == FileManager.default.contents(atPath: Self.golden.appendingPathComponent("merge-before.tsv").path))
        // The codebook records the old names, and the study still checks.
        let codebook = try CodebookIO.read(folder.appendingPathComponent("codebook.md").path).codebook
        let merged = try #require(codebook.entry(named: "Begeleiders met verschillende achtergronden")?.code)
        #expect(merged.aliases == ["Ervaringsdeskundige begeleiders", "Divers begeleidersteam"])
        #expect(merged.keywords == ["divers*", "ervaringsdeskundig*"])
        #expect(merged.description == "Begeleiders verschillen in leeftijd en achtergrond.")
        #expect(merged.example == "Een paar begeleiders zijn zelf vastgelopen.")
        #expect(
            codebook.entry(named: "Ouderbetrokkenheid")?.code.keywords == [
                "ouders", "+Begeleiders met verschillende achtergronden",
            ])
        #expect(!(try StudyChecker.check(studyAt: folder.path)).hasErrors)
    }

    @Test("rename keeps every other byte: CRLF line endings, quoted memos, untouched rows")
    func renameGolden() throws {
        let folder = try makeStudy()
        let options = CodebookEvolution.Options(study: folder.path, rewriteCodings: true)
        let change = try CodebookEvolution.rename("Geen nazorg", to: "Nazorg bleef uit", options: options)
        #expect(
            FileManager.default.contents(atPath: folder.appendingPathComponent("codings/bram/01-mette.tsv").path)
                == FileManager.default.contents(atPath: Self.golden.appendingPathComponent("rename-after.tsv").path))
        #expect(change.codingFiles.map(\.replaced) == [2])
        let code = try #require(
            try CodebookIO.read(folder.appendingPathComponent("codebook.md").path).codebook.entry(
                named: "Nazorg bleef uit"))
        #expect(code.code.aliases == ["Nazorg komt niet van de grond", "Geen nazorg"])
    }

    @Test("a dry run shows the changes and writes nothing")
    func dryRun() throws {
        let folder = try makeStudy()
        let before = try String(contentsOf: folder.appendingPathComponent("codebook.md"), encoding: .utf8)
        let change = try CodebookEvolution.merge(
            ["Divers begeleidersteam", "Ervaringsdeskundige begeleiders"], into: "Divers begeleidersteam",
            options: .init(study: folder.path, rewriteCodings: true, dryRun: true))
        #expect(change.dryRun)
        #expect(change.codingFiles.count == 1)
        #expect(change.rendered.contains("dry run: nothing written"))
        #expect(try String(contentsOf: folder.appendingPathComponent("codebook.md"), encoding: .utf8) == before)
        try expectGolden(folder.appendingPathComponent("codings/anna/01-mette.tsv"), "merge-before.tsv")
    }

    @Test("without --rewrite-codings old names are read through the aliases")
    func readThroughAliases() throws {
        let folder = try makeStudy()
        let change = try CodebookEvolution.rename(
            "Korte lijntjes", to: "Direct contact", options: .init(study: folder.path))
        #expect(change.codingFiles.isEmpty)
        #expect(change.notes.contains { $0.contains("read as `Direct contact`") })
        let study = try StudyLoader().load(folder.path)
        let codes = study.codings(of: "bram").map(\.code)
        #expect(codes.filter { $0 == "Direct contact" }.count == 2)
        #expect(study.unknownCodeUses.isEmpty)
    }

    @Test("names that are taken, former names and typos are refused with a reason")
    func refusals() throws {
        var codebook = CodebookMarkdown.parse(Self.codebook, path: "c.md").codebook
        #expect(throws: QDAError.usage("the codebook already has a code `Korte lijntjes`")) {
            try CodebookEditing.rename("Geen nazorg", to: "korte lijntjes", in: &codebook)
        }
        #expect(
            throws: QDAError.usage(
                "`Nazorg komt niet van de grond` is a former name of `Geen nazorg`; use the current name")
        ) {
            try CodebookEditing.rename("Nazorg komt niet van de grond", to: "X", in: &codebook)
        }
        #expect(throws: QDAError.usage("`Kort lijntjes` is not a code in the codebook; did you mean `Korte lijntjes`?"))
        {
            try CodebookEditing.merge(["Kort lijntjes", "Geen nazorg"], into: "X", in: &codebook)
        }
        #expect(throws: QDAError.self) { try CodebookEditing.rename("Geen nazorg", to: "A; B", in: &codebook) }
        #expect(
            throws: QDAError.usage(
                "there is no theme `Knelpunt`; did you mean `Knelpunten`? (use --create to make a new theme)")
        ) {
            try CodebookEditing.add(Code(name: "Nieuw"), theme: "Knelpunt", to: &codebook)
        }
        // A rename back to a former name of the same code is allowed.
        try CodebookEditing.rename("Geen nazorg", to: "Nazorg komt niet van de grond", in: &codebook)
        #expect(codebook.entry(named: "Nazorg komt niet van de grond")?.code.aliases == ["Geen nazorg"])
    }

    @Test("add takes the first quote as example; adopt adds every candidate code")
    func addAndAdopt() throws {
        let folder = try makeStudy()
        try TestSupport.write(
            "turn\tcode\tquote\n4\tOuderavond\tDie deden mee aan de ouderavonden.\n6\tKorte lijntje\t\n8\tApp\tOok via de app.\n",
            to: "codings/anna/01-mette.tsv", in: folder)
        let added = try CodebookEvolution.add(
            .init(name: "Ouderavond", theme: "Succesfactoren", subtheme: "Begeleiding"),
            options: .init(study: folder.path))
        #expect(
            added.notes.contains(
                "example taken from the first coding that uses it: “Die deden mee aan de ouderavonden.”"))
        let adopted = try CodebookEvolution.adopt(options: .init(study: folder.path))
        #expect(adopted.changes == ["added `App` (inductive) under Inductive codes: 1 use by anna"])
        #expect(
            adopted.notes.contains { $0.hasPrefix("left out `Korte lijntje`: probably a typo of `Korte lijntjes`") })
        let codebook = try CodebookIO.read(folder.appendingPathComponent("codebook.md").path).codebook
        #expect(codebook.entry(named: "Ouderavond")?.subtheme == "Begeleiding")
        #expect(codebook.entry(named: "App")?.code.example == "Ook via de app.")
        #expect(codebook.entry(named: "App")?.code.origin == .inductive)
        // Two changes in the same second keep separate backups.
        #expect(Set(added.backups + adopted.backups).count == 2)
    }
}
