import Foundation
import Testing

@testable import QDAKit

@Suite("Whose codings are counted")
struct CoderChoiceTests {
    @Test("The primary coder from qda.json; the other coder's transcripts are named, not counted")
    func primaryCoder() throws {
        let result = try FrequencyFixture.frequencies()
        let choice = result.coderChoice
        #expect(choice.coders == ["ann"])
        #expect(choice.basis == .primaryCoder)
        #expect(choice.countedTranscripts == ["01-alex", "02-lotte", "03-group"])
        // 01-alex was also coded by ben; 04-sam only by ben.
        #expect(choice.sources[0] == CoderChoice.Source(transcript: "01-alex", coder: "ann", otherCoders: ["ben"]))
        #expect(
            choice.uncountedTranscripts == [CoderChoice.Source(transcript: "04-sam", coder: nil, otherCoders: ["ben"])])
    }

    @Test("--coder ben counts ben's codings only")
    func namedCoder() throws {
        let result = try FrequencyFixture.frequencies(FrequencyOptions(coders: ["ben"]))
        #expect(result.coderChoice.basis == .option)
        #expect(result.transcripts == ["01-alex", "04-sam"])
        #expect(result.participants == ["Alex", "Sam"])
        // ben: Absence on 01 turn 2 (Alex) and 04 turn 2 (Sam); Warm group on 01 turn 4 (Alex).
        #expect(result.code(named: "Absence")?.mentions == 2)
        #expect(result.code(named: "Absence")?.participantIDs == ["Alex", "Sam"])
        #expect(result.code(named: "Warm group")?.mentions == 1)
        #expect(result.code(named: "Short lines")?.mentions == 0)
    }

    @Test("Several coders in order of preference: per transcript the first who coded it")
    func preferenceOrder() throws {
        let result = try FrequencyFixture.frequencies(FrequencyOptions(coders: ["ann", "ben"]))
        #expect(result.coderChoice.sources.map(\.coder) == ["ann", "ann", "ann", "ben"])
        #expect(result.participants == ["Alex", "Lotte", "Mette", "Dagmar", "Sam"])
        // ann's three Absence mentions plus ben's on 04-sam.
        #expect(result.code(named: "Absence")?.mentions == 4)
    }

    @Test("Several coders and none chosen is a usage error that lists them")
    func ambiguous() throws {
        let qdaJSON = #"{"codebook": "codebook.md", "private": ["age"]}"#
        #expect {
            try FrequencyFixture.frequencies(changing: ["qda.json": qdaJSON])
        } throws: { error in
            guard let error = error as? QDAError, case .usage(let message) = error else { return false }
            return message.contains("ann, ben") && message.contains("--coder")
        }
    }

    @Test("A single coder is used without being named")
    func onlyCoder() throws {
        let qdaJSON = #"{"codebook": "codebook.md"}"#
        let result = try FrequencyFixture.frequencies(
            changing: ["qda.json": qdaJSON, "codings/ben/01-alex.tsv": nil, "codings/ben/04-sam.tsv": nil])
        #expect(result.coderChoice.coders == ["ann"])
        #expect(result.coderChoice.basis == .onlyCoder)
    }

    @Test("An unknown coder is a usage error with a suggestion")
    func unknownCoder() throws {
        #expect {
            try FrequencyFixture.frequencies(FrequencyOptions(coders: ["anne"]))
        } throws: { error in
            guard let error = error as? QDAError, case .usage(let message) = error else { return false }
            return message.contains("`anne`") && message.contains("did you mean `ann`")
        }
    }

    @Test("A primary coder without codings is a data error pointing at qda.json")
    func missingPrimaryCoder() throws {
        let qdaJSON = #"{"codebook": "codebook.md", "primaryCoder": "zoe"}"#
        #expect {
            try FrequencyFixture.frequencies(changing: ["qda.json": qdaJSON])
        } throws: { error in
            guard let error = error as? QDAError, case .invalidData(let diagnostics) = error else { return false }
            return diagnostics.first?.location?.path.hasSuffix("qda.json") == true
                && diagnostics.first?.message.contains("zoe") == true
        }
    }

    @Test("A study without codings is a data error")
    func noCodings() throws {
        let study = Study(root: "empty")
        #expect(throws: QDAError.self) { try CodeFrequencies.compute(study) }
    }
}
