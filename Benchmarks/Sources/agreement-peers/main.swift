import Foundation
import QDAKit
import StudyGenerator

// The QDAKit side of the comparison with Python's agreement packages (Scripts/compare-agreement-peers.sh):
//
//   agreement-peers <folder>
//
// Makes the same coding matrix as AgreementBenchmark (1,000,000 units, 60 codes; anna marks
// each code on about 2% of the units, bram agrees with her on about 70% of hers and adds a few
// of his own) plus a third coder, chris (about 75%), deterministically; writes it to
// <folder>/units.bin for the Python script; times QDAKit's statistics on it (best of 5) and
// writes every figure the Python packages also compute to <folder>/qdakit.json.
//
// units.bin: "QDAU", then units, coders and codes as little-endian UInt32, then for each coder
// and each code the presence bits, 64 units per little-endian UInt64 (unit i is bit i % 64 of
// word i / 64), as QDAKit keeps them.

guard let folder = CommandLine.arguments.dropFirst().first else {
    FileHandle.standardError.write(Data("usage: agreement-peers <folder>\n".utf8))
    exit(64)
}
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)

let unitCount = 1_000_000
let codes = (0..<60).map { "Code \($0)" }
let coders: [CoderID] = ["anna", "bram", "chris"]
var generator = SplitMix64(seed: 2024)
var three = CodingMatrix(unitCount: unitCount, coders: coders, codes: codes)
for unit in 0..<unitCount {
    for code in codes.indices where Double.random(in: 0..<1, using: &generator) < 0.02 {
        three.mark(coder: 0, code: code, units: unit..<(unit + 1))
        if Double.random(in: 0..<1, using: &generator) < 0.7 {
            three.mark(coder: 1, code: code, units: unit..<(unit + 1))
        }
        if Double.random(in: 0..<1, using: &generator) < 0.75 {
            three.mark(coder: 2, code: code, units: unit..<(unit + 1))
        }
    }
    for coder in 1...2 where Double.random(in: 0..<1, using: &generator) < 0.006 {
        three.mark(coder: coder, code: Int.random(in: 0..<codes.count, using: &generator), units: unit..<(unit + 1))
    }
}
var two = CodingMatrix(unitCount: unitCount, coders: Array(coders.prefix(2)), codes: codes)
for coder in 0..<2 {
    for code in codes.indices {
        three.presence[coder][code].forEach { two.mark(coder: coder, code: code, units: $0..<($0 + 1)) }
    }
}

var data = Data("QDAU".utf8)
for value in [unitCount, coders.count, codes.count] {
    withUnsafeBytes(of: UInt32(value).littleEndian) { data.append(contentsOf: $0) }
}
for coder in coders.indices {
    for code in codes.indices {
        three.presence[coder][code].words.withUnsafeBufferPointer { words in
            for word in words { withUnsafeBytes(of: word.littleEndian) { data.append(contentsOf: $0) } }
        }
    }
}
try data.write(to: URL(fileURLWithPath: folder + "/units.bin"))

func best<T>(_ runs: Int = 5, _ body: () -> T) -> (T, Double) {
    var result: T? = nil
    var fastest = Double.infinity
    for _ in 0..<runs {
        let start = ContinuousClock.now
        result = body()
        fastest = min(fastest, Double((ContinuousClock.now - start) / .microseconds(1)) / 1e6)
    }
    return (result!, fastest)
}

// Everything `qda agree` computes from the matrix: per code the 2 × 2 table, κ with SE and CI,
// PABAK, AC1 and α; application agreement; pooled κ with its jackknife; mean κ; α over all codes.
let (twoCoders, twoSeconds) = best { AgreementStatistics.compute(two) }
// Three coders: per code Fleiss' κ and α, pairwise figures, Fleiss' κ and α over all codes.
let (threeCoders, threeSeconds) = best { AgreementStatistics.compute(three) }
// Only what the Python packages compute, for a like-for-like time: per code Cohen's κ and α
// (two coders) from the bits.
let (kappas, kappaSeconds) = best { () -> [(Double, Double)] in
    codes.indices.map { code in
        let x = two.presence[0][code].words
        let y = two.presence[1][code].words
        var (a, b, c) = (0, 0, 0)
        for index in x.indices {
            a += (x[index] & y[index]).nonzeroBitCount
            b += (x[index] & ~y[index]).nonzeroBitCount
            c += (~x[index] & y[index]).nonzeroBitCount
        }
        let statistics = TableStatistics(AgreementTable(a: a, b: b, c: c, d: unitCount - a - b - c))
        return (statistics.kappa.kappa.value ?? .nan, statistics.alpha.value ?? .nan)
    }
}

func values(_ estimates: [Estimate]) -> [Double] { estimates.map { $0.value ?? .nan } }
let output: [String: Any] = [
    "units": unitCount, "codes": codes.count,
    "cohen_kappa": values(twoCoders.codes.map(\.kappa)),
    "alpha_two_coders": values(twoCoders.codes.map(\.alpha.alpha)),
    "alpha_two_coders_all_codes": twoCoders.alpha.alpha.value ?? Double.nan,
    "fleiss_kappa": values(threeCoders.codes.map { $0.fleiss?.kappa ?? .undefined(.noUnits) }),
    "alpha_three_coders": values(threeCoders.codes.map(\.alpha.alpha)),
    "cohen_kappa_only": kappas.map(\.0), "alpha_only": kappas.map(\.1),
    "seconds": [
        "two_coders_everything": twoSeconds, "three_coders_everything": threeSeconds,
        "cohen_and_alpha_per_code": kappaSeconds,
    ],
]
try JSONSerialization.data(withJSONObject: output, options: [.prettyPrinted, .sortedKeys])
    .write(to: URL(fileURLWithPath: folder + "/qdakit.json"))
print(
    "QDAKit: two coders, every statistic \(Int(twoSeconds * 1000)) ms; three coders \(Int(threeSeconds * 1000)) ms; "
        + "per-code κ and α only \(Int(kappaSeconds * 1000)) ms")
