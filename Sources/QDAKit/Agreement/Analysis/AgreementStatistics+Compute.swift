extension AgreementStatistics {
    /// Computes every statistic from `matrix`.
    ///
    /// - Parameters:
    ///   - matrix: who marked what; two or more coders.
    ///   - groups: code groups to try as mutually exclusive categories (name, source, indices
    ///     into `matrix.codes`).
    /// - Complexity: O(N · codes · coders / 64) word operations plus one step per marked unit,
    ///   and O(N) for the jackknife.
    public static func compute(
        _ matrix: CodingMatrix, groups: [(name: String, source: GroupAgreement.Source, codes: [Int])] = []
    ) -> AgreementStatistics {
        precondition(matrix.coders.count >= 2, "agreement needs at least two coders")
        let twoCoders = matrix.coders.count == 2
        var pairs: [PairAgreement] = []
        var pairTables: [[AgreementTable]] = []
        for first in 0..<matrix.coders.count {
            for second in (first + 1)..<matrix.coders.count {
                let (pair, tables) = pairAgreement(matrix, first, second)
                pairs.append(pair)
                pairTables.append(tables)
            }
        }
        let patterns = twoCoders ? nil : multiRaterPatterns(matrix)
        var codes: [CodeAgreement] = []
        for (index, code) in matrix.codes.enumerated() {
            let marked = matrix.presence.map { $0[index].population }
            if twoCoders {
                let statistics = TableStatistics(pairTables[0][index])
                codes.append(
                    CodeAgreement(
                        code: code, marked: marked, disputedUnits: statistics.table.disagreements,
                        twoCoders: statistics, fleiss: nil,
                        alpha: KrippendorffAlpha(
                            nominal: RatingCounts(
                                rows: [[2, 0], [1, 1], [0, 2]], categoryCount: 2,
                                multiplicities: [
                                    statistics.table.a, statistics.table.disagreements, statistics.table.d,
                                ]))))
            } else {
                let histogram = patterns![index]
                codes.append(
                    CodeAgreement(
                        code: code, marked: marked, disputedUnits: histogram.disputed, twoCoders: nil,
                        fleiss: FleissKappa(histogram.complete(raters: matrix.coders.count)),
                        alpha: KrippendorffAlpha(nominal: histogram.all)))
            }
        }
        let mean = meanKappa(codes)
        var statistics = AgreementStatistics(
            coders: matrix.coders, units: matrix.unitCount, codes: codes,
            applications: ApplicationAgreement(agreed: 0, disputed: 0), pooled: nil, mean: mean, fleiss: nil,
            alpha: KrippendorffAlpha(nominal: RatingCounts(rows: [], categoryCount: 2)), pairs: [], groups: [])
        if twoCoders {
            statistics.applications = pairs[0].applications
            statistics.pooled = pairs[0].pooled
            statistics.alpha = KrippendorffAlpha(nominal: pooledPattern(codes, pairTables[0]))
        } else {
            let used = codes.indices.filter { !codes[$0].isUnused }
            let agreed = used.reduce(0) { $0 + patterns![$1].agreed }
            let disputed = used.reduce(0) { $0 + patterns![$1].disputed }
            statistics.applications = ApplicationAgreement(agreed: agreed, disputed: disputed)
            let pooled = used.reduce(PatternHistogram(coders: matrix.coders.count)) { $0 + patterns![$1] }
            statistics.fleiss = FleissKappa(pooled.complete(raters: matrix.coders.count))
            statistics.alpha = KrippendorffAlpha(nominal: pooled.all)
            statistics.pairs = pairs
        }
        statistics.groups = groups.map { groupAgreement(matrix, name: $0.name, source: $0.source, codes: $0.codes) }
        return statistics
    }

    /// The mean of the defined per-code κ values, leaving out unused codes and undefined κ.
    static func meanKappa(_ codes: [CodeAgreement]) -> MeanKappa {
        var values: [Double] = []
        var excluded: [ExcludedCode] = []
        for code in codes {
            switch code.kappa {
            case .value(let value): values.append(value)
            case .undefined(let reason): excluded.append(ExcludedCode(code: code.code, reason: reason))
            }
        }
        let mean: Estimate =
            values.isEmpty ? .undefined(.codeNotUsed) : .value(values.reduce(0, +) / Double(values.count))
        return MeanKappa(mean: mean, codes: values.count, excluded: excluded)
    }

    /// The pooled present/absent patterns of all used codes, for α over all codes (two coders).
    static func pooledPattern(_ codes: [CodeAgreement], _ tables: [AgreementTable]) -> RatingCounts {
        let used = tables.enumerated().filter { !codes[$0.offset].isUnused }.map(\.element)
        let sum = used.reduce(AgreementTable(a: 0, b: 0, c: 0, d: 0), +)
        return RatingCounts(
            rows: [[2, 0], [1, 1], [0, 2]], categoryCount: 2, multiplicities: [sum.a, sum.b + sum.c, sum.d])
    }

    /// Two coders' per-code tables over the units both coded, their pooled κ (with per-unit
    /// contributions for the jackknife) and application agreement.
    static func pairAgreement(_ matrix: CodingMatrix, _ first: Int, _ second: Int) -> (PairAgreement, [AgreementTable])
    {
        let mask = matrix.coverage[first].intersection(matrix.coverage[second])
        let n = mask.population
        var tables: [AgreementTable] = []
        var unitA = [Int32](repeating: 0, count: matrix.unitCount)
        var unitB = [Int32](repeating: 0, count: matrix.unitCount)
        var unitC = [Int32](repeating: 0, count: matrix.unitCount)
        var usedCodes = 0
        var summed = AgreementTable(a: 0, b: 0, c: 0, d: 0)
        for code in matrix.codes.indices {
            let x = matrix.presence[first][code].words
            let y = matrix.presence[second][code].words
            let m = mask.words
            var a = 0
            var b = 0
            var c = 0
            for w in m.indices {
                let both = x[w] & y[w] & m[w]
                let onlyFirst = x[w] & ~y[w] & m[w]
                let onlySecond = ~x[w] & y[w] & m[w]
                a += both.nonzeroBitCount
                b += onlyFirst.nonzeroBitCount
                c += onlySecond.nonzeroBitCount
                if both | onlyFirst | onlySecond != 0 {
                    add(both, w, &unitA)
                    add(onlyFirst, w, &unitB)
                    add(onlySecond, w, &unitC)
                }
            }
            let table = AgreementTable(a: a, b: b, c: c, d: n - a - b - c)
            tables.append(table)
            if !table.isUnused {
                usedCodes += 1
                summed = summed + table
            }
        }
        var unitTables: [AgreementTable] = []
        unitTables.reserveCapacity(n)
        mask.forEach { unit in
            let a = Int(unitA[unit])
            let b = Int(unitB[unit])
            let c = Int(unitC[unit])
            unitTables.append(AgreementTable(a: a, b: b, c: c, d: usedCodes - a - b - c))
        }
        let pooled = PooledKappa(summed: summed, codes: usedCodes, unitTables: unitTables)
        let mean = meanKappa(
            tables.enumerated().map { index, table in
                CodeAgreement(
                    code: matrix.codes[index], marked: [table.firstMarked, table.secondMarked],
                    disputedUnits: table.disagreements, twoCoders: TableStatistics(table), fleiss: nil,
                    alpha: KrippendorffAlpha(nominal: RatingCounts(rows: [], categoryCount: 2)))
            })
        let pair = PairAgreement(
            first: matrix.coders[first], second: matrix.coders[second], units: n,
            applications: ApplicationAgreement(agreed: summed.a, disputed: summed.b + summed.c), pooled: pooled,
            mean: mean)
        return (pair, tables)
    }

    private static func add(_ word: UInt64, _ wordIndex: Int, _ counts: inout [Int32]) {
        var remaining = word
        while remaining != 0 {
            counts[wordIndex << 6 | remaining.trailingZeroBitCount] += 1
            remaining &= remaining - 1
        }
    }
}
