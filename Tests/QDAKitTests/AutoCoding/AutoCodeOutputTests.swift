import Foundation
import Testing

@testable import QDAKit

/// The auto-coder's fast paths (codings kept per code number, coding files written into one
/// buffer, figures added up per transcript) against the straightforward versions they replaced.
@Suite("Auto-coding output")
struct AutoCodeOutputTests {
    static let codebook = """
        # Codebook

        ## Signalering

        #### Verzuim
        origin: deductive
        keywords: verzuim*; spijbel*; "niet meer op school"; -ziek

        #### Ouders
        origin: deductive
        keywords: ouders; "vader en moeder"; oudertraining

        #### Thuis met ouders
        origin: deductive
        keywords: thuis*; +Ouders

        #### Reünie
        origin: deductive
        keywords: reünie; café; "één keer"; cliëntdossier; Ezinge

        #### Vervoer
        origin: deductive
        keywords: bus*; "met de trein"; -busje; fiets*

        #### Samenwerking
        origin: deductive
        keywords: "samen met"; overleg*; /mentor(en)?/

        #### Dubbel
        origin: deductive
        keywords: ouders; verzuim
        """

    /// Sentences with accents (composed and decomposed), capitals, punctuation inside and
    /// between phrases, and line breaks.
    static let sentences = [
        "Hij verzuimde al maanden.", "Zij SPIJBELDE vaak!", "Ze kwam niet meer op school.",
        "Ze kwam niet meer, op school was het stil.", "Hij was ziek en verzuimde.", "De ouders wisten van niets.",
        "Zijn vader en moeder kwamen langs.", "Vader en\nmoeder belden.", "Thuis ging het beter.",
        "We gingen naar een Reünie in het café.", "Een reu\u{0308}nie, e\u{0301}e\u{0301}n keer per jaar.",
        "Eén keer kwam het cliëntdossier ter sprake.", "Met de bus naar Ezinge.", "Het busje reed niet.",
        "Hij kwam met de trein; soms met de fiets.", "Samen met de mentor.", "Het overleg met mentoren liep goed…",
        "Vraag: \"verzuim\"?", "  Dubbele  spaties\there.", "Niets bijzonders.", "(Ouders) en [thuis].",
        "Ouders. Thuis.", "Wat 'n verzuim-probleem!", "Het 2e overleg.",
    ]

    /// A transcript of `turns` turns, each of some of ``sentences``, chosen by `seed`.
    static func transcript(seed: UInt64, turns: Int) -> String {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var text = "---\nparticipant: P\(seed)\n---\n"
        for turn in 0..<turns {
            if turn % 2 == 0 {
                text += "Interviewer: Hoe ging het \(turn)?\n"
                continue
            }
            var body: [String] = []
            for _ in 0..<(1 + next(5)) { body.append(sentences[next(sentences.count)]) }
            text += "P\(seed): " + body.joined(separator: next(4) == 0 ? "\n\n" : " ") + "\n"
        }
        return text
    }

    func makeStudy(transcripts: Int, guide: Bool) throws -> URL {
        let folder = try TestSupport.temporaryFolder()
        for number in 1...transcripts {
            try TestSupport.write(
                Self.transcript(seed: UInt64(number), turns: 40), to: "t\(number).txt", in: folder)
        }
        try TestSupport.write(Self.codebook, to: "codebook.md", in: folder)
        try TestSupport.write("{\"codebook\": \"codebook.md\"}", to: "qda.json", in: folder)
        if guide {
            try TestSupport.write(
                "# Leidraad\n\n## Verloop\ncode: Reünie\npatterns: \"hoe ging het\"\n", to: "guide/leidraad.md",
                in: folder)
        }
        return folder
    }

    /// The studies compared: generated ones (with and without a guide) and the sample study.
    func studies() throws -> [(study: Study, rules: KeywordRules, structural: StructuralCoder?)] {
        var result: [(Study, KeywordRules, StructuralCoder?)] = []
        for (path, guidePath) in [
            (try makeStudy(transcripts: 6, guide: false).path, nil as String?),
            (try makeStudy(transcripts: 6, guide: true).path, "guide/leidraad.md"),
            (TestSupport.sampleStudy.path, "guide/interview-guide.md"),
        ] {
            let study = try StudyLoader().load(path)
            let codebook = try #require(study.codebook)
            let rules = KeywordRules.compile(codebook).rules
            var structural: StructuralCoder?
            if let guidePath {
                let guide = try InterviewGuide.read(Paths.join(path, guidePath)).guide
                structural = StructuralCoder.compile(guide, codebook: codebook).coder
            }
            result.append((study, rules, structural))
        }
        return result
    }

    @Test("the auto-coder gives the codings of the straightforward version")
    func codingsMatchReference() throws {
        for (study, rules, structural) in try studies() {
            let fast = AutoCoder.code(study, rules: rules, structural: structural)
            let order = Dictionary(
                (study.codebook?.codes ?? []).enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
            let reference = ReferenceAutoCoder(rules: rules, structural: structural, codeOrder: order)
            let expected = study.transcripts.flatMap { reference.code($0) }
            #expect(!expected.isEmpty)
            #expect(fast == expected)
        }
    }

    @Test("coding files written into one buffer equal the CSV formatter's")
    func codingFileMatchesCSV() throws {
        var codings: [AutoCoding] = []
        for (study, rules, structural) in try studies() {
            codings += AutoCoder.code(study, rules: rules, structural: structural)
        }
        // Fields that need quotes: tabs, double quotes, line breaks, leading or trailing spaces.
        let id = TranscriptID(rawValue: "t")
        for (number, quote) in ["a\tb", "zei \"ja\"", "regel\nregel", " spatie", "spatie ", "é\r", "", "ñ"].enumerated()
        {
            codings.append(
                AutoCoding(
                    transcript: id, turn: number * 1000, code: number % 2 == 0 ? "Code \"x\"" : "Ré", range: 0..<1,
                    quote: quote, keywords: ["\"één keer\"", "a\tb"]))
        }
        // Memos: guide topics with and without a question, keywords in ASCII and typographic
        // quotes, with white space around them, a lone quote, a regular expression.
        let keywordLists = [
            ["\"niet meer op school\""], [" \"x\" ", "“y”", "\""], ["„z”", "\"é\"", "/a(b)?/"], [], ["\"\""],
            ["verzuim*", "\"a\tb\""],
        ]
        for (number, keywords) in keywordLists.enumerated() {
            codings.append(
                AutoCoding(
                    transcript: id, turn: number, code: "Code", range: 0..<1, quote: nil, keywords: keywords,
                    topic: number % 2 == 0 ? "Signalering" : nil, questionTurn: number % 3 == 0 ? 7 : nil))
        }
        codings.append(
            AutoCoding(transcript: id, turn: 1, code: "C", range: 0..<1, topic: " Topic \"quoted\"", questionTurn: 2))
        var rows = [["turn", "code", "quote", "memo"]]
        for coding in codings { rows.append([String(coding.turn), coding.code, coding.quote ?? "", coding.memo]) }
        let expected = CSV.format(rows, delimiter: "\t")
        #expect(AutoCoder.codingFile(codings) == expected)
        let bytes = AutoCoder.codingFileBytes(codings)
        #expect(AutoCoder.fingerprint(bytes) == AutoCodeFolder.fingerprint(Data(expected.utf8)))
        #expect(AutoCoder.codingFile([]) == "turn\tcode\tquote\tmemo\n")
    }

    @Test("figures added up per transcript equal those counted from all codings")
    func tallyMatchesReference() throws {
        for (study, rules, structural) in try studies() {
            let codebook = try #require(study.codebook)
            let coder = AutoCoder.transcriptCoder(study, rules: rules, structural: structural)
            var tally = AutoCodeSummary.Tally()
            var all: [AutoCoding] = []
            for transcript in study.transcripts {
                let (codings, counted) = coder.codeAndCount(transcript)
                tally.add(counted)
                all += codings
            }
            #expect(
                tally.codeLines(codebook, codeOrder: coder.codeOrder, keywordNames: coder.keywordNames)
                    == AutoCodeSummary.tally(all, codebook: codebook))
            #expect(tally.codings == all.count)
            struct TurnKey: Hashable {
                var transcript: TranscriptID
                var turn: Int
            }
            #expect(tally.turnsCoded == Set(all.map { TurnKey(transcript: $0.transcript, turn: $0.turn) }).count)
        }
    }

    @Test("a run without keeping codings writes the same files and summary")
    func runWithoutCodings() throws {
        let kept = try makeStudy(transcripts: 4, guide: true)
        let dropped = try makeStudy(transcripts: 4, guide: true)
        let withCodings = try AutoCoder.run(studyAt: kept.path, options: .init(keepsCodings: true))
        let without = try AutoCoder.run(studyAt: dropped.path, options: .init(keepsCodings: false))
        #expect(without.codings.isEmpty)
        #expect(withCodings.codings.count == withCodings.summary.codings)
        var expected = withCodings.summary
        expected.study = without.summary.study
        expected.codebook = without.summary.codebook
        expected.guide = without.summary.guide
        expected.folder = without.summary.folder
        expected.files = without.summary.files
        #expect(without.summary == expected)
        for number in 1...4 {
            let name = "codings/auto/t\(number).tsv"
            #expect(
                try String(contentsOf: kept.appendingPathComponent(name), encoding: .utf8)
                    == String(contentsOf: dropped.appendingPathComponent(name), encoding: .utf8))
        }
    }
}

/// The auto-coder as it was before codings were kept per code number: a dictionary by code
/// name per turn, sorted at the end. Kept here to check the fast version against.
private struct ReferenceAutoCoder {
    let rules: KeywordRules
    let structural: StructuralCoder?
    let codeOrder: [String: Int]

    func code(_ transcript: Transcript) -> [AutoCoding] {
        var folded = FoldedText()
        var guided: [Int: StructuralCoder.Assignment] = [:]
        for assignment in structural?.assignments(in: transcript) ?? [] { guided[assignment.turn] = assignment }
        var result: [AutoCoding] = []
        for turn in transcript.turns where !turn.isInterviewer {
            var codings: [String: [AutoCoding]] = [:]
            if let assignment = guided[turn.number] {
                for code in assignment.target.codes where codings[code] == nil {
                    codings[code] = [
                        AutoCoding(
                            transcript: transcript.id, turn: turn.number, code: code, range: turn.range,
                            topic: assignment.target.topic, questionTurn: assignment.questionTurn)
                    ]
                }
            }
            codeKeywords(in: turn, transcript: transcript.id, folded: &folded, into: &codings)
            result += codings.values.flatMap { $0 }.sorted {
                let left = codeOrder[$0.code] ?? Int.max
                let right = codeOrder[$1.code] ?? Int.max
                return left != right ? left < right : $0.range.lowerBound < $1.range.lowerBound
            }
        }
        return result
    }

    private func codeKeywords(
        in turn: Turn, transcript: TranscriptID, folded: inout FoldedText, into codings: inout [String: [AutoCoding]]
    ) {
        let hits = rules.index.hits(in: turn.text, folded: &folded)
        guard !hits.isEmpty else { return }
        let base = turn.range.lowerBound
        let sentences = folded.sentences.map { ($0.lowerBound + base)..<($0.upperBound + base) }
        let sentenceBytes = folded.sentenceBytes
        guard !sentences.isEmpty else { return }
        func sentencesCovering(_ range: Range<Int>) -> ClosedRange<Int> {
            let lower = range.lowerBound + base
            let upper = max(range.upperBound + base, lower + 1)
            var low = 0
            var high = sentences.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if sentences[middle].lowerBound <= lower { low = middle } else { high = middle - 1 }
            }
            var last = low
            while last + 1 < sentences.count && sentences[last + 1].lowerBound < upper { last += 1 }
            return low...last
        }
        struct Mark {
            var rank: Int
            var rule: Int
            var sentence: Int
            var keyword: Int
            var isInclude: Bool
        }
        var marks: [Mark] = []
        for hit in hits {
            let owner = rules.owners[hit.pattern]
            for sentence in sentencesCovering(hit.range) {
                marks.append(
                    Mark(
                        rank: rules.evaluationRank[owner.rule], rule: owner.rule, sentence: sentence,
                        keyword: owner.keyword, isInclude: owner.isInclude))
            }
        }
        marks.sort { ($0.rank, $0.sentence, $0.keyword) < ($1.rank, $1.sentence, $1.keyword) }
        var groupStart = 0
        while groupStart < marks.count {
            var groupEnd = groupStart
            while groupEnd < marks.count && marks[groupEnd].rule == marks[groupStart].rule { groupEnd += 1 }
            let group = marks[groupStart..<groupEnd]
            let ruleIndex = marks[groupStart].rule
            groupStart = groupEnd
            let excludedSentences = Set(group.filter { !$0.isInclude }.map(\.sentence))
            var bySentence: [Int: [Int]] = [:]
            for mark in group where mark.isInclude && !excludedSentences.contains(mark.sentence) {
                if !(bySentence[mark.sentence]?.contains(mark.keyword) ?? false) {
                    bySentence[mark.sentence, default: []].append(mark.keyword)
                }
            }
            let rule = rules.rules[ruleIndex]
            let kept = bySentence.keys.sorted()
            guard !kept.isEmpty, rule.requires.allSatisfy({ codings[$0] != nil }) else { continue }
            if var whole = codings[rule.code]?.first, whole.quote == nil, whole.range == turn.range {
                for sentence in kept {
                    for keyword in bySentence[sentence]! where !whole.keywords.contains(rule.includes[keyword].source) {
                        whole.keywords.append(rule.includes[keyword].source)
                    }
                }
                codings[rule.code] = [whole]
                continue
            }
            var runs: [[Int]] = []
            for sentence in kept {
                if let last = runs.last?.last, last + 1 == sentence {
                    runs[runs.count - 1].append(sentence)
                } else {
                    runs.append([sentence])
                }
            }
            codings[rule.code] = runs.map { run in
                let range = sentences[run.first!].lowerBound..<sentences[run.last!].upperBound
                var keywords: [String] = []
                for sentence in run {
                    for keyword in bySentence[sentence]! where !keywords.contains(rule.includes[keyword].source) {
                        keywords.append(rule.includes[keyword].source)
                    }
                }
                return AutoCoding(
                    transcript: transcript, turn: turn.number, code: rule.code, range: range,
                    quote: TranscriptAutoCoder.quote(
                        turn.text, bytes: sentenceBytes[run.first!].lowerBound..<sentenceBytes[run.last!].upperBound),
                    keywords: keywords)
            }
        }
    }
}
