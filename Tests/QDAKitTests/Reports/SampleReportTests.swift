import Foundation
import Testing

@testable import QDAKit

/// The shipped sample study's chapter: every count equals the frequency computation, and
/// the copy committed in `SampleTranscripts/report/` is current.
@Suite("Sample study report")
struct SampleReportTests {
    static let study = TestSupport.sampleStudy.path

    func chapter(_ language: ReportLanguage) throws -> (ResultsChapter, CodeFrequencies) {
        let study = try StudyLoader().load(Self.study)
        let chapter = try ReportWriter.build(study: study, options: ReportOptions(language: language))
        let frequencies = try CodeFrequencies.compute(study)
        return (chapter, frequencies)
    }

    /// The paragraph of the results that states `code`'s count: the first paragraph (before
    /// the summary) with the code in italics.
    func paragraph(for code: String, in paragraphs: [String]) -> String? {
        paragraphs.first { $0.contains("*\(code)*") && !$0.hasPrefix("|") }
    }

    /// The paragraphs of the results: after the method section, before the summary.
    func resultParagraphs(_ markdown: String, summary: String) -> [String] {
        let afterMethod = markdown.components(separatedBy: "\n## ").dropFirst(2).joined(separator: "\n## ")
        return afterMethod.components(separatedBy: "\n## \(summary)")[0].components(separatedBy: "\n\n")
    }

    @Test("Every count in the chapter equals the frequency count of that code", arguments: ReportLanguage.allCases)
    func countsMatchFrequencies(language: ReportLanguage) throws {
        let (chapter, frequencies) = try chapter(language)
        let markdown = chapter.markdown
        let summary = language == .dutch ? "Samenvatting" : "Summary"
        let total = frequencies.participants.count
        var checked = 0
        let paragraphs = resultParagraphs(markdown, summary: summary)
        for code in frequencies.allCodes where ChapterBuilder.belongsInChapter(code) {
            let text = try #require(paragraph(for: code.code, in: paragraphs), "\(code.code)")
            let n = code.participantCount
            // The number of participants, in words.
            let words: [String]
            switch n {
            case 0: words = [language == .dutch ? "Geen van de" : "None of the"]
            case 1: words = [language == .dutch ? "Eén professional" : "Only one professional"]
            case total: words = [language == .dutch ? "Alle" : "All"]
            case _ where 2 * n == total: words = [language == .dutch ? "De helft" : "Half of the"]
            default:
                words = [
                    language.numberWord(n) + " professionals", language.capitalisedNumberWord(n) + " professionals",
                    language.capitalisedNumberWord(n) + " van de", language.capitalisedNumberWord(n) + " of the",
                ]
            }
            #expect(words.contains { text.contains($0) }, "\(code.code): \(n) participants not stated in: \(text)")
            // Who: every participant who mentions it is named, nobody else is.
            for participant in frequencies.participants {
                let named = text.contains(participant.rawValue)
                let mentions = code.mentions(of: participant) > 0
                // Everyone mentions it: "Alle tien professionals" names nobody.
                if mentions && n < total { #expect(named, "\(code.code): \(participant) not named in: \(text)") }
            }
            // How often, when it adds information.
            if code.mentions > n {
                #expect(text.contains("(\(language.timesMentioned(code.mentions)))"), "\(code.code): mentions")
            } else {
                #expect(
                    !text.contains(language == .dutch ? "keer genoemd)" : "(mentioned"),
                    "\(code.code): needless mention count")
            }
            checked += 1
        }
        #expect(checked == frequencies.allCodes.filter(ChapterBuilder.belongsInChapter).count)
        #expect(checked > 50)
    }

    @Test("Table 1 repeats the frequency counts exactly")
    func tableMatchesFrequencies() throws {
        let (chapter, frequencies) = try chapter(.dutch)
        for code in frequencies.allCodes where code.isReported && code.participantCount > 0 {
            #expect(
                chapter.markdown.contains("|  |  | \(code.code) | \(code.participantCount) | \(code.mentions) |"),
                "\(code.code)")
        }
    }
}

/// The chapter committed in `SampleTranscripts/report/` must be what the README's command
/// writes today; `Scripts/update-sample-report.sh` regenerates it.
@Suite("Committed sample report")
struct CommittedSampleReportTests {
    static let command = "qda report SampleTranscripts --codebook CodeBooks/back-on-traxx.md"

    @Test(
        "The committed chapter is current",
        arguments: [
            (ReportLanguage.dutch, ReportOptions.Format.markdown, command),
            (ReportLanguage.english, ReportOptions.Format.markdown, command + " --lang en"),
            (ReportLanguage.dutch, ReportOptions.Format.html, command + " --format html"),
        ])
    func current(language: ReportLanguage, format: ReportOptions.Format, command: String) throws {
        let study = try StudyLoader(
            options: .init(codebookPath: TestSupport.codebooks.appendingPathComponent("back-on-traxx.md").path)
        ).load(TestSupport.sampleStudy.path)
        var options = ReportOptions(format: format, command: command)
        options.language = format == .html ? nil : language
        let chapter = try ReportWriter.build(study: study, options: options)
        let folder = TestSupport.sampleStudy.appendingPathComponent("report")
        let file = folder.appendingPathComponent(ReportWriter.fileName(language: language, format: format))
        let committed = try String(contentsOf: file, encoding: .utf8)
        let expected = GeneratedFile.stamp(format == .html ? chapter.html : chapter.markdown)
        #expect(
            committed == expected,
            "SampleTranscripts/report is stale: run Scripts/update-sample-report.sh (\(Golden.firstDifference(expected, committed) ?? ""))"
        )
        guard format == .markdown else { return }
        for figure in chapter.figures {
            let svg = try String(contentsOf: folder.appendingPathComponent("figures/\(figure.name)"), encoding: .utf8)
            #expect(svg == GeneratedFile.stamp(figure.svg), "figure \(figure.name) is stale")
        }
    }
}
