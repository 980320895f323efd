import Foundation
import Testing

@testable import QDAKit

@Suite("qda agree on studies")
struct AgreementAnalysisTests {
    static func sample() throws -> Study {
        try StudyLoader().load(TestSupport.sampleStudy.path)
    }

    /// Checked by hand against the coding files: anna codes “Beperkte tussentijdse communicatie en
    /// verslaglegging” on 03-noa turns 30, 36, 40 and 07-charlie turn 26; bram (draft names
    /// “Geen tussenrapportage ontvangen” and “Tussenverslag voegt weinig toe”, aliases of it)
    /// on 03-noa turns 30, 34, 36, 40 and 07-charlie turn 26. Participant turns: 30 in 03-noa and
    /// 26 in 07-charlie, N = 56. So a = 4, b = 0, c = 1, d = 51; κ = (55/56 − 2672/3136)/(1 − 2672/3136) = 0.879.
    @Test("Sample study, anna vs bram: one code's 2×2 table as counted by hand")
    func sampleTable() throws {
        let report = try AgreementAnalysis.analyse(
            try Self.sample(), options: AgreementOptions(coders: ["anna", "bram"]))
        #expect(report.transcripts == ["03-noa", "07-charlie"])
        #expect(report.units == 56)
        #expect(report.leftOut.count == 8)
        let entry = try #require(
            report.codes.first { $0.code == "Beperkte tussentijdse communicatie en verslaglegging" })
        let statistics = try #require(entry.agreement.twoCoders)
        #expect(statistics.table == AgreementTable(a: 4, b: 0, c: 1, d: 51))
        let expected = (55.0 / 56 - 2672.0 / 3136) / (1 - 2672.0 / 3136)
        #expect(abs(try #require(statistics.kappa.kappa.value) - expected) < 1e-12)
        #expect(
            report.mappings.contains {
                $0.coder == "bram" && $0.written == "Geen tussenrapportage ontvangen" && $0.uses == 3
            })
        #expect(report.mappings.allSatisfy { $0.coder == "bram" })
    }

    @Test("Sample study: overall figures add up from the per-code tables")
    func sampleOverall() throws {
        let report = try AgreementAnalysis.analyse(
            try Self.sample(), options: AgreementOptions(coders: ["anna", "bram"]))
        let tables = report.codes.compactMap { $0.agreement.twoCoders?.table }
        let summed = tables.reduce(AgreementTable(a: 0, b: 0, c: 0, d: 0), +)
        #expect(report.statistics.applications.agreed == summed.a)
        #expect(report.statistics.applications.disputed == summed.b + summed.c)
        #expect(report.statistics.pooled?.table == summed)
        #expect(tables.allSatisfy { $0.total == 56 })
        let disputes = report.disagreements.reduce(0) { $0 + $1.units.count }
        #expect(disputes == summed.b + summed.c)
        let paragraph = try #require(report.methodsParagraph["nl"])
        #expect(paragraph.hasPrefix("Twee van de tien transcripten (03-noa en 07-charlie)"))
        #expect(paragraph.contains("eenheid: spreekbeurt, n = 56"))
        #expect(paragraph.contains("95%-BI 0,"))
        #expect(report.methodsParagraph["en"]?.contains("95% CI 0.") == true)
    }

    @Test(
        "Swapping the coders swaps b and c and keeps κ",
        arguments: [AgreementUnitKind.turn, .paragraph, .sentence, .character, .transcript])
    func swapCoders(unit: AgreementUnitKind) throws {
        let study = try Self.sample()
        let forward = try AgreementAnalysis.analyse(
            study, options: AgreementOptions(coders: ["anna", "bram"], unit: unit))
        let backward = try AgreementAnalysis.analyse(
            study, options: AgreementOptions(coders: ["bram", "anna"], unit: unit))
        #expect(forward.units == backward.units)
        for (one, other) in zip(forward.codes, backward.codes) {
            #expect(one.agreement.twoCoders?.table.swapped == other.agreement.twoCoders?.table)
            #expect(one.agreement.kappa == other.agreement.kappa)
        }
        #expect(forward.statistics.pooled?.kappa == backward.statistics.pooled?.kappa)
    }

    @Test("Units: characters count every participant code point; transcripts are one unit each")
    func unitCounts() throws {
        let study = try Self.sample()
        let characters = try AgreementAnalysis.analyse(
            study, options: AgreementOptions(coders: ["anna", "bram"], unit: .character))
        let expected = ["03-noa", "07-charlie"].compactMap { study.transcript(TranscriptID(rawValue: $0)) }
            .flatMap(\.participantTurns).reduce(0) { $0 + $1.range.count }
        #expect(characters.units == expected)
        let transcripts = try AgreementAnalysis.analyse(
            study, options: AgreementOptions(coders: ["anna", "bram"], unit: .transcript))
        #expect(transcripts.units == 2)
        let sentences = try AgreementAnalysis.analyse(
            study, options: AgreementOptions(coders: ["anna", "bram"], unit: .sentence))
        #expect(sentences.units > 56)
    }

    @Test(
        "Bad requests get a clear error",
        arguments: [
            (["anna", "carla"], "there is no coder `carla`"),
            (["anna"], "agreement needs at least two coders"),
            (["anna", "anna"], "named twice"),
        ])
    func badCoders(coders: [String], message: String) throws {
        let study = try Self.sample()
        #expect {
            try AgreementAnalysis.analyse(study, options: AgreementOptions(coders: coders))
        } throws: { error in
            (error as? AgreementError)?.description.contains(message) == true
                && !(error as! AgreementError).isUsageError
        }
    }

    @Test("Unknown codes, themes and transcripts are reported with a suggestion")
    func unknownNames() throws {
        let study = try Self.sample()
        #expect(throws: AgreementError.self) {
            try AgreementAnalysis.analyse(
                study, options: AgreementOptions(coders: ["anna", "bram"], codes: ["Korte lijntje"]))
        }
        #expect(throws: AgreementError.self) {
            try AgreementAnalysis.analyse(study, options: AgreementOptions(coders: ["anna", "bram"], theme: "Nothing"))
        }
        #expect(throws: AgreementError.self) {
            try AgreementAnalysis.analyse(
                study, options: AgreementOptions(coders: ["anna", "bram"], transcripts: ["03-nao"]))
        }
        let one = try AgreementAnalysis.analyse(
            study, options: AgreementOptions(coders: ["anna", "bram"], codes: ["Korte lijntjes", "Zelfinzicht"]))
        #expect(one.codes.map(\.code) == ["Korte lijntjes", "Meer zelfinzicht en zelfvertrouwen"])
    }

    /// A tiny study: two transcripts, anna codes both, bram only the first; a third coder
    /// codes nothing in common.
    static func smallStudy(bramQuote: String = "", broken: Bool = false) throws -> URL {
        let folder = try TestSupport.temporaryFolder()
        let transcript =
            "Interviewer: Vraag?\nKim: Eerste antwoord. Tweede zin.\nInterviewer: En verder?\nKim: Nog iets.\n"
        try TestSupport.write(transcript, to: "01-kim.txt", in: folder)
        try TestSupport.write(transcript.replacingOccurrences(of: "Kim", with: "Sam"), to: "02-sam.txt", in: folder)
        try TestSupport.write("turn\tcode\n2\tA\n4\tB\n", to: "codings/anna/01-kim.tsv", in: folder)
        try TestSupport.write("turn\tcode\n2\tA\n", to: "codings/anna/02-sam.tsv", in: folder)
        try TestSupport.write(
            "turn\tcode\tquote\n2\tA\t\(bramQuote)\n\(broken ? "9" : "4")\tA\n", to: "codings/bram/01-kim.tsv",
            in: folder)
        try TestSupport.write("turn\tcode\n2\tA\n", to: "codings/carla/02-sam.tsv", in: folder)
        return folder
    }

    @Test("Transcripts coded by one coder are listed and left out")
    func leftOut() throws {
        let study = try StudyLoader().load(try Self.smallStudy().path)
        let report = try AgreementAnalysis.analyse(study, options: AgreementOptions(coders: ["anna", "bram"]))
        #expect(report.transcripts == ["01-kim"])
        #expect(report.leftOut.map(\.transcript) == ["02-sam"])
        #expect(report.units == 2)
        #expect(report.codes.map(\.code) == ["A", "B"])
        // A: both on turn 2, only bram on turn 4. B: only anna on turn 4.
        #expect(report.codes[0].agreement.twoCoders?.table == AgreementTable(a: 1, b: 0, c: 1, d: 0))
        #expect(report.codes[1].agreement.twoCoders?.table == AgreementTable(a: 0, b: 1, c: 0, d: 1))
    }

    @Test("No transcripts in common and codings with errors stop the comparison")
    func stops() throws {
        let study = try StudyLoader().load(try Self.smallStudy().path)
        #expect {
            try AgreementAnalysis.analyse(study, options: AgreementOptions(coders: ["bram", "carla"]))
        } throws: { error in
            (error as? AgreementError)?.description.contains("no transcript was coded by two or more") == true
        }
        let broken = try StudyLoader().load(try Self.smallStudy(broken: true).path)
        #expect {
            try AgreementAnalysis.analyse(broken, options: AgreementOptions(coders: ["anna", "bram"]))
        } throws: { error in
            guard case .invalidCodings(let diagnostics)? = error as? AgreementError else { return false }
            return diagnostics.contains { $0.message.contains("turn 9 does not exist") }
        }
    }

    @Test("Three coders: Fleiss' κ, α with missing data, and every pair")
    func threeCoders() throws {
        let study = try StudyLoader().load(try Self.smallStudy().path)
        let report = try AgreementAnalysis.analyse(study, options: AgreementOptions(coders: ["anna", "bram", "carla"]))
        #expect(report.transcripts == ["01-kim", "02-sam"])
        #expect(report.statistics.pairs.count == 3)
        #expect(report.statistics.fleiss != nil)
        #expect(report.statistics.pooled == nil)
        let markdown = AgreementMarkdown.render(report)
        #expect(markdown.contains("Fleiss' κ over all codes"))
        #expect(markdown.contains("anna vs bram"))
    }
}
