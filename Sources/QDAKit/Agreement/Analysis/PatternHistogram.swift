/// For one code and three or more coders: how many units have m coders who coded the unit and
/// x of them who marked the code, for every (m, x). Fleiss' κ and Krippendorff's α need no
/// more than these counts.
struct PatternHistogram: Hashable, Sendable {
    /// `counts[m][x]`.
    var counts: [[Int]]

    init(coders: Int) {
        counts = (0...coders).map { Array(repeating: 0, count: $0 + 1) }
    }

    static func + (lhs: PatternHistogram, rhs: PatternHistogram) -> PatternHistogram {
        var result = lhs
        for m in result.counts.indices {
            for x in result.counts[m].indices { result.counts[m][x] += rhs.counts[m][x] }
        }
        return result
    }

    /// Units (coded by at least two coders) on which every coder who coded it marked the code.
    var agreed: Int { counts.indices.dropFirst(2).reduce(0) { $0 + counts[$1][$1] } }

    /// Units (coded by at least two coders) on which some but not all marked the code.
    var disputed: Int {
        counts.indices.dropFirst(2).reduce(0) { total, m in total + counts[m][1..<m].reduce(0, +) }
    }

    /// Present/absent counts of the units every one of `raters` coders coded.
    func complete(raters: Int) -> RatingCounts {
        let row = counts[raters]
        return RatingCounts(
            rows: row.indices.map { [$0, raters - $0] }, categoryCount: 2, multiplicities: row.map { $0 })
    }

    /// Present/absent counts of every unit, missing coders left out.
    var all: RatingCounts {
        var rows: [[Int]] = []
        var weights: [Int] = []
        for m in counts.indices {
            for x in counts[m].indices where counts[m][x] > 0 {
                rows.append([x, m - x])
                weights.append(counts[m][x])
            }
        }
        return RatingCounts(rows: rows, categoryCount: 2, multiplicities: weights)
    }
}

extension AgreementStatistics {
    /// One histogram per code.
    static func multiRaterPatterns(_ matrix: CodingMatrix) -> [PatternHistogram] {
        let coders = matrix.coders.count
        var coverage = [UInt8](repeating: 0, count: matrix.unitCount)
        for bits in matrix.coverage { bits.forEach { coverage[$0] += 1 } }
        var baseline = PatternHistogram(coders: coders)
        for m in coverage { baseline.counts[Int(m)][0] += 1 }
        var marks = [UInt8](repeating: 0, count: matrix.unitCount)
        return matrix.codes.indices.map { code in
            var touched: [Int] = []
            for coder in 0..<coders {
                matrix.presence[coder][code].forEach { unit in
                    if marks[unit] == 0 { touched.append(unit) }
                    marks[unit] += 1
                }
            }
            var histogram = baseline
            for unit in touched {
                let m = Int(coverage[unit])
                histogram.counts[m][0] -= 1
                histogram.counts[m][Int(marks[unit])] += 1
                marks[unit] = 0
            }
            return histogram
        }
    }

    /// A group of codes as mutually exclusive categories over the units every coder coded.
    static func groupAgreement(_ matrix: CodingMatrix, name: String, source: GroupAgreement.Source, codes: [Int])
        -> GroupAgreement
    {
        let coders = matrix.coders.count
        var mask = matrix.coverage[0]
        for coder in 1..<coders { mask = mask.intersection(matrix.coverage[coder]) }
        let none = codes.count
        var categories = Array(repeating: [Int](repeating: none, count: matrix.unitCount), count: coders)
        var several = Array(repeating: 0, count: coders)
        for coder in 0..<coders {
            for (category, code) in codes.enumerated() {
                matrix.presence[coder][code].intersection(mask).forEach { unit in
                    if categories[coder][unit] == none {
                        categories[coder][unit] = category
                    } else if categories[coder][unit] >= 0 {
                        categories[coder][unit] = -1
                        several[coder] += 1
                    }
                }
            }
        }
        var group = GroupAgreement(
            name: name, source: source, codes: codes.map { matrix.codes[$0] }, units: mask.population,
            unitsWithSeveralCodes: several, table: nil, kappa: .undefined(.notMutuallyExclusive), cohen: nil,
            fleiss: nil, alpha: nil)
        guard group.isMutuallyExclusive else { return group }
        var ratings: [[Int]] = []
        var order: [[Int]: Int] = [:]
        var weights: [Int] = []
        var table = Array(repeating: Array(repeating: 0, count: none + 1), count: none + 1)
        mask.forEach { unit in
            var row = [Int](repeating: 0, count: none + 1)
            for coder in 0..<coders { row[categories[coder][unit]] += 1 }
            if let index = order[row] {
                weights[index] += 1
            } else {
                order[row] = ratings.count
                ratings.append(row)
                weights.append(1)
            }
            if coders == 2 { table[categories[0][unit]][categories[1][unit]] += 1 }
        }
        let counts = RatingCounts(rows: ratings, categoryCount: none + 1, multiplicities: weights)
        group.alpha = KrippendorffAlpha(nominal: counts)
        if coders == 2 {
            let contingency = ContingencyTable(table)
            let cohen = CohensKappa(contingency)
            group.table = contingency
            group.cohen = cohen
            group.kappa = cohen.kappa
        } else {
            let fleiss = FleissKappa(counts)
            group.fleiss = fleiss
            group.kappa = fleiss.kappa
        }
        return group
    }
}
