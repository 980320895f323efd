import Foundation
import QDAKit
import StudyGenerator

// `qda freq` on a generated study of 1,000 transcripts (about 53 MB) with 100,000 codings by one
// coder: 60 participant turns per transcript, whole-turn codings with one or two codes, a fifth
// of the codings quotes inside coded turns (so segments overlap), 66 codebook codes and 1% codes
// not in the codebook, one participant per transcript with a sector and a mode.
//
// Times loading the study (not part of the analysis), the one computation, and every output:
// Markdown with all tables, JSON, and each CSV table.
//
//   swift run -c release FrequencyBenchmark [study folder]
// The study is generated into the folder (default: a folder in the temporary directory) unless
// it is already there.

let root =
    CommandLine.arguments.dropFirst().first
    ?? FileManager.default.temporaryDirectory.appendingPathComponent("qdakit-freq-benchmark").path
if !FileManager.default.fileExists(atPath: root + "/codebook.md") {
    let summary = try StudyGenerator().write(to: root)
    print("generated \(root): \(summary.transcripts) transcripts, \(summary.rows) coding rows per coder")
}

func time<T>(_ label: String, runs: Int = 5, _ body: () throws -> T) rethrows -> T {
    var result: T? = nil
    var best = Duration.seconds(1000)
    var total = Duration.zero
    for _ in 0..<runs {
        let clock = ContinuousClock()
        let start = clock.now
        result = try body()
        let elapsed = clock.now - start
        best = min(best, elapsed)
        total += elapsed
    }
    func ms(_ duration: Duration) -> Int { Int(duration / .milliseconds(1)) }
    print("\(label): best \(ms(best)) ms, mean \(ms(total / runs)) ms")
    return result!
}

let study = try time("load the study", runs: 1) { try StudyLoader().load(root) }
print("  \(study.transcripts.count) transcripts, \(study.codings(of: "anna").count) codings")
let options = FrequencyOptions(attributes: ["sector", "mode"])
let frequencies = try time("compute") { try CodeFrequencies.compute(study, options: options) }
print(
    "  \(frequencies.participants.count) participants, \(frequencies.allCodes.count) codes, "
        + "\(frequencies.cooccurrences.count) co-occurring pairs")

let markdown = try time("Markdown, every table") {
    try FrequencyOutput.render(
        frequencies, settings: study.settings,
        rendering: FrequencyRendering(tables: FrequencyTable.allCases, cooccurrenceLimit: 0))
}
let json = try time("JSON") {
    try FrequencyOutput.render(frequencies, settings: study.settings, rendering: FrequencyRendering(format: .json))
}
let csv = try time("CSV, each table") {
    try FrequencyTable.allCases.map { table in
        try FrequencyOutput.render(
            frequencies, settings: study.settings, rendering: FrequencyRendering(format: .csv, tables: [table]))
    }
}
print(
    "  Markdown \(markdown.utf8.count / 1000) kB, JSON \(json.utf8.count / 1000) kB, CSV \(csv.map(\.utf8.count).reduce(0, +) / 1000) kB"
)
_ = try time("compute and every output") {
    let frequencies = try CodeFrequencies.compute(study, options: options)
    var outputs = [
        try FrequencyOutput.render(
            frequencies, settings: study.settings,
            rendering: FrequencyRendering(tables: FrequencyTable.allCases, cooccurrenceLimit: 0)),
        try FrequencyOutput.render(frequencies, settings: study.settings, rendering: FrequencyRendering(format: .json)),
    ]
    for table in FrequencyTable.allCases {
        outputs.append(
            try FrequencyOutput.render(
                frequencies, settings: study.settings, rendering: FrequencyRendering(format: .csv, tables: [table])))
    }
    return outputs
}
