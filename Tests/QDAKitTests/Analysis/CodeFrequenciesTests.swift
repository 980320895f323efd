import Foundation
import Testing

@testable import QDAKit

/// Counts of the hand-made ``FrequencyFixture`` study, each worked out by hand from the
/// segment list in the fixture's documentation (s1…s14).
@Suite("Code frequencies of a hand-made study")
struct CodeFrequenciesTests {
    @Test("The fixture loads without errors")
    func fixtureIsClean() throws {
        let study = try FrequencyFixture.load()
        #expect(!study.diagnostics.containsErrors, "\(study.diagnostics.map(\.rendered))")
        #expect(study.transcripts.map(\.id) == ["01-alex", "02-lotte", "03-group", "04-sam"])
        #expect(study.coders == ["ann", "ben"])
    }

    @Test("Per code: mentions, participants, transcripts and who, in codebook order")
    func codeCounts() throws {
        let result = try FrequencyFixture.frequencies()
        #expect(
            result.codes.map(\.code) == [
                "Absence", "Low motivation", "Family stress", "Warm group", "Short lines", "Transport", "Other",
            ])
        // Analysed participants: everyone speaking in ann's transcripts, in file order (Sam's
        // transcript 04-sam was coded only by ben).
        #expect(result.participants == ["Alex", "Lotte", "Mette", "Dagmar"])
        #expect(result.transcripts == ["01-alex", "02-lotte", "03-group"])

        // Absence: s1 (Alex, 01), s8 (Lotte, 02), s10 (Mette, 03); the repeated row in 01 counts once.
        let absence = try #require(result.code(named: "Absence"))
        #expect(absence.mentions == 3)
        #expect(absence.participantIDs == ["Alex", "Lotte", "Mette"])
        #expect(absence.participantCount == 3)
        #expect(absence.transcripts == ["01-alex", "02-lotte", "03-group"])
        #expect(absence.transcriptCount == 3)

        // Low motivation: s2 (turn 2) and s5 (turn 6, written as the former name Demotivation),
        // both Alex in 01 → 2 mentions, 1 participant, 1 transcript.
        let motivation = try #require(result.code(named: "Low motivation"))
        #expect(motivation.mentions == 2)
        #expect(motivation.participants == [ParticipantMentions(participant: "Alex", mentions: 2)])
        #expect(motivation.transcriptCount == 1)

        // Family stress: s6 (Lotte), s12 (Dagmar); the coding on interviewer turn 5 of 01 is not counted.
        let family = try #require(result.code(named: "Family stress"))
        #expect(family.mentions == 2)
        #expect(family.participantIDs == ["Lotte", "Dagmar"])
        #expect(family.transcripts == ["02-lotte", "03-group"])

        // Warm group: s3 (Alex), s7 (Lotte).
        let warm = try #require(result.code(named: "Warm group"))
        #expect(warm.mentions == 2)
        #expect(warm.participantIDs == ["Alex", "Lotte"])

        // Short lines: s4 (Alex), s11 (turns 2-3: Mette and Dagmar, one segment), s13 (Mette,
        // written as Quick contact) → 3 mentions; Alex 1, Mette 2, Dagmar 1; transcripts 01 and 03.
        let short = try #require(result.code(named: "Short lines"))
        #expect(short.mentions == 3)
        #expect(
            short.participants == [
                ParticipantMentions(participant: "Alex", mentions: 1),
                ParticipantMentions(participant: "Mette", mentions: 2),
                ParticipantMentions(participant: "Dagmar", mentions: 1),
            ])
        #expect(short.transcripts == ["01-alex", "03-group"])

        // Transport is never used but listed, with zeros.
        let transport = try #require(result.code(named: "Transport"))
        #expect(transport.mentions == 0 && transport.participants.isEmpty && transport.transcripts.isEmpty)

        // Other: s14 (Dagmar); its theme General has `report: no`.
        let other = try #require(result.code(named: "Other"))
        #expect(other.mentions == 1 && other.participantIDs == ["Dagmar"])
        #expect(!other.isReported)
        #expect(absence.isReported)
    }

    @Test("Codings not counted: a repeated code on the same segment, and interviewer turns")
    func uncounted() throws {
        let result = try FrequencyFixture.frequencies()
        // 01-alex repeats Absence on turn 2 (1 duplicate) and codes interviewer turn 5 (1).
        #expect(result.uncounted == UncountedCodings(interviewerOnly: 1, duplicates: 1))
    }

    @Test("Former names (aliases) are counted as the code they became")
    func aliases() throws {
        let result = try FrequencyFixture.frequencies()
        let names = Set(result.allCodes.map(\.code))
        #expect(!names.contains("Demotivation") && !names.contains("Quick contact"))
        // s5 (Demotivation) is one of Low motivation's 2 mentions; s13 (Quick contact) one of
        // Short lines' 3 (see codeCounts).
        #expect(result.code(named: "Low motivation")?.mentions == 2)
        #expect(result.code(named: "Short lines")?.mentions == 3)
    }

    @Test("Codes not in the codebook are listed separately as candidates")
    func candidates() throws {
        let result = try FrequencyFixture.frequencies()
        // s9: Lotte, 02-lotte.
        #expect(result.candidateCodes.map(\.code) == ["Mentor, first to notice"])
        let mentor = try #require(result.candidateCodes.first)
        #expect(!mentor.isInCodebook && mentor.theme == nil)
        #expect(mentor.mentions == 1 && mentor.participantIDs == ["Lotte"])
    }

    @Test("Themes and subthemes count distinct participants and distinct segments, never sums")
    func themeDistinctCounting() throws {
        let result = try FrequencyFixture.frequencies()
        #expect(result.themes.map(\.theme) == ["Signals", "Programme", "General"])
        #expect(result.subthemes.map { $0.subtheme ?? "" } == ["Early signs", "Home"])

        // Early signs = Absence + Low motivation. Segments: 01 turn 2 (s1 and s2 share it: one
        // segment), 01 turn 6 (s5), 02 turn 4 (s8), 03 turn 2 (s10) → 4 distinct segments, while
        // the codes' mentions add up to 3 + 2 = 5. Participants: Alex, Lotte, Mette → 3, while
        // the codes' participant counts add up to 3 + 1 = 4.
        let early = try #require(result.subtheme(named: "Early signs"))
        #expect(early.mentions == 4)
        #expect(early.codeMentions == 5)
        #expect(early.participantIDs == ["Alex", "Lotte", "Mette"])
        #expect(early.codes == ["Absence", "Low motivation"])

        // Signals = Early signs + Home (Family stress: s6, s12). Distinct segments 4 + 2 = 6;
        // code mentions 3 + 2 + 2 = 7; participants Alex, Lotte, Mette, Dagmar = 4 (sum of
        // the codes' counts would be 3 + 1 + 2 = 6); transcripts 3.
        let signals = try #require(result.theme(named: "Signals"))
        #expect(signals.mentions == 6)
        #expect(signals.codeMentions == 7)
        #expect(signals.participantCount == 4)
        #expect(signals.transcriptCount == 3)
        // Per participant, distinct segments: Alex turn 2 and turn 6 → 2; Lotte s6, s8 → 2;
        // Mette s10 → 1; Dagmar s12 → 1.
        #expect(signals.participants.map(\.mentions) == [2, 2, 1, 1])

        // Programme = Warm group + Short lines + Transport: s3, s4 (different quotes, two
        // segments), s7, s11, s13 → 5; participants Alex, Lotte, Mette, Dagmar = 4 (2 + 3 summed
        // would be 5). Per participant: Alex s3, s4 → 2; Lotte s7 → 1; Mette s11, s13 → 2; Dagmar s11 → 1.
        let programme = try #require(result.theme(named: "Programme"))
        #expect(programme.mentions == 5)
        #expect(programme.codeMentions == 5)
        #expect(programme.participantCount == 4)
        #expect(programme.participants.map(\.mentions) == [2, 1, 2, 1])

        let general = try #require(result.theme(named: "General"))
        #expect(general.mentions == 1 && !general.isReported)
    }

    @Test("The outline lists each theme, its own codes, then its subthemes with their codes")
    func outline() throws {
        let result = try FrequencyFixture.frequencies()
        #expect(
            result.outline == [
                .theme(0), .subtheme(0), .code(0), .code(1), .subtheme(1), .code(2), .theme(1), .code(3), .code(4),
                .code(5), .theme(2), .code(6),
            ])
    }

    @Test("Quotes available per code, with participant and turn")
    func quotes() throws {
        let result = try FrequencyFixture.frequencies()
        let warm = try #require(result.code(named: "Warm group"))
        #expect(
            warm.quotes.map(\.text) == [
                "De groep was warm en iedereen hielp elkaar.", "De sfeer in de groep was fijn.",
            ])
        #expect(warm.quotes.map(\.participants) == [["Alex"], ["Lotte"]])
        #expect(warm.quotes.map(\.turns) == [4...4, 2...2])
        let study = try FrequencyFixture.load()
        let quote = warm.quotes[0]
        #expect(study.transcript(quote.transcript)?.text(of: quote.range) == quote.text)
        // Codings without a quote offer none: Absence has no quotes.
        #expect(result.code(named: "Absence")?.quotes.isEmpty == true)
    }

    @Test("Counts hold together: themes between their largest code and the sum, matrix rows add up")
    func properties() throws {
        let result = try FrequencyFixture.frequencies()
        for theme in result.themes + result.subthemes {
            let codes = theme.codes.compactMap { result.code(named: $0) }
            let largest = codes.map(\.participantCount).max() ?? 0
            #expect(theme.participantCount >= largest)
            #expect(
                theme.participantCount <= min(codes.reduce(0) { $0 + $1.participantCount }, result.participants.count))
            #expect(theme.mentions <= theme.codeMentions)
            #expect(theme.mentions >= (codes.map(\.mentions).max() ?? 0))
            #expect(theme.participantCount == theme.participants.count)
        }
        for code in result.allCodes {
            #expect(code.participantCount == code.participants.count)
            // A segment is in at least one participant's turns, so the row adds up to at least the mentions.
            #expect(code.participants.reduce(0) { $0 + $1.mentions } >= code.mentions)
            #expect(code.participants.allSatisfy { $0.mentions > 0 })
        }
    }
}
