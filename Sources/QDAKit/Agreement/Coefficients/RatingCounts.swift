/// Several coders' classifications of units, summarised per unit as the number of coders who
/// chose each category: `rows[u][k]` coders put unit u in category k. A coder who did not
/// code a unit simply adds to no count (missing data).
///
/// Identical rows can be stored once with a multiplicity, so a million units that fall into a
/// handful of patterns cost a handful of rows.
public struct RatingCounts: Hashable, Sendable, Codable {
    /// The number of categories.
    public var categoryCount: Int
    /// Per row, the count of ratings in each category.
    public var rows: [[Int]]
    /// Per row, how many units have exactly these counts.
    public var multiplicities: [Int]

    /// Creates rating counts; `multiplicities` defaults to one unit per row.
    ///
    /// - Precondition: every row has `categoryCount` non-negative counts.
    public init(rows: [[Int]], categoryCount: Int? = nil, multiplicities: [Int]? = nil) {
        let count = categoryCount ?? rows.first?.count ?? 0
        precondition(rows.allSatisfy { $0.count == count && $0.allSatisfy { $0 >= 0 } }, "bad rating counts")
        precondition(multiplicities == nil || multiplicities!.count == rows.count, "one multiplicity per row")
        self.categoryCount = count
        self.rows = rows
        self.multiplicities = multiplicities ?? Array(repeating: 1, count: rows.count)
    }

    /// Tallies raw ratings: `ratings[u]` holds each coder's category index for unit u, `nil`
    /// where the coder gave none.
    public init(ratings: [[Int?]], categoryCount: Int) {
        var tallies: [[Int]: Int] = [:]
        var order: [[Int]] = []
        for unit in ratings {
            var row = Array(repeating: 0, count: categoryCount)
            for case let value? in unit { row[value] += 1 }
            if tallies[row] == nil { order.append(row) }
            tallies[row, default: 0] += 1
        }
        self.init(rows: order, categoryCount: categoryCount, multiplicities: order.map { tallies[$0]! })
    }

    /// The number of units.
    public var unitCount: Int { multiplicities.reduce(0, +) }
}
