/// Two coders' classifications of the same units into the same k mutually exclusive
/// categories, as a k × k table of counts: `counts[i][j]` is the number of units the first
/// coder put in category i and the second coder in category j.
public struct ContingencyTable: Hashable, Sendable, Codable {
    /// The counts, rows for the first coder, columns for the second.
    public var counts: [[Int]]

    /// Creates a table from a square matrix of non-negative counts.
    ///
    /// - Precondition: `counts` is square and no count is negative.
    public init(_ counts: [[Int]]) {
        precondition(counts.allSatisfy { $0.count == counts.count }, "a contingency table must be square")
        precondition(counts.allSatisfy { $0.allSatisfy { $0 >= 0 } }, "counts must not be negative")
        self.counts = counts
    }

    /// Cross-tabulates paired classifications: `pairs[u]` is the first and second coder's
    /// category index for unit u, each in `0..<categories`.
    public init(pairs: [(Int, Int)], categories: Int) {
        var counts = Array(repeating: Array(repeating: 0, count: categories), count: categories)
        for (first, second) in pairs { counts[first][second] += 1 }
        self.init(counts)
    }

    /// The number of categories, k.
    public var categoryCount: Int { counts.count }

    /// The number of units, N.
    public var total: Int { counts.reduce(0) { $0 + $1.reduce(0, +) } }

    /// The first coder's marginal counts (row sums).
    public var rowTotals: [Int] { counts.map { $0.reduce(0, +) } }

    /// The second coder's marginal counts (column sums).
    public var columnTotals: [Int] {
        (0..<categoryCount).map { column in counts.reduce(0) { $0 + $1[column] } }
    }

    /// The number of units on which the coders agree (the diagonal).
    public var agreements: Int { (0..<categoryCount).reduce(0) { $0 + counts[$1][$1] } }

    /// Observed agreement p_o = Σᵢ nᵢᵢ / N; undefined when N = 0.
    public var observedAgreement: Estimate {
        let n = total
        return n == 0 ? .undefined(.noUnits) : .value(Double(agreements) / Double(n))
    }

    /// Chance agreement under Cohen's model (each coder keeps their own marginal
    /// distribution): p_e = Σᵢ pᵢ. p.ᵢ (Cohen 1960, p. 40); undefined when N = 0.
    public var expectedAgreement: Estimate {
        let n = Double(total)
        guard n > 0 else { return .undefined(.noUnits) }
        let rows = rowTotals
        let columns = columnTotals
        let sum = (0..<categoryCount).reduce(0.0) { $0 + Double(rows[$1]) * Double(columns[$1]) }
        return .value(sum / (n * n))
    }
}
