import Benchmark
import Foundation
import QDAKit
import StudyGenerator

// Wall time, CPU time, allocations and peak memory of each stage of the commands, with
// ordo-one/benchmark, on a generated study (StudyGenerator: Dutch interviews and focus groups,
// two coders with agreement 0.8, a codebook of 66 codes and one of 300 keyword rules).
//
//   cd Benchmarks && swift package benchmark
//   QDA_BENCHMARK_TRANSCRIPTS=1000 swift package benchmark --filter check
//
// The study has 100 transcripts (about 6 MB) unless QDA_BENCHMARK_TRANSCRIPTS says otherwise;
// it is generated once into the temporary folder and reused. The whole commands, with their
// I/O, are timed by Scripts/benchmark-scaling.sh on the release `qda` binary.

let transcriptCount = Int(ProcessInfo.processInfo.environment["QDA_BENCHMARK_TRANSCRIPTS"] ?? "") ?? 100

/// The study, generated on first use.
let studyRoot: String = {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("qdakit-benchmark-\(transcriptCount)").path
    if !FileManager.default.fileExists(atPath: root + "/codebook-300.md") {
        var configuration = StudyGenerator.Configuration()
        configuration.transcripts = transcriptCount
        _ = try! StudyGenerator(configuration: configuration).write(to: root)
    }
    return root
}()

/// The files' texts, read once, for timing the parsers without I/O.
let transcriptTexts: [(path: String, text: String)] = try! FileManager.default.contentsOfDirectory(atPath: studyRoot)
    .filter { $0.hasSuffix(".txt") }.sorted().map { name in
        let path = studyRoot + "/" + name
        return (path, try TextFile.read(path).text)
    }

let codingTexts: [(path: String, coder: CoderID, transcript: TranscriptID, text: String)] = {
    var files: [(String, CoderID, TranscriptID, String)] = []
    for coder in ["anna", "bram"] {
        let folder = studyRoot + "/codings/" + coder
        for name in (try! FileManager.default.contentsOfDirectory(atPath: folder)).sorted() {
            files.append(
                (
                    folder + "/" + name, CoderID(rawValue: coder), TranscriptID(rawValue: String(name.dropLast(4))),
                    try! TextFile.read(folder + "/" + name).text
                ))
        }
    }
    return files
}()

let study = try! StudyLoader().load(studyRoot)
let autocodeStudy = try! StudyLoader(options: .init(codebookPath: studyRoot + "/codebook-300.md")).load(studyRoot)

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .memoryLeaked, .peakMemoryResident],
        timeUnits: .milliseconds, warmupIterations: 1, maxDuration: .seconds(10), maxIterations: 10)

    Benchmark("Parse transcripts (\(transcriptCount))") { benchmark in
        let parser = TranscriptParser()
        for (path, text) in transcriptTexts { blackHole(parser.parse(text, path: path)) }
    }

    Benchmark("Parse coding files (\(transcriptCount) × 2 coders)") { benchmark in
        let transcripts = Dictionary(uniqueKeysWithValues: study.transcripts.map { ($0.id, $0) })
        let parser = CodingFileParser(resolver: study.codebook.map(CodeResolver.init))
        for file in codingTexts {
            blackHole(
                parser.parse(
                    file.text, path: file.path, coder: file.coder, transcript: transcripts[file.transcript],
                    transcriptID: file.transcript))
        }
    }

    Benchmark("Load study (read and parse every file)") { benchmark in
        blackHole(try StudyLoader().load(studyRoot))
    }

    Benchmark("check (on the loaded study, rendered)") { benchmark in
        blackHole(StudyChecker.check(study).rendered)
    }

    Benchmark("agree --coders anna,bram (on the loaded study, Markdown)") { benchmark in
        let report = try AgreementAnalysis.analyse(study, options: AgreementOptions(coders: ["anna", "bram"]))
        blackHole(Agreement.render(report, format: .markdown))
    }

    Benchmark("freq (on the loaded study, Markdown)") { benchmark in
        let frequencies = try CodeFrequencies.compute(study)
        blackHole(try FrequencyOutput.render(frequencies, settings: study.settings, rendering: FrequencyRendering()))
    }

    Benchmark("autocode, 300 rules (on the loaded study, coding files not written)") { benchmark in
        let (rules, _) = KeywordRules.compile(autocodeStudy.codebook!)
        let codings = AutoCoder.code(autocodeStudy, rules: rules, structural: nil)
        blackHole(AutoCoder.codingFile(codings))
    }

    Benchmark("report (on the loaded study, chapter built, not written)") { benchmark in
        blackHole(try ReportWriter.build(study: study, options: ReportOptions()).markdown)
    }

    Benchmark("SHA-256 of the transcripts") { benchmark in
        for (_, text) in transcriptTexts { blackHole(SHA256.hex(of: text.utf8)) }
    }
}
