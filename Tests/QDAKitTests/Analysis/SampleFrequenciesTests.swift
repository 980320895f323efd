import Foundation
import Testing

@testable import QDAKit

/// Frequencies of the shipped sample study, checked by hand against its coding files
/// (`SampleTranscripts/codings/anna/*.tsv`, rows found with `grep`) and `participants.csv`.
@Suite("Frequencies of the sample study")
struct SampleFrequenciesTests {
    static func frequencies(_ options: FrequencyOptions = FrequencyOptions(attributes: ["sector"])) throws
        -> CodeFrequencies
    {
        let study = try StudyLoader().load(TestSupport.sampleStudy.path)
        return try CodeFrequencies.compute(study, options: options)
    }

    @Test("anna (primaryCoder in qda.json) is counted in all ten transcripts; bram's two are named")
    func coder() throws {
        let result = try Self.frequencies()
        #expect(result.coderChoice.coders == ["anna"] && result.coderChoice.basis == .primaryCoder)
        #expect(result.transcripts.count == 10 && result.participants.count == 10)
        #expect(
            result.coderChoice.sources.filter { $0.otherCoders == ["bram"] }.map(\.transcript) == [
                "03-noa", "07-charlie",
            ])
    }

    @Test("Ouderbetrokkenheid: 6 professionals, 9 mentions")
    func ouderbetrokkenheid() throws {
        // anna's rows: 01-bo turns 34 and 44; 03-noa 46; 04-kim 46 and 48; 05-jamie 44; 08-jesse 42;
        // 10-kai 24 and 36 → Bo 2, Noa 1, Kim 2, Jamie 1, Jesse 1, Kai 2.
        let code = try #require(try Self.frequencies().code(named: "Ouderbetrokkenheid"))
        #expect(code.mentions == 9)
        #expect(code.participants.map(\.participant) == ["Bo", "Noa", "Kim", "Jamie", "Jesse", "Kai"])
        #expect(code.participants.map(\.mentions) == [2, 1, 2, 1, 1, 2])
        // Sectors: Noa, Jesse, Kai gemeente (3 of 3); Bo, Kim onderwijs (2 of 4); Jamie zorg (1 of 3).
        let sector = try #require(code.byAttribute.first)
        #expect(sector.groups.map(\.group) == ["gemeente", "onderwijs", "zorg"])
        #expect(sector.groups.map(\.participants) == [3, 2, 1])
        #expect(sector.groups.map(\.size) == [3, 4, 3])
    }

    @Test("Warme en veilige groepsdynamiek: 7 professionals, 10 mentions")
    func warmeGroepsdynamiek() throws {
        // 01-bo 20, 44; 03-noa 48; 04-kim 50; 05-jamie 42, 52; 07-charlie 30; 08-jesse 34, 38; 09-jip 42.
        let code = try #require(try Self.frequencies().code(named: "Warme en veilige groepsdynamiek"))
        #expect(code.mentions == 10)
        #expect(code.participantIDs == ["Bo", "Noa", "Kim", "Jamie", "Charlie", "Jesse", "Jip"])
        // gemeente: Noa, Jesse (2 of 3); onderwijs: Bo, Kim, Jip (3 of 4); zorg: Jamie, Charlie (2 of 3).
        #expect(code.byAttribute.first?.groups.map(\.participants) == [2, 3, 2])
    }

    @Test("Beperkte tussentijdse communicatie en verslaglegging: 5 professionals, 9 mentions")
    func beperkteCommunicatie() throws {
        // 02-mika 34; 03-noa 30, 36, 40; 06-quinn 28, 30; 07-charlie 26; 09-jip 34, 38.
        let code = try #require(
            try Self.frequencies().code(named: "Beperkte tussentijdse communicatie en verslaglegging"))
        #expect(code.mentions == 9)
        #expect(code.participants.map(\.mentions) == [1, 3, 2, 1, 2])
        #expect(code.participantIDs == ["Mika", "Noa", "Quinn", "Charlie", "Jip"])
    }

    @Test("bram's draft names are counted as the final codes they became")
    func bramThroughAliases() throws {
        // bram wrote "Geen tussenrapportage ontvangen" (03-noa 30, 34, 36) and "Tussenverslag voegt
        // weinig toe" (03-noa 40, 07-charlie 26): both aliases of the final code → 5 mentions, Noa and Charlie.
        let result = try Self.frequencies(FrequencyOptions(coders: ["bram"]))
        let code = try #require(result.code(named: "Beperkte tussentijdse communicatie en verslaglegging"))
        #expect(code.mentions == 5)
        #expect(code.participantIDs == ["Noa", "Charlie"])
        #expect(result.candidateCodes.allSatisfy { $0.code != "Geen tussenrapportage ontvangen" })
    }

    @Test("A candidate code and a co-occurrence from the same row")
    func candidatesAndCooccurrence() throws {
        let result = try Self.frequencies()
        // Wachtlijsten in de jeugdzorg is not in the codebook: 02-mika 32, 05-jamie 26 and 46, 07-charlie 20.
        let waiting = try #require(result.candidateCodes.first { $0.code == "Wachtlijsten in de jeugdzorg" })
        #expect(waiting.mentions == 4 && waiting.participantIDs == ["Mika", "Jamie", "Charlie"])
        // 01-bo turn 34 codes Ouderbetrokkenheid (9 mentions) and Beter begrepen door ouders (3) on one
        // segment: n12 = 1, c = 1 / (9 + 3 − 1) = 1/11.
        let pair = try #require(
            result.cooccurrences.first { $0.code1 == "Ouderbetrokkenheid" && $0.code2 == "Beter begrepen door ouders" })
        #expect(pair.n1 == 9 && pair.n2 == 3 && pair.n12 == 1)
        #expect(abs(pair.coefficient - 1.0 / 11) < 1e-12)
    }

    @Test("Saturation follows the interview dates")
    func saturation() throws {
        let saturation = try Self.frequencies().saturation
        #expect(saturation.order == .date)
        #expect(saturation.steps.map(\.transcript.rawValue).first == "01-bo")
        #expect(saturation.steps.last?.cumulative == (try Self.frequencies().allCodes.filter { $0.mentions > 0 }.count))
    }
}
