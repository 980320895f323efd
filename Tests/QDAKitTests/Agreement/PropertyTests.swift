import Testing

@testable import QDAKit

@Suite("Agreement coefficients: properties")
struct PropertyTests {
    static let seeds: [UInt64] = [1, 2, 3, 42, 2024, 99_991]

    /// Random paired ratings: 40 units, 3 categories, coders agreeing about two thirds of the time.
    static func pairs(seed: UInt64) -> [(Int, Int)] {
        var generator = SeededGenerator(state: seed)
        return (0..<40).map { _ in
            let first = Int.random(in: 0..<3, using: &generator)
            let second =
                Int.random(in: 0..<3, using: &generator) == 0 ? Int.random(in: 0..<3, using: &generator) : first
            return (first, second)
        }
    }

    @Test("Swapping the coders changes no coefficient", arguments: seeds)
    func swapCoders(seed: UInt64) throws {
        let pairs = Self.pairs(seed: seed)
        let forward = CohensKappa(ContingencyTable(pairs: pairs, categories: 3))
        let backward = CohensKappa(ContingencyTable(pairs: pairs.map { ($0.1, $0.0) }, categories: 3))
        #expect(abs(try #require(forward.kappa.value) - (try #require(backward.kappa.value))) < 1e-12)
        #expect(abs(try #require(forward.standardError.value) - (try #require(backward.standardError.value))) < 1e-12)
        let binary = pairs.map { ($0.0 == 0 ? 0 : 1, $0.1 == 0 ? 0 : 1) }
        let table = ContingencyTable(pairs: binary, categories: 2).counts
        let one = TableStatistics(AgreementTable(a: table[0][0], b: table[0][1], c: table[1][0], d: table[1][1]))
        let other = TableStatistics(one.table.swapped)
        for (left, right) in [
            (one.kappa.kappa, other.kappa.kappa), (one.gwetAC1, other.gwetAC1), (one.pabak, other.pabak),
            (one.alpha, other.alpha), (one.positiveAgreement, other.positiveAgreement),
            (one.prevalenceIndex, other.prevalenceIndex),
        ] {
            #expect(abs(try #require(left.value) - (try #require(right.value))) < 1e-12)
        }
        #expect(one.biasIndex.value == other.biasIndex.value.map { -$0 })
        #expect(one.precision == other.recall)
        let alphaForward = KrippendorffAlpha(nominal: pairs.map { [$0.0, $0.1] as [Int?] })
        let alphaBackward = KrippendorffAlpha(nominal: pairs.map { [$0.1, $0.0] as [Int?] })
        #expect(abs(try #require(alphaForward.alpha.value) - (try #require(alphaBackward.alpha.value))) < 1e-12)
    }

    @Test("Permuting the units changes no coefficient", arguments: seeds)
    func permuteUnits(seed: UInt64) throws {
        let pairs = Self.pairs(seed: seed)
        var generator = SeededGenerator(state: seed &+ 7)
        let shuffled = pairs.shuffled(using: &generator)
        let kappa = CohensKappa(ContingencyTable(pairs: pairs, categories: 3))
        let again = CohensKappa(ContingencyTable(pairs: shuffled, categories: 3))
        #expect(kappa == again)
        let alpha = KrippendorffAlpha(nominal: pairs.map { [$0.0, $0.1] as [Int?] })
        let alphaAgain = KrippendorffAlpha(nominal: shuffled.map { [$0.0, $0.1] as [Int?] })
        #expect(abs(try #require(alpha.alpha.value) - (try #require(alphaAgain.alpha.value))) < 1e-12)
        let fleiss = FleissKappa(RatingCounts(ratings: pairs.map { [$0.0, $0.1, $0.0] }, categoryCount: 3))
        let fleissAgain = FleissKappa(RatingCounts(ratings: shuffled.map { [$0.0, $0.1, $0.0] }, categoryCount: 3))
        #expect(abs(try #require(fleiss.kappa.value) - (try #require(fleissAgain.kappa.value))) < 1e-12)
    }

    @Test("Identical codings give 1", arguments: seeds)
    func identical(seed: UInt64) throws {
        let values = Self.pairs(seed: seed).map(\.0)
        let kappa = CohensKappa(ContingencyTable(pairs: values.map { ($0, $0) }, categories: 3))
        #expect(kappa.kappa == .value(1))
        #expect(kappa.standardError.value == 0)
        #expect(GwetAC1.coefficient(ContingencyTable(pairs: values.map { ($0, $0) }, categories: 3)) == .value(1))
        #expect(KrippendorffAlpha(nominal: values.map { [$0, $0, $0] as [Int?] }).alpha == .value(1))
        #expect(FleissKappa(RatingCounts(ratings: values.map { [$0, $0, $0] }, categoryCount: 3)).kappa == .value(1))
        let table = TableStatistics(AgreementTable(a: 7, b: 0, c: 0, d: 33))
        for estimate in [
            table.kappa.kappa, table.percentAgreement, table.positiveAgreement, table.pabak, table.gwetAC1, table.alpha,
        ] {
            #expect(abs(try #require(estimate.value) - 1) < 1e-12)
        }
    }

    @Test("Degenerate inputs are undefined with a reason, never NaN")
    func degenerate() {
        let empty = TableStatistics(AgreementTable(a: 0, b: 0, c: 0, d: 0))
        #expect(empty.kappa.kappa == .undefined(.noUnits))
        #expect(empty.percentAgreement == .undefined(.noUnits))
        #expect(empty.gwetAC1 == .undefined(.noUnits))
        let unused = TableStatistics(AgreementTable(a: 0, b: 0, c: 0, d: 20))
        #expect(unused.kappa.kappa == .undefined(.codeNotUsed))
        #expect(unused.kappa.confidenceInterval == nil)
        #expect(unused.positiveAgreement == .undefined(.codeNotUsed))
        #expect(unused.gwetAC1 == .undefined(.codeNotUsed))
        #expect(unused.alpha == .undefined(.codeNotUsed))
        #expect(unused.percentAgreement == .value(1))
        // Everyone put everything in one category: p_e = 1.
        #expect(CohensKappa(ContingencyTable([[5, 0], [0, 0]])).kappa == .undefined(.noVariation))
        #expect(GwetAC1.coefficient(ContingencyTable([[5]])) == .undefined(.noVariation))
        #expect(FleissKappa(RatingCounts(rows: [[3, 0], [3, 0]])).kappa == .undefined(.noVariation))
        #expect(FleissKappa(RatingCounts(rows: [[2, 0], [3, 0]])).kappa == .undefined(.unequalRaters))
        #expect(FleissKappa(RatingCounts(rows: [], categoryCount: 2)).kappa == .undefined(.noUnits))
        #expect(KrippendorffAlpha(nominal: [[1, nil], [nil, 2]] as [[Int?]]).alpha == .undefined(.noPairableValues))
        #expect(KrippendorffAlpha(nominal: [[1, 1], [1, 1]] as [[Int?]]).alpha == .undefined(.noVariation))
        let pooled = PooledKappa(tables: [AgreementTable(a: 0, b: 0, c: 0, d: 3)], unitTables: [])
        #expect(pooled.kappa == .undefined(.codeNotUsed))
        for estimate in [empty.kappa.kappa, unused.kappa.kappa, empty.gwetAC1] {
            #expect(estimate.value == nil)
        }
    }

    @Test("An undefined estimate encodes its reason in words, not NaN")
    func undefinedJSON() {
        let json = JSONOutput.encode(AgreementTable(a: 0, b: 0, c: 0, d: 4).kappa)
        #expect(json.contains("\"undefined\" : \"codeNotUsed\""))
        #expect(json.contains("neither coder applied this code"))
        #expect(!json.contains("NaN"))
    }

    @Test("Pooled κ equals κ of the summed table; its jackknife SE shrinks with more units")
    func pooled() throws {
        let tables = [AgreementTable(a: 3, b: 1, c: 0, d: 6), AgreementTable(a: 2, b: 0, c: 2, d: 6)]
        let summed = tables[0] + tables[1]
        let pooled = PooledKappa(tables: tables, unitTables: Self.unitTables(tables))
        #expect(pooled.kappa == summed.kappa.kappa)
        let larger = PooledKappa(
            tables: tables.map { AgreementTable(a: $0.a * 4, b: $0.b * 4, c: $0.c * 4, d: $0.d * 4) },
            unitTables: Array(repeating: Self.unitTables(tables), count: 4).flatMap { $0 })
        #expect(try #require(larger.standardError.value) < (try #require(pooled.standardError.value)))
        #expect(pooled.kappa == larger.kappa)
    }

    /// Per-unit contributions for two codes over 10 units, consistent with the tables: code 1
    /// both on units 0–2, only first on 3; code 2 both on 4–5, only second on 6–7.
    static func unitTables(_ tables: [AgreementTable]) -> [AgreementTable] {
        (0..<10).map { unit in
            let a = (unit < 3 || unit == 4 || unit == 5) ? 1 : 0
            let b = unit == 3 ? 1 : 0
            let c = (unit == 6 || unit == 7) ? 1 : 0
            return AgreementTable(a: a, b: b, c: c, d: 2 - a - b - c)
        }
    }
}
