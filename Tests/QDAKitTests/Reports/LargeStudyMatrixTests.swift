import Foundation
import Testing

@testable import QDAKit

@Suite("A large study's code × participant table and heat map count by group")
struct LargeStudyMatrixTests {
    /// The report fixture (Ada in onderwijs, Ben and Cas in zorg) with 60 more one-turn
    /// interviews, P01–P60, alternately in onderwijs and zorg, each coded `Warme groep` once:
    /// 63 professionals, more than ``ChapterBuilder/maximumMatrixParticipants``.
    static func largeStudy(withSector: Bool) throws -> String {
        let study = try ReportFixture.write()
        let folder = URL(fileURLWithPath: study)
        var table =
            withSector ? "participant,sector\nAda,onderwijs\nBen,zorg\nCas,zorg\n" : "participant\nAda\nBen\nCas\n"
        for number in 1...60 {
            let name = String(format: "P%02d", number)
            try TestSupport.write(
                """
                ---
                participant: \(name)
                mode: online
                minutes: 30
                date: 2025-04-01
                ---
                [00:00:05] Interviewer: Wat valt je op aan de groep?
                [00:00:20] \(name): Het voelt warm en vertrouwd in de groep.

                """, to: "\(name).txt", in: folder)
            try TestSupport.write("turn\tcode\n2\tWarme groep\n", to: "codings/anna/\(name).tsv", in: folder)
            table += withSector ? "\(name),\(number % 2 == 0 ? "onderwijs" : "zorg")\n" : "\(name)\n"
        }
        try TestSupport.write(table, to: "participants.csv", in: folder)
        return study
    }

    func chapter(_ study: String) throws -> ResultsChapter {
        try ReportWriter.build(study: try StudyLoader().load(study), options: ReportOptions(language: .dutch))
    }

    @Test("Above the limit, the table and the heat map have a column per sector")
    func columnsPerGroup() throws {
        let chapter = try chapter(try Self.largeStudy(withSector: true))
        let lines = chapter.markdown.components(separatedBy: "\n")
        #expect(
            lines.contains(
                "Met 63 professionals is een kolom per professional niet leesbaar; tabel 2 en de figuur tellen daarom per sector. De matrix per professional geeft *qda freq --table matrix --format csv*."
            ))
        #expect(lines.contains("| Code | onderwijs (n = 31) | zorg (n = 32) | Totaal |"))
        // Warme groep: Ada twice and 30 others in onderwijs; Ben, Cas and 30 others in zorg.
        #expect(lines.contains("| Warme groep | 32 | 32 | 64 |"))
        #expect(lines.contains("| Locatie ver weg | 1 |  | 1 |"))
        #expect(!lines.contains { $0.hasPrefix("| Code | Ada") })
        let names = chapter.figures.map(\.name)
        #expect(names.contains("code-x-sector.nl.svg"))
        #expect(!names.contains { $0.hasPrefix("code-x-professional") })
        let heatMap = try #require(chapter.figures.first { $0.name == "code-x-sector.nl.svg" }?.svg)
        #expect(heatMap.contains(">zorg (n = 32)</text>"))
        #expect(heatMap.contains("<title>Warme groep · zorg (n = 32): 32</title>"))
    }

    @Test("Above the limit and without an attribute to group by, the matrix is left out with a pointer")
    func leftOutWithoutGroups() throws {
        let chapter = try chapter(try Self.largeStudy(withSector: false))
        #expect(
            chapter.markdown.contains(
                "Met 63 professionals is een tabel met een kolom per professional niet leesbaar, en er is geen kenmerk om op te groeperen (report.groupBy in qda.json). De matrix per professional geeft *qda freq --table matrix --format csv*."
            ))
        #expect(!chapter.markdown.contains("Tabel 2."))
        #expect(!chapter.figures.contains { $0.name.hasPrefix("code-x-") })
    }

    @Test("Up to the limit, a column per participant (the fixture's three)")
    func columnsPerParticipant() throws {
        let chapter = try chapter(try ReportFixture.write())
        #expect(chapter.markdown.contains("| Code | Ada | Ben | Cas | Totaal |"))
        #expect(chapter.figures.contains { $0.name == "code-x-professional.nl.svg" })
    }
}
