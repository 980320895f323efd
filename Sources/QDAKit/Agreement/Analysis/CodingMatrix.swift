/// Which units each coder marked with each code, as one ``UnitBits`` per coder and code, and
/// which units each coder coded at all (units of transcripts the coder did not code are
/// missing, not "absent").
public struct CodingMatrix: Sendable {
    /// The number of units, N.
    public let unitCount: Int
    /// The coders, in the order given.
    public let coders: [CoderID]
    /// The codes compared, in report order.
    public let codes: [String]
    /// `presence[coder][code]`: the units that coder marked with that code.
    public private(set) var presence: [[UnitBits]]
    /// `coverage[coder]`: the units the coder coded (their transcripts' units).
    public private(set) var coverage: [UnitBits]

    /// An empty matrix in which every coder covers every unit.
    public init(unitCount: Int, coders: [CoderID], codes: [String]) {
        self.unitCount = unitCount
        self.coders = coders
        self.codes = codes
        let empty = UnitBits(count: unitCount)
        presence = Array(repeating: Array(repeating: empty, count: codes.count), count: coders.count)
        var all = empty
        all.insert(0..<unitCount)
        coverage = Array(repeating: all, count: coders.count)
    }

    /// Marks `units` with code number `code` for coder number `coder`.
    public mutating func mark(coder: Int, code: Int, units: Range<Int>) {
        if units.count == 1 {
            presence[coder][code].insert(units.lowerBound)
        } else {
            presence[coder][code].insert(units)
        }
    }

    /// Sets the units coder number `coder` coded.
    public mutating func setCoverage(coder: Int, units: UnitBits) {
        precondition(units.count == unitCount)
        coverage[coder] = units
    }

    /// Fills a matrix from codings: each coding marks the units its range overlaps.
    /// Codings of other coders, of codes not in `codes` or of transcripts outside the layout
    /// are ignored.
    public static func build(
        layout: UnitLayout, coders: [CoderID], codes: [String], codings: [Coding],
        coded: [CoderID: Set<TranscriptID>]
    ) -> CodingMatrix {
        var matrix = CodingMatrix(unitCount: layout.unitCount, coders: coders, codes: codes)
        let coderIndex = Dictionary(uniqueKeysWithValues: coders.enumerated().map { ($1, $0) })
        let codeIndex = Dictionary(codes.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var lastTranscript: TranscriptID? = nil
        var segments: [UnitLayout.Segment] = []
        for coding in codings {
            guard let code = codeIndex[coding.code], let coder = coderIndex[coding.coder] else { continue }
            if coding.transcript != lastTranscript {
                lastTranscript = coding.transcript
                segments = layout.segments[coding.transcript] ?? []
            }
            layout.forEachUnit(overlapping: coding.range, in: segments) { units in
                matrix.mark(coder: coder, code: code, units: units)
            }
        }
        for (index, coder) in coders.enumerated() {
            var covered = UnitBits(count: layout.unitCount)
            for transcript in layout.transcripts where coded[coder]?.contains(transcript) == true {
                covered.insert(layout.unitRange(of: transcript))
            }
            matrix.setCoverage(coder: index, units: covered)
        }
        return matrix
    }
}
