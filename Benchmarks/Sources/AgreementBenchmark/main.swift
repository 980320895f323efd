import QDAKit
import StudyGenerator

// Two coders, 1,000,000 participant-turn units (1,000 transcripts × 1,000 turns), 60 codes.
// Each coder marks each code on about 2% of the units; the second coder agrees with the first
// on about 70% of those. Times the three stages of `qda agree` after loading: laying out the
// units, filling the coding matrix from the codings, and computing every statistic.

let transcriptCount = 1_000
let turnsPerTranscript = 1_000
let codeCount = 60
let codes = (0..<codeCount).map { "Code \($0)" }
let coders: [CoderID] = ["anna", "bram"]
var generator = SplitMix64(seed: 2024)

var transcripts: [Transcript] = []
var codings: [Coding] = []
let parser = TranscriptParser(interviewerLabels: ["Interviewer"])
for t in 0..<transcriptCount {
    let id = TranscriptID(rawValue: "t\(t)")
    var text = ""
    for number in 1...turnsPerTranscript { text += "P\(t): Dit is beurt \(number) van de deelnemer, over school.\n" }
    guard let transcript = parser.parse(text, path: "t\(t).txt").transcript else { fatalError("no transcript") }
    precondition(transcript.participantTurns.count == turnsPerTranscript)
    for turn in transcript.turns {
        let range = turn.range.lowerBound..<(turn.range.lowerBound + 10)
        for code in codes where Double.random(in: 0..<1, using: &generator) < 0.02 {
            codings.append(
                Coding(transcript: id, coder: "anna", code: code, turns: turn.number...turn.number, range: range))
            if Double.random(in: 0..<1, using: &generator) < 0.7 {
                codings.append(
                    Coding(transcript: id, coder: "bram", code: code, turns: turn.number...turn.number, range: range))
            }
        }
        if Double.random(in: 0..<1, using: &generator) < 0.006 {
            let code = codes[Int.random(in: 0..<codeCount, using: &generator)]
            codings.append(
                Coding(transcript: id, coder: "bram", code: code, turns: turn.number...turn.number, range: range))
        }
    }
    transcripts.append(transcript)
}
let coded = Dictionary(uniqueKeysWithValues: coders.map { ($0, Set(transcripts.map(\.id))) })

func time<T>(_ label: String, runs: Int = 5, _ body: () -> T) -> T {
    var result: T? = nil
    var best = Duration.seconds(1000)
    var total = Duration.zero
    for _ in 0..<runs {
        let clock = ContinuousClock()
        let start = clock.now
        result = body()
        let elapsed = clock.now - start
        best = min(best, elapsed)
        total += elapsed
    }
    func ms(_ duration: Duration) -> String {
        let value = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        return String(Int(value.rounded())) + " ms"
    }
    print("\(label): best \(ms(best)), mean \(ms(total / runs)) over \(runs) runs")
    return result!
}

print("units: \(transcriptCount * turnsPerTranscript), codes: \(codeCount), codings: \(codings.count)")
let layout = time("unit layout") { UnitLayout(transcripts: transcripts, kind: .turn) }
let matrix = time("coding matrix") {
    CodingMatrix.build(layout: layout, coders: coders, codes: codes, codings: codings, coded: coded)
}
let statistics = time("statistics (60 codes, pooled κ with jackknife, mean κ, α)") {
    AgreementStatistics.compute(matrix)
}
_ = time("all three stages") {
    let layout = UnitLayout(transcripts: transcripts, kind: .turn)
    let matrix = CodingMatrix.build(layout: layout, coders: coders, codes: codes, codings: codings, coded: coded)
    return AgreementStatistics.compute(matrix)
}
print(
    "pooled κ = \(statistics.pooled?.kappa.value ?? .nan), applications agreed \(statistics.applications.agreed) of \(statistics.applications.agreed + statistics.applications.disputed)"
)
