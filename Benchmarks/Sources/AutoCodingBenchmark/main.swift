// Auto-coding 1,000 generated transcripts (about 60 MB) with 300 keyword rules.
//
// The corpus and codebook are generated deterministically (a fixed-seed generator), parsed
// once, and then auto-coded several times; the best and median wall-clock times are printed.
import Foundation
import QDAKit
import StudyGenerator

let arguments = CommandLine.arguments
let transcriptCount = arguments.count > 1 ? Int(arguments[1]) ?? 1000 : 1000
let ruleCount = arguments.count > 2 ? Int(arguments[2]) ?? 300 : 300
let repetitions = Int(ProcessInfo.processInfo.environment["QDA_BENCH_REPEAT"] ?? "") ?? 5
var random = SplitMix64(seed: 42)

let common = """
    de het een en van ik je dat die in is niet op te zijn er maar met als voor dan ook wel nog al bij
    naar om wat was heel echt gewoon eigenlijk jongere jongeren school ouders traject begeleider groep
    week dag keer contact gesprek mentor leerling student thuis gemeente verwijzer programma samen
    """.split(whereSeparator: \.isWhitespace).map(String.init)
let accented = ["één", "geïsoleerd", "oriëntatie", "reünie", "café", "coördinator", "ideeën", "financiële"]
let letters = Array("abcdefghijklmnopqrstuvwxyz")

@MainActor func word() -> String {
    String((0..<Int.random(in: 6...11, using: &random)).map { _ in letters.randomElement(using: &random)! })
}

// Content words: 20,000 of them, of which keywords are drawn from the first 4,000, so that a
// keyword matches about as often as in real interviews (roughly one coding per turn).
let vocabulary = (0..<20_000).map { _ in word() }
let keywordVocabulary = Array(vocabulary.prefix(4000))

// The codebook: 300 codes with 3–5 keywords each (words, word starts, phrases, an exclusion).
var codebookLines = ["# Benchmark", "", "## Thema", ""]
for index in 0..<ruleCount {
    var keywords: [String] = []
    for _ in 0..<Int.random(in: 3...5, using: &random) {
        let kind = Int.random(in: 0..<10, using: &random)
        let base = keywordVocabulary.randomElement(using: &random)!
        switch kind {
        case 0...4: keywords.append(base)
        case 5...6: keywords.append(String(base.prefix(5)) + "*")
        case 7...8: keywords.append("\"\(base) \(common.randomElement(using: &random)!)\"")
        default: keywords.append("-" + keywordVocabulary.randomElement(using: &random)!)
        }
    }
    codebookLines += [
        "#### Code \(index + 1)", "origin: deductive", "keywords: " + keywords.joined(separator: "; "), "",
    ]
}
let codebook = CodebookMarkdown.parse(codebookLines.joined(separator: "\n"), path: "benchmark.md").codebook

// The transcripts: about 60 KB each, interviewer questions and long participant answers.
@MainActor func sentence() -> String {
    let length = Int.random(in: 8...20, using: &random)
    var words: [String] = []
    for _ in 0..<length {
        let pick = Int.random(in: 0..<100, using: &random)
        if pick < 70 {
            words.append(common.randomElement(using: &random)!)
        } else if pick < 72 {
            words.append(accented.randomElement(using: &random)!)
        } else {
            words.append(vocabulary.randomElement(using: &random)!)
        }
    }
    let text = words.joined(separator: " ")
    return text.prefix(1).uppercased() + text.dropFirst() + "."
}

let setupStart = ContinuousClock().now
let parser = TranscriptParser()
var transcripts: [Transcript] = []
var bytes = 0
for index in 0..<transcriptCount {
    var lines = ["---", "participant: P\(index)", "---"]
    var size = 0
    var turn = 0
    while size < 60_000 {
        let text: String
        if turn % 2 == 0 {
            text = "Interviewer: " + sentence().dropLast() + "?"
        } else {
            var answer = "P\(index): "
            for line in 0..<Int.random(in: 4...12, using: &random) {
                answer += sentence() + (line % 4 == 3 ? "\n" : " ")
            }
            text = answer
        }
        lines.append(text)
        size += text.utf8.count + 1
        turn += 1
    }
    let text = lines.joined(separator: "\n") + "\n"
    bytes += text.utf8.count
    guard let transcript = parser.parse(text, path: "\(index).txt").transcript else { fatalError("parse failed") }
    transcripts.append(transcript)
}
let study = Study(root: "benchmark", transcripts: transcripts, codebook: codebook)
print("generated and parsed the corpus in \(ContinuousClock().now - setupStart)")

let clock = ContinuousClock()
var compileTime = Duration.zero
var rules: KeywordRules!
for _ in 0..<repetitions {
    let start = clock.now
    let (compiled, diagnostics) = KeywordRules.compile(codebook)
    compileTime = min(compileTime == .zero ? .seconds(1000) : compileTime, clock.now - start)
    precondition(!diagnostics.contains { $0.severity == .error }, "bad generated keywords: \(diagnostics)")
    rules = compiled
}
/// CPU seconds used by the process so far (all threads, user and system).
func cpuSeconds() -> Double {
    var usage = rusage()
    #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
        getrusage(RUSAGE_SELF, &usage)
    #endif
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1_000_000
}

var times: [Duration] = []
var cpu: [Double] = []
var codingCount = 0
for _ in 0..<repetitions {
    let start = clock.now
    let cpuStart = cpuSeconds()
    let codings = AutoCoder.code(study, rules: rules, structural: nil)
    times.append(clock.now - start)
    cpu.append(cpuSeconds() - cpuStart)
    codingCount = codings.count
}
cpu.sort()
times.sort()
func ms(_ duration: Duration) -> String {
    String(
        format: "%.0f ms", Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15)
}
let turns = transcripts.reduce(0) { $0 + $1.participantTurns.count }
print(
    "corpus: \(transcriptCount) transcripts, \(String(format: "%.1f", Double(bytes) / 1_000_000)) MB, \(turns) participant turns"
)
print(
    "rules: \(rules.rules.count) codes, \(codebook.codes.reduce(0) { $0 + $1.keywords.count }) keywords; compiled in \(ms(compileTime))"
)
print(
    "auto-coding: best \(ms(times[0])), median \(ms(times[times.count / 2])) over \(repetitions) runs; \(codingCount) codings"
)
print(
    "CPU time (all threads): best \(String(format: "%.0f ms", cpu[0] * 1000)), median \(String(format: "%.0f ms", cpu[cpu.count / 2] * 1000)); load average when done: \((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8).split(separator: " ").first.map(String.init)) ?? "?")"
)

// Where the time goes, single-threaded (set QDA_BENCH_PARTS=1).
if ProcessInfo.processInfo.environment["QDA_BENCH_PARTS"] != nil {
    let texts = transcripts.flatMap { $0.participantTurns.map(\.text) }
    var start = clock.now
    var total = 0
    for text in texts { total += text.utf8.count }
    print("texts: \(total) bytes in \(texts.count) turns")
    start = clock.now
    var utf8Count = 0
    for text in texts {
        var copy = text
        copy.withUTF8 { utf8Count += $0.count }
    }
    print("withUTF8 only: \(clock.now - start) (\(utf8Count))")
    var scalarsCount = 0
    start = clock.now
    for text in texts { for _ in text.unicodeScalars { scalarsCount += 1 } }
    print("scalar iteration: \(clock.now - start)")
}
