import Foundation
import Testing

@testable import QDAKit

@Suite("Counts by participant attribute")
struct AttributeBreakdownTests {
    @Test("By sector: participants with a mention of the group's size, and mentions per group")
    func bySector() throws {
        let result = try FrequencyFixture.frequencies(FrequencyOptions(attributes: ["sector"]))
        // Analysed: Alex onderwijs, Lotte zorg, Mette onderwijs, Dagmar gemeente (Sam is not
        // analysed) → gemeente 1, onderwijs 2, zorg 1, in alphabetical order.
        let breakdown = try #require(result.breakdowns.first)
        #expect(breakdown.attribute == "sector" && !breakdown.isPrivate)
        #expect(
            breakdown.groups == [
                .init(value: "gemeente", size: 1), .init(value: "onderwijs", size: 2), .init(value: "zorg", size: 1),
            ])

        // Absence: Alex, Lotte, Mette → gemeente 0 of 1, onderwijs 2 of 2, zorg 1 of 1;
        // mentions s10 + s1 in onderwijs (2), s8 in zorg (1).
        let absence = try #require(result.code(named: "Absence")?.byAttribute.first)
        #expect(absence.groups.map(\.participants) == [0, 2, 1])
        #expect(absence.groups.map(\.size) == [1, 2, 1])
        #expect(absence.groups.map(\.mentions) == [0, 2, 1])

        // Short lines: Alex, Mette, Dagmar → gemeente 1 of 1, onderwijs 2 of 2, zorg 0 of 1.
        // Mentions: s4 (Alex, onderwijs), s11 (Mette and Dagmar: one segment, in both groups),
        // s13 (Mette, onderwijs) → gemeente 1, onderwijs 3, zorg 0.
        let short = try #require(result.code(named: "Short lines")?.byAttribute.first)
        #expect(short.groups.map(\.participants) == [1, 2, 0])
        #expect(short.groups.map(\.mentions) == [1, 3, 0])

        // Theme Signals: Dagmar (gemeente), Alex and Mette (onderwijs), Lotte (zorg) → 1, 2, 1.
        // Distinct segments: gemeente s12 → 1; onderwijs 01 turn 2, 01 turn 6, s10 → 3; zorg s6, s8 → 2.
        let signals = try #require(result.theme(named: "Signals")?.byAttribute.first)
        #expect(signals.groups.map(\.participants) == [1, 2, 1])
        #expect(signals.groups.map(\.mentions) == [1, 3, 2])
    }

    @Test("Every participant is in exactly one group, so group participants add up to the total")
    func groupsPartitionParticipants() throws {
        let result = try FrequencyFixture.frequencies(
            FrequencyOptions(attributes: ["sector", "age"], allowPrivateAttributes: true))
        for code in result.allCodes {
            for counts in code.byAttribute {
                #expect(counts.groups.reduce(0) { $0 + $1.participants } == code.participantCount)
                #expect(counts.groups.reduce(0) { $0 + $1.size } == result.participants.count)
            }
        }
    }

    @Test("Participants without a value form a last group; header attributes work too")
    func missingValues() throws {
        // `mode` is in no participants.csv column and only in 01-alex's header.
        let alex = FrequencyFixture.files["01-alex.txt"]!.replacingOccurrences(of: "date:", with: "mode: online\ndate:")
        let result = try FrequencyFixture.frequencies(
            FrequencyOptions(attributes: ["mode"]), changing: ["01-alex.txt": alex])
        let groups = try #require(result.breakdowns.first?.groups)
        #expect(groups == [.init(value: "online", size: 1), .init(value: nil, size: 3)])
    }

    @Test("An unknown attribute is a usage error naming the attributes there are")
    func unknownAttribute() throws {
        #expect {
            try FrequencyFixture.frequencies(FrequencyOptions(attributes: ["sectr"]))
        } throws: { error in
            guard let error = error as? QDAError, case .usage(let message) = error else { return false }
            return message.contains("did you mean `sector`") && message.contains("age")
        }
    }

    @Test("A private attribute needs explicit permission, and then shows only group counts")
    func privateAttribute() throws {
        #expect {
            try FrequencyFixture.frequencies(FrequencyOptions(attributes: ["age"]))
        } throws: { error in
            guard let error = error as? QDAError, case .usage(let message) = error else { return false }
            return message.contains("private") && message.contains("--allow-private")
        }
        let result = try FrequencyFixture.frequencies(
            FrequencyOptions(attributes: ["age"], allowPrivateAttributes: true))
        let breakdown = try #require(result.breakdowns.first)
        #expect(breakdown.isPrivate)
        // Ages of the four analysed participants: 30, 40, 50, 35. Each value is held by one
        // participant, fewer than the smallest group shown (3), so all four are pooled: a
        // group of one would show that participant's age.
        #expect(
            breakdown.groups == [
                AttributeBreakdown.Group(value: AttributeGrouping.pooledValue, size: 4)
            ])
        #expect(AttributeGrouping.pooledValue == "(values held by fewer than 3 participants, pooled)")
        // Nothing in the result ties a participant to a value: the JSON has the values only
        // inside group counts.
        let json = JSONOutput.encode(result)
        #expect(!json.contains("\"Alex\" : \"30\"") && !json.contains("\"age\" : \"30\""))
        let markdown = try FrequencyOutput.render(result, rendering: FrequencyRendering(tables: [.groups]))
        #expect(markdown.contains("`age` is private"))
    }

    @Test("A private value held by three or more participants is shown; the rest are pooled")
    func privateAttributeMixedGroups() throws {
        // Alex, Lotte and Mette are 30, Dagmar 35 (Sam, not coded by ann, 28): "30" is held
        // by three analysed participants and shown, Dagmar's 35 is pooled.
        let ages = """
            participant,sector,age
            Alex,onderwijs,30
            Lotte,zorg,30
            Mette,onderwijs,30
            Dagmar,gemeente,35
            Sam,zorg,28
            """
        let result = try FrequencyFixture.frequencies(
            FrequencyOptions(attributes: ["age"], allowPrivateAttributes: true),
            changing: ["participants.csv": ages])
        let breakdown = try #require(result.breakdowns.first)
        #expect(
            breakdown.groups == [
                AttributeBreakdown.Group(value: "30", size: 3),
                AttributeBreakdown.Group(value: AttributeGrouping.pooledValue, size: 1),
            ])
        #expect(!JSONOutput.encode(result).contains("\"35\""))
    }
}

@Suite("Co-occurrence of codes")
struct CoOccurrenceTests {
    @Test("Pairs in the fixture, with n1, n2, n12 and the c-coefficient")
    func fixturePairs() throws {
        let result = try FrequencyFixture.frequencies()
        // Passages per code (no code's segments overlap each other, so these are the mentions
        // per transcript merged): Absence 3, Low motivation 2, Family stress 2, Warm group 2,
        // Short lines 3, Mentor 1.
        // Overlaps: 01 turn 2 Absence = Low motivation (same segment); 01 turn 4 quote A ∩ quote B
        // (Warm group, Short lines); 02 turn 2 Family stress ⊃ quote C (Warm group); 02 turn 4
        // Absence = Mentor; 03 turn 2 Absence ⊂ turns 2-3 Short lines; 03 quote D (Family
        // stress) ⊂ turns 2-3 Short lines. Each pair meets once: n12 = 1.
        let expected: [(String, String, Int, Int, Double)] = [
            ("Absence", "Low motivation", 3, 2, 1.0 / 4),  // 1 / (3 + 2 − 1)
            ("Absence", "Short lines", 3, 3, 1.0 / 5),  // 1 / (3 + 3 − 1)
            ("Absence", "Mentor, first to notice", 3, 1, 1.0 / 3),  // 1 / (3 + 1 − 1)
            ("Family stress", "Warm group", 2, 2, 1.0 / 3),  // 1 / (2 + 2 − 1)
            ("Family stress", "Short lines", 2, 3, 1.0 / 4),  // 1 / (2 + 3 − 1)
            ("Warm group", "Short lines", 2, 3, 1.0 / 4),  // 1 / (2 + 3 − 1)
        ]
        #expect(result.cooccurrences.count == expected.count)
        for (pair, (code1, code2, n1, n2, c)) in zip(result.cooccurrences, expected) {
            #expect(pair.code1 == code1 && pair.code2 == code2)
            #expect(pair.n1 == n1 && pair.n2 == n2 && pair.n12 == 1)
            #expect(abs(pair.coefficient - c) < 1e-12)
            #expect(pair.transcripts == 1)
        }
        // Absence (03 turn 2) and Family stress (03 turn 3) touch through Short lines but do
        // not overlap each other: no pair.
        #expect(!result.cooccurrences.contains { $0.code1 == "Absence" && $0.code2 == "Family stress" })
    }

    @Test("Overlapping quotes within one turn co-occur; adjacent ones do not")
    func quotesWithinATurn() {
        var counter = CoOccurrenceCounter(codeCount: 2)
        // Code 0 on [10, 30), code 1 on [25, 40): they share [25, 30).
        counter.add([.init(code: 0, start: 10, end: 30), .init(code: 1, start: 25, end: 40)])
        // In another transcript they only touch: [0, 10) and [10, 20) share no character.
        counter.add([.init(code: 0, start: 0, end: 10), .init(code: 1, start: 10, end: 20)])
        let pairs = counter.results(names: ["A", "B"])
        // n1 = 2 passages of A, n2 = 2 of B, n12 = 1 → c = 1 / (2 + 2 − 1) = 1/3.
        #expect(pairs == [CoOccurrence(code1: "A", code2: "B", n1: 2, n2: 2, n12: 1, transcripts: 1)])
        #expect(abs(pairs[0].coefficient - 1.0 / 3) < 1e-12)
    }

    @Test("A segment overlapping several segments of the other code is one passage, so c stays at most 1")
    func chains() {
        var counter = CoOccurrenceCounter(codeCount: 2)
        // A whole turn coded A [0, 100) with two quotes coded B inside it: one passage with both.
        counter.add([
            .init(code: 0, start: 0, end: 100), .init(code: 1, start: 10, end: 20), .init(code: 1, start: 50, end: 60),
        ])
        var pairs = counter.results(names: ["A", "B"])
        // B has 2 segments but they form 1 passage with A: n1 = 1, n2 = 1, n12 = 1, c = 1.
        #expect(pairs == [CoOccurrence(code1: "A", code2: "B", n1: 1, n2: 1, n12: 1, transcripts: 1)])
        #expect(pairs[0].coefficient == 1)

        // Two A segments [0, 10) and [20, 30) joined by B [5, 25): one passage.
        counter = CoOccurrenceCounter(codeCount: 2)
        counter.add([
            .init(code: 0, start: 0, end: 10), .init(code: 1, start: 5, end: 25), .init(code: 0, start: 20, end: 30),
        ])
        // A alone elsewhere: one more passage of A.
        counter.add([.init(code: 0, start: 0, end: 5)])
        pairs = counter.results(names: ["A", "B"])
        // n1 = 1 (joined) + 1 (elsewhere) = 2, n2 = 1, n12 = 1 → c = 1 / (2 + 1 − 1) = 0.5.
        #expect(pairs == [CoOccurrence(code1: "A", code2: "B", n1: 2, n2: 1, n12: 1, transcripts: 1)])
        #expect(pairs[0].coefficient == 0.5)
    }

    @Test("Restricted to one theme, only pairs within it are counted")
    func oneTheme() throws {
        let result = try FrequencyFixture.frequencies(FrequencyOptions(themes: ["programme"]))
        #expect(result.cooccurrences.map { [$0.code1, $0.code2] } == [["Warm group", "Short lines"]])
        #expect(result.themeFilter == ["Programme"])
        #expect(result.codes.map(\.code) == ["Warm group", "Short lines", "Transport"])
        #expect(result.candidateCodes.isEmpty)
    }

    @Test("An unknown theme is a usage error")
    func unknownTheme() throws {
        #expect(
            throws: QDAError.usage(
                "the codebook has no theme `Programm`; did you mean `Programme`? themes: Signals, Programme, General")
        ) {
            try FrequencyFixture.frequencies(FrequencyOptions(themes: ["Programm"]))
        }
    }
}

@Suite("Saturation")
struct SaturationTests {
    @Test("Transcripts in date order with new codes per transcript and the running total")
    func dateOrder() throws {
        let result = try FrequencyFixture.frequencies()
        let saturation = result.saturation
        // Dates: 02-lotte 03-03, 01-alex 03-10, 03-group 03-12 (04-sam is not counted).
        #expect(saturation.order == .date)
        #expect(saturation.steps.map(\.transcript) == ["02-lotte", "01-alex", "03-group"])
        // 02-lotte uses Family stress, Warm group, Absence, Mentor → 4 new (codebook order,
        // candidates last); 01-alex uses Absence, Low motivation, Warm group, Short lines → new
        // Low motivation, Short lines (the interviewer-turn Family stress does not count);
        // 03-group uses Absence, Short lines, Family stress, Other → new Other.
        #expect(
            saturation.steps.map(\.newCodes) == [
                ["Absence", "Family stress", "Warm group", "Mentor, first to notice"],
                ["Low motivation", "Short lines"],
                ["Other"],
            ])
        #expect(saturation.steps.map(\.codesUsed) == [4, 4, 4])
        #expect(saturation.steps.map(\.cumulative) == [4, 6, 7])
        #expect(saturation.steps.map(\.date) == ["2025-03-03", "2025-03-10", "2025-03-12"])
        #expect(saturation.trailingTranscriptsWithoutNewCodes == 0)
    }

    @Test("Without a date in every transcript, file order, naming the undated ones")
    func fileOrder() throws {
        let lotte = FrequencyFixture.files["02-lotte.txt"]!.replacingOccurrences(of: "date: 2025-03-03\n", with: "")
        let result = try FrequencyFixture.frequencies(changing: ["02-lotte.txt": lotte])
        let saturation = result.saturation
        #expect(saturation.order == .file)
        #expect(saturation.undated == ["02-lotte"])
        // 01-alex first: Absence, Low motivation, Warm group, Short lines (4); then 02-lotte adds
        // Family stress and Mentor (6); 03-group adds Other (7).
        #expect(saturation.steps.map(\.transcript) == ["01-alex", "02-lotte", "03-group"])
        #expect(saturation.steps.map(\.cumulative) == [4, 6, 7])
    }

    @Test(
        "Interview dates as researchers write them",
        arguments: [
            ("2025-03-12", "2025-03-13", true), ("12-03-2025", "13-03-2025", true), ("12/03/2025", "2025-03-11", false),
            ("2025-03-12 09:00", "2025-03-12 14:30", true), ("2025-03-12T16:00", "2025-03-12 10:00", false),
        ])
    func dates(earlier: String, later: String, ordered: Bool) throws {
        let a = try #require(InterviewDate.sortKey(earlier))
        let b = try #require(InterviewDate.sortKey(later))
        #expect((a < b) == ordered)
    }

    @Test(
        "Text that is not a date is not read as one",
        arguments: ["maart 2025", "2025-13-01", "32-01-2025", "12-03-25", ""])
    func notDates(text: String) {
        #expect(InterviewDate.sortKey(text) == nil)
    }
}
