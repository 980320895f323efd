import Foundation
import Testing

@testable import QDAKit

@Suite("Auto-coding")
struct AutoCoderTests {
    static let transcript = """
        ---
        participant: Mette
        ---
        Interviewer: Hoe merk je dat een jongere dreigt af te haken?
        Mette: Meestal via de mentor. Als een jongere veel verzuimt,
        gaan we eerst het gesprek aan.

        Dan kijken we samen wat er nodig is.
        Interviewer: Kun je daar meer over vertellen?
        Mette: Hij spijbelde al maanden. De ouders wisten van niets.
        Interviewer: Hoe kwamen de jongeren op de locatie?
        Mette: Met de bus naar Ezinge, dat duurde een uur. Later haalden ze hen op met een busje.
        Interviewer: En de ouders?
        Mette: De ouders kregen een oudertraining. Dat hielp thuis enorm.
        """

    static let codebook = """
        # Codebook

        ## Signalering

        #### Herkenning van de risicojongere
        origin: deductive
        keywords: verzuim*; spijbel*; "niet meer op school"

        ## Ervaringen

        #### Locatie slecht bereikbaar
        origin: deductive
        keywords: Ezinge; bus*; -busje

        #### Ouderbetrokkenheid
        origin: deductive
        keywords: ouders; oudertraining

        #### Beter begrepen door ouders
        origin: deductive
        keywords: thuis; +Ouderbetrokkenheid

        #### Begrip thuis zonder ouders
        origin: deductive
        keywords: enorm; +Locatie slecht bereikbaar
        """

    static let guide = """
        # Leidraad

        ## Signalering
        code: Herkenning van de risicojongere
        patterns: "dreigt af te haken"

        ## Vervoer
        patterns: locatie

        ### Hoe kwamen de jongeren op de locatie?
        """

    func makeStudy(guide: Bool = false) throws -> URL {
        let folder = try TestSupport.temporaryFolder()
        try TestSupport.write(Self.transcript, to: "01-mette.txt", in: folder)
        try TestSupport.write(Self.codebook, to: "codebook.md", in: folder)
        try TestSupport.write("{\"codebook\": \"codebook.md\"}", to: "qda.json", in: folder)
        if guide { try TestSupport.write(Self.guide, to: "guide/leidraad.md", in: folder) }
        return folder
    }

    @Test("keywords code the sentence that matched; negatives and requirements apply")
    func keywordCoding() throws {
        let folder = try makeStudy()
        let result = try AutoCoder.run(studyAt: folder.path, options: .init(dryRun: true))
        let rows = result.codings.map { "\($0.turn)|\($0.code)|\($0.quote ?? "")|\($0.memo)" }
        #expect(
            rows == [
                "2|Herkenning van de risicojongere|Als een jongere veel verzuimt, gaan we eerst het gesprek aan.|keyword: verzuim*",
                "4|Herkenning van de risicojongere|Hij spijbelde al maanden.|keyword: spijbel*",
                "4|Ouderbetrokkenheid|De ouders wisten van niets.|keyword: ouders",
                "6|Locatie slecht bereikbaar|Met de bus naar Ezinge, dat duurde een uur.|keywords: Ezinge, bus*",
                "8|Ouderbetrokkenheid|De ouders kregen een oudertraining.|keywords: ouders, oudertraining",
                "8|Beter begrepen door ouders|Dat hielp thuis enorm.|keyword: thuis",
            ])
        // `-busje` keeps the second sentence of turn 6 out; `+Locatie slecht bereikbaar` is
        // not met in turn 8, so `enorm` codes nothing.
        #expect(result.summary.codesNotApplied == ["Begrip thuis zonder ouders"])
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("codings").path))
    }

    @Test("adjacent matching sentences form one quote")
    func adjacentSentences() throws {
        let folder = try makeStudy()
        try TestSupport.write(
            "---\nparticipant: Bo\n---\nInterviewer: Vraag?\nBo: Hij verzuimde. Zij spijbelde. Verder niets. Weer verzuim.\n",
            to: "01-mette.txt", in: folder)
        let result = try AutoCoder.run(studyAt: folder.path, options: .init(dryRun: true))
        #expect(result.codings.map(\.quote) == ["Hij verzuimde. Zij spijbelde.", "Weer verzuim."])
    }

    @Test("structural coding gives answers to a recognised question the topic's code")
    func structuralCoding() throws {
        let folder = try makeStudy(guide: true)
        let result = try AutoCoder.run(studyAt: folder.path, options: .init(dryRun: true))
        let guided = result.codings.filter { $0.topic != nil }.map { "\($0.turn)|\($0.code)|\($0.memo)" }
        // Turn 3 ("Kun je daar meer over vertellen?") matches no topic, so turn 4 still
        // answers the Signalering question; turn 5 starts a topic without a code.
        #expect(
            guided == [
                "2|Herkenning van de risicojongere|guide: Signalering (question in turn 1); keyword: verzuim*",
                "4|Herkenning van de risicojongere|guide: Signalering (question in turn 1); keyword: spijbel*",
            ])
        #expect(result.codings.first { $0.turn == 2 }?.quote == nil)
        #expect(result.summary.guideTopics == 1)
    }

    @Test("the guide format: topics, codes, patterns and questions")
    func guideParsing() throws {
        let (guide, diagnostics) = InterviewGuide.parse(Self.guide, path: "g.md")
        #expect(diagnostics.isEmpty)
        #expect(guide.title == "Leidraad")
        #expect(guide.topics.map(\.name) == ["Signalering", "Vervoer"])
        #expect(guide.topics[0].codes == ["Herkenning van de risicojongere"])
        #expect(guide.topics[0].patterns == ["\"dreigt af te haken\""])
        #expect(guide.topics[1].questions.map(\.text) == ["Hoe kwamen de jongeren op de locatie?"])
        let codebook = CodebookMarkdown.parse(Self.codebook, path: "c.md").codebook
        let (coder, problems) = StructuralCoder.compile(guide, codebook: codebook)
        #expect(problems.isEmpty)
        #expect(
            coder.recognise("Hoe merk je dat hij dreigt af te haken?")?.codes == ["Herkenning van de risicojongere"])
        #expect(coder.recognise("Wat vond je van de locatie?")?.topic == "Vervoer")
        #expect(coder.recognise("Kun je daar meer over vertellen?") == nil)
    }

    @Test("a guide naming a code that does not exist is an error with a suggestion")
    func guideUnknownCode() throws {
        let (guide, _) = InterviewGuide.parse("## Topic\ncode: Ouderbetrokkenhied\n", path: "g.md")
        let codebook = CodebookMarkdown.parse(Self.codebook, path: "c.md").codebook
        let (_, problems) = StructuralCoder.compile(guide, codebook: codebook)
        #expect(problems.map(\.description) == ["g.md:2:7: error: `Ouderbetrokkenhied` is not a code in the codebook"])
        #expect(problems.first?.notes == ["did you mean `Ouderbetrokkenheid`?"])
    }

    @Test("keyword errors point at the keyword in the codebook")
    func keywordErrors() throws {
        let folder = try makeStudy()
        try TestSupport.write(
            Self.codebook.replacingOccurrences(of: "keywords: Ezinge; bus*; -busje", with: "keywords: Ezinge; /bus(je/")
                .replacingOccurrences(of: "+Ouderbetrokkenheid", with: "+Ouderbetrokenheid"),
            to: "codebook.md", in: folder)
        let error = try #require(throws: QDAError.self) {
            try AutoCoder.run(studyAt: folder.path, options: .init(dryRun: true))
        }
        guard case .invalidData(let diagnostics) = error else {
            Issue.record("expected invalid data, got \(error)")
            return
        }
        let path = folder.appendingPathComponent("codebook.md").path
        #expect(
            diagnostics.map(\.description) == [
                "\(path):13:23: error: keyword `/bus(je/` of `Locatie slecht bereikbaar`: invalid regular expression: this `(` is never closed",
                "\(path):21:19: error: keyword `+Ouderbetrokenheid` of `Beter begrepen door ouders`: `Ouderbetrokenheid` is not a code in the codebook",
            ])
        #expect(diagnostics[0].rendered.contains("    keywords: Ezinge; /bus(je/\n                          ^"))
    }

    @Test("codes that require each other in a circle are reported")
    func circularRequirements() {
        let codebook = CodebookMarkdown.parse(
            "# C\n\n## T\n\n#### A\nkeywords: a; +B\n\n#### B\nkeywords: b; +A\n", path: "c.md"
        ).codebook
        let (_, diagnostics) = KeywordRules.compile(codebook)
        #expect(diagnostics.map(\.message) == ["codes require each other in a circle: A → B → A"])
    }

    @Test("written codings pass qda check: every quote is found in its turn")
    func writtenFilesCheck() throws {
        let folder = try makeStudy(guide: true)
        _ = try AutoCoder.run(studyAt: folder.path)
        let text = try String(contentsOf: folder.appendingPathComponent("codings/auto/01-mette.tsv"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "turn\tcode\tquote\tmemo")
        #expect(
            lines[1]
                == "2\tHerkenning van de risicojongere\t\tguide: Signalering (question in turn 1); keyword: verzuim*")
        let report = try StudyChecker.check(studyAt: folder.path)
        #expect(!report.hasErrors)
        let autoProblems = report.diagnostics.filter { ($0.location?.path ?? "").contains("/auto/") }
        #expect(autoProblems.isEmpty)
        #expect(report.summary.coders.map(\.coder) == ["auto"])
    }

    @Test("never writes into a human coder's folder, nor over a reviewed file unless forced")
    func folderOwnership() throws {
        let folder = try makeStudy()
        try TestSupport.write("turn\tcode\n2\tOuderbetrokkenheid\n", to: "codings/anna/01-mette.tsv", in: folder)
        let refused = try #require(throws: QDAError.self) {
            try AutoCoder.run(studyAt: folder.path, options: .init(coder: "anna"))
        }
        #expect(refused.isUsageError)
        #expect(refused.description.contains("did not write"))
        let anna = try String(contentsOf: folder.appendingPathComponent("codings/anna/01-mette.tsv"), encoding: .utf8)
        #expect(anna == "turn\tcode\n2\tOuderbetrokkenheid\n")

        _ = try AutoCoder.run(studyAt: folder.path)
        _ = try AutoCoder.run(studyAt: folder.path)  // its own files: replaced without asking
        let file = folder.appendingPathComponent("codings/auto/01-mette.tsv")
        try (try String(contentsOf: file, encoding: .utf8) + "8\tOuderbetrokkenheid\t\treviewed\n").write(
            to: file, atomically: true, encoding: .utf8)
        let edited = try #require(throws: QDAError.self) { try AutoCoder.run(studyAt: folder.path) }
        #expect(edited.description.contains("was edited after qda autocode wrote it"))
        let forced = try AutoCoder.run(studyAt: folder.path, options: .init(force: true))
        #expect(forced.summary.backups == [file.path + ".bak"])
        #expect(try String(contentsOf: URL(fileURLWithPath: file.path + ".bak"), encoding: .utf8).contains("reviewed"))
        #expect(try !String(contentsOf: file, encoding: .utf8).contains("reviewed"))
    }

    @Test("the sample study: the guide and keywords code every transcript")
    func sampleStudy() throws {
        let result = try AutoCoder.run(studyAt: TestSupport.sampleStudy.path, options: .init(dryRun: true))
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(result.summary.transcripts == 10)
        #expect(result.summary.guide?.hasSuffix("guide/interview-guide.md") == true)
        #expect(result.summary.codesWithKeywords >= 30)
        #expect(Set(result.codings.map(\.transcript)).count == 10)
        // Every keyword coding's quote is a sentence of its turn.
        let study = try StudyLoader().load(TestSupport.sampleStudy.path)
        for coding in result.codings {
            let turn = try #require(study.transcript(coding.transcript)?.turn(coding.turn))
            #expect(!turn.isInterviewer)
            if let quote = coding.quote {
                #expect(QuoteMatcher.match(quote, in: [turn]) == .exact(coding.range))
            }
        }
    }
}
