import Foundation
import Testing

@testable import QDAKit

/// The rendered outputs of the fixture, read line by line against the hand-worked counts of
/// ``CodeFrequenciesTests``.
@Suite("qda freq output: Markdown, CSV and JSON")
struct FrequencyOutputTests {
    func output(_ rendering: FrequencyRendering, _ options: FrequencyOptions = FrequencyOptions(attributes: ["sector"]))
        throws -> String
    {
        let folder = try FrequencyFixture.write()
        return try FrequencyOutput.make(studyAt: folder.path, options: options, rendering: rendering).text
    }

    func lines(_ text: String) -> [String] { text.components(separatedBy: "\n") }

    @Test("Markdown: who was counted, how, and the codes table")
    func markdownCodes() throws {
        let text = try output(FrequencyRendering(tables: [.codes], language: .english))
        let lines = lines(text)
        // The title names the study folder (here a temporary folder).
        #expect(lines[0].hasPrefix("# Code frequencies: qdakit-tests-"))
        #expect(
            lines.contains(
                "Codings of **ann** (primary coder in qda.json). 3 of 4 transcripts counted, 4 professionals."))
        #expect(lines.contains("- Also coded by ben: 01-alex (not counted here; compare the coders with `qda agree`)."))
        #expect(lines.contains("- Not counted, not coded by ann: 04-sam (coded by ben)."))
        #expect(lines.contains("- Not counted: 1 coding on interviewer turns only."))
        #expect(lines.contains("- Counted once: 1 coding repeating a code on a segment that already had it."))
        // Rows with the hand-worked counts (professionals, mentions, transcripts, who).
        let table = [
            "| Theme / subtheme / code | Professionals (of 4) | Mentions | Transcripts | Who |",
            "|:--|--:|--:|--:|:--|",
            "| **Signals** | **4** | **6** | **3** | Alex, Lotte, Mette, Dagmar |",
            "| *Early signs* | *3* | *4* | *3* | Alex, Lotte, Mette |",
            "| \u{A0}\u{A0}Absence | 3 | 3 | 3 | Alex, Lotte, Mette |",
            "| \u{A0}\u{A0}Low motivation | 1 | 2 | 1 | Alex |",
            "| *Home* | *2* | *2* | *2* | Lotte, Dagmar |",
            "| \u{A0}\u{A0}Family stress | 2 | 2 | 2 | Lotte, Dagmar |",
            "| **Programme** | **4** | **5** | **3** | Alex, Lotte, Mette, Dagmar |",
            "| Warm group | 2 | 2 | 2 | Alex, Lotte |",
            "| Short lines | 3 | 3 | 2 | Alex, Mette, Dagmar |",
            "| Transport | 0 | 0 | 0 |  |",
            "| **General** † | **1** | **1** | **1** | Dagmar |",
            "| Other † | 1 | 1 | 1 | Dagmar |",
        ]
        let start = try #require(lines.firstIndex(of: table[0]))
        #expect(Array(lines[start..<(start + table.count)]) == table)
        #expect(lines.contains("| Mentor, first to notice | 1 | 1 | 1 | Lotte |"))
    }

    @Test("Markdown: groups with their sizes, the matrix, co-occurrence and saturation")
    func markdownOtherTables() throws {
        let lines = lines(try output(FrequencyRendering(language: .english)))
        #expect(lines.contains("| Theme / subtheme / code | gemeente (n = 1) | onderwijs (n = 2) | zorg (n = 1) |"))
        #expect(lines.contains("| \u{A0}\u{A0}Absence | 0 of 1 | 2 of 2 | 1 of 1 |"))
        #expect(lines.contains("| Short lines | 1 of 1 | 2 of 2 | 0 of 1 |"))
        #expect(lines.contains("| Theme / subtheme / code | Alex | Lotte | Mette | Dagmar | Total |"))
        #expect(lines.contains("| Short lines | 1 |  | 2 | 1 | 3 |"))
        #expect(lines.contains("| **Signals** | **2** | **2** | **1** | **1** | **6** |"))
        // Most frequent first, then by c: the two pairs with c = 1/3 lead.
        #expect(lines.contains("| Absence | Mentor, first to notice | 3 | 1 | 1 | 0.33 | 1 |"))
        #expect(lines.contains("| Absence | Short lines | 3 | 3 | 1 | 0.20 | 1 |"))
        #expect(lines.contains("| 2 | 01-alex | 2025-03-10 | 4 | 2 | 6 | ██████████████████████████ |"))
        #expect(lines.contains("- 01-alex: Low motivation; Short lines"))
        #expect(lines.contains("The last transcript still added new codes."))
        // Presence is only shown when asked for.
        #expect(!lines.contains { $0.contains("✓") })
    }

    @Test("Markdown in Dutch, with the study's participant noun")
    func dutch() throws {
        let lines = lines(try output(FrequencyRendering(tables: [.groups], language: .dutch)))
        #expect(
            lines.contains(
                "Coderingen van **ann** (primaire codeur in qda.json). 3 van 4 transcripten geteld, 4 professionals."))
        #expect(lines.contains("| Short lines | 1 van 1 | 2 van 2 | 0 van 1 |"))
    }

    @Test("CSV: a header row, one record per row, fields quoted where needed, and it reads back")
    func csv() throws {
        let text = try output(FrequencyRendering(format: .csv))
        let lines = lines(text)
        #expect(
            lines[0]
                == "level,theme,subtheme,code,reported,participants,participants_total,mentions,code_mentions,transcripts,participant_names"
        )
        #expect(lines[1] == "theme,Signals,,,yes,4,4,6,7,3,Alex; Lotte; Mette; Dagmar")
        #expect(lines.contains("candidate,,,\"Mentor, first to notice\",no,1,4,1,1,1,Lotte"))
        #expect(text.hasSuffix("\n") && !text.contains("\r"))
        // Reading it back gives the same table: 13 records (3 themes, 2 subthemes, 7 codes, 1 candidate).
        let (table, diagnostics) = CSV.parse(text, path: "codes.csv")
        #expect(diagnostics.isEmpty)
        let parsed = try #require(table)
        #expect(parsed.rows.count == 13)
        #expect(parsed.rows.allSatisfy { $0.fields.count == parsed.header.count })
        #expect(parsed.rows.last?.fields[3] == "Mentor, first to notice")
    }

    @Test("CSV tables: matrix, presence, groups, co-occurrence and saturation")
    func csvTables() throws {
        func table(_ name: FrequencyTable) throws -> [String] {
            lines(try output(FrequencyRendering(format: .csv, tables: [name])))
        }
        let matrix = try table(.matrix)
        #expect(matrix[0] == "level,theme,subtheme,code,Alex,Lotte,Mette,Dagmar")
        #expect(matrix.contains("code,Programme,,Short lines,1,0,2,1"))
        #expect(try table(.presence).contains("code,Programme,,Short lines,1,0,1,1"))
        let groups = try table(.groups)
        #expect(groups[0] == "attribute,group,group_size,level,theme,subtheme,code,participants,mentions")
        #expect(groups.contains("sector,onderwijs,2,code,Programme,,Short lines,2,3"))
        let pairs = try table(.cooccurrence)
        #expect(pairs.contains("Absence,Short lines,Signals,Programme,3,3,1,0.2000,1"))
        let saturation = try table(.saturation)
        #expect(saturation[3] == "3,03-group,2025-03-12,Mette; Dagmar,4,1,7,Other")
    }

    @Test("CSV for Excel: byte order mark, CRLF, and in Dutch semicolons and a decimal comma")
    func excel() throws {
        let text = try output(
            FrequencyRendering(format: .csv, tables: [.cooccurrence], language: .dutch, spreadsheet: true))
        #expect(text.hasPrefix("\u{FEFF}code_1;code_2;"))
        #expect(text.contains("\r\nAbsence;Short lines;Signals;Programme;3;3;1;0,2000;1\r\n"))
        let english = try output(
            FrequencyRendering(format: .csv, tables: [.cooccurrence], language: .english, spreadsheet: true))
        #expect(english.contains("\r\nAbsence,Short lines,Signals,Programme,3,3,1,0.2000,1\r\n"))
    }

    @Test("JSON carries everything the Markdown shows")
    func json() throws {
        let text = try output(FrequencyRendering(format: .json))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let codes = try #require(object["codes"] as? [[String: Any]])
        let short = try #require(codes.first { $0["code"] as? String == "Short lines" })
        #expect(short["mentions"] as? Int == 3)
        #expect(short["participantCount"] as? Int == 3)
        #expect(short["transcriptCount"] as? Int == 2)
        let who = try #require(short["participants"] as? [[String: Any]])
        #expect(who.map { $0["participant"] as? String } == ["Alex", "Mette", "Dagmar"])
        let themes = try #require(object["themes"] as? [[String: Any]])
        #expect(themes.first?["participantCount"] as? Int == 4)
        #expect(themes.first?["mentions"] as? Int == 6)
        let breakdown = try #require((object["breakdowns"] as? [[String: Any]])?.first)
        #expect((breakdown["groups"] as? [[String: Any]])?.map { $0["size"] as? Int } == [1, 2, 1])
        #expect((object["cooccurrences"] as? [Any])?.count == 6)
        #expect((object["saturation"] as? [String: Any])?["order"] as? String == "date")
        #expect((object["coderChoice"] as? [String: Any])?["basis"] as? String == "primaryCoder")
        #expect((object["uncounted"] as? [String: Any])?["duplicates"] as? Int == 1)
        #expect((object["definitions"] as? [String: Any])?["cooccurrence"] as? String != nil)
        // And it decodes back into the same value.
        let decoded = try JSONDecoder().decode(CodeFrequencies.self, from: Data(text.utf8))
        #expect(decoded.code(named: "Short lines")?.participants.map(\.mentions) == [1, 2, 1])
    }

    @Test("CSV holds one table, and the groups table needs an attribute")
    func usageErrors() throws {
        #expect(throws: QDAError.self) { try output(FrequencyRendering(format: .csv, tables: [.codes, .matrix])) }
        #expect {
            try output(FrequencyRendering(tables: [.groups]), FrequencyOptions())
        } throws: { error in
            (error as? QDAError)?.isUsageError == true
        }
    }

    @Test("A table cell never breaks the Markdown table")
    func escaping() throws {
        let codebook = FrequencyFixture.codebook.replacingOccurrences(
            of: "#### Transport", with: "#### Transport | travel")
        let folder = try FrequencyFixture.write(changing: ["codebook.md": codebook])
        let text = try FrequencyOutput.make(studyAt: folder.path, rendering: FrequencyRendering(tables: [.codes])).text
        #expect(text.contains("| Transport \\| travel | 0 | 0 | 0 |  |"))
    }
}

@Suite("Quotes in JSON and CSV quoting")
struct FrequencyQuotesTests {
    @Test("JSON leaves quotes out unless asked for")
    func quotesOnRequest() throws {
        let result = try FrequencyFixture.frequencies()
        let plain = try FrequencyOutput.render(result, rendering: FrequencyRendering(format: .json))
        let withQuotes = try FrequencyOutput.render(
            result, rendering: FrequencyRendering(format: .json, includeQuotes: true))
        let decodedPlain = try JSONDecoder().decode(CodeFrequencies.self, from: Data(plain.utf8))
        let decodedFull = try JSONDecoder().decode(CodeFrequencies.self, from: Data(withQuotes.utf8))
        #expect(decodedPlain.allCodes.allSatisfy { $0.quotes.isEmpty })
        // Warm group has quotes A and C, Short lines quote B and the quote of 03 turn 5, Family stress quote D.
        #expect(decodedFull.allCodes.map(\.quotes.count) == [0, 0, 1, 2, 2, 0, 0, 0])
        #expect(decodedFull.code(named: "Warm group")?.quotes == result.code(named: "Warm group")?.quotes)
    }

    @Test(
        "A CSV field is quoted exactly when it holds the delimiter, a quote, a line break or outer spaces",
        arguments: [
            ("Warme groep", ",", "Warme groep"), ("Oriëntatie", ",", "Oriëntatie"), ("a,b", ",", "\"a,b\""),
            ("a,b", ";", "a,b"), ("a;b", ";", "\"a;b\""), ("zeg \"nee\"", ",", "\"zeg \"\"nee\"\"\""),
            ("twee\nregels", ",", "\"twee\nregels\""), ("cr\r", ",", "\"cr\r\""), (" spatie", ",", "\" spatie\""),
            ("spatie ", ",", "\"spatie \""), ("a\tb", "\t", "\"a\tb\""), ("", ",", ""),
        ])
    func csvQuoting(field: String, delimiter: String, expected: String) {
        #expect(CSV.quote(field, delimiter: Character(delimiter)) == expected)
    }
}

@Suite("Frequencies without a codebook")
struct FrequenciesWithoutCodebookTests {
    @Test("Every code is listed as used, names as written, without theme rows or marks")
    func noCodebook() throws {
        let folder = try FrequencyFixture.write(changing: ["qda.json": #"{"primaryCoder": "ann"}"#, "codebook.md": nil])
        let result = try FrequencyOutput.make(
            studyAt: folder.path, options: FrequencyOptions(attributes: ["sector"]),
            rendering: FrequencyRendering(tables: [.codes, .groups], language: .english))
        let frequencies = result.frequencies
        #expect(frequencies.codebook == nil && frequencies.themes.isEmpty && frequencies.codes.isEmpty)
        // Without a codebook, former names are not mapped: Demotivation and Quick contact stay separate.
        #expect(
            frequencies.candidateCodes.map(\.code) == [
                "Absence", "Demotivation", "Family stress", "Low motivation", "Mentor, first to notice", "Other",
                "Quick contact", "Short lines", "Warm group",
            ])
        // Short lines: s4 (Alex) and s11 (turns 2-3, Mette and Dagmar): 2 mentions, 3 participants.
        let short = try #require(frequencies.code(named: "Short lines"))
        #expect(short.mentions == 2 && short.participantCount == 3)
        let lines = result.text.components(separatedBy: "\n")
        #expect(lines.contains("## Codes"))
        #expect(lines.contains("| Short lines | 3 | 2 | 2 | Alex, Mette, Dagmar |"))
        #expect(lines.contains("| Code | gemeente (n = 1) | onderwijs (n = 2) | zorg (n = 1) |"))
        #expect(!result.text.contains("‡"))
    }
}
