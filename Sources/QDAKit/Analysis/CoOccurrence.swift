/// How often two codes are applied to the same or overlapping passages.
///
/// Two codes co-occur where a segment of one overlaps a segment of the other in the same
/// transcript (sharing at least one character; identical segments included). Counting is in
/// *passages*: within one transcript, segments of the two codes that overlap, directly or
/// through a chain of overlaps, form one passage.
/// - ``n12``: passages with both codes.
/// - ``n1``, ``n2``: passages with the first or the second code. When no segment of a code
///   overlaps another segment of the same code or is joined to one through the other code,
///   these equal the codes' mentions.
/// - ``coefficient``: the c-coefficient of ATLAS.ti, `n12 / (n1 + n2 − n12)`: the Jaccard
///   index over passages, 0 when the codes never meet and 1 when they always come together.
///   Counting in passages keeps it between 0 and 1 even when segments overlap several others.
public struct CoOccurrence: Hashable, Sendable, Codable {
    /// The first code (earlier in codebook order).
    public var code1: String
    /// The second code.
    public var code2: String
    /// Passages with the first code.
    public var n1: Int
    /// Passages with the second code.
    public var n2: Int
    /// Passages with both codes.
    public var n12: Int
    /// `n12 / (n1 + n2 − n12)`.
    public var coefficient: Double
    /// The transcripts in which the codes co-occur.
    public var transcripts: Int

    /// Creates a co-occurrence.
    public init(code1: String, code2: String, n1: Int, n2: Int, n12: Int, transcripts: Int) {
        self.code1 = code1
        self.code2 = code2
        self.n1 = n1
        self.n2 = n2
        self.n12 = n12
        self.coefficient = n1 + n2 - n12 > 0 ? Double(n12) / Double(n1 + n2 - n12) : 0
        self.transcripts = transcripts
    }
}

/// Accumulates co-occurrences transcript by transcript.
struct CoOccurrenceCounter {
    /// A coded segment of one transcript.
    struct Segment {
        var code: Int
        var start: Int
        var end: Int
    }

    private struct Tally {
        var n12 = 0
        var delta1 = 0
        var delta2 = 0
        var transcripts = 0
    }

    private let codeCount: Int
    /// Passages per code over all transcripts (segments merged when they overlap).
    private(set) var passages: [Int]
    private var tallies: [Int: Tally] = [:]

    init(codeCount: Int) {
        self.codeCount = codeCount
        passages = [Int](repeating: 0, count: codeCount)
    }

    /// Adds one transcript's segments, sorted by start then end.
    mutating func add(_ segments: [Segment]) {
        guard !segments.isEmpty else { return }
        var byCode: [Int: [Segment]] = [:]
        for segment in segments { byCode[segment.code, default: []].append(segment) }
        var ownPassages: [Int: Int] = [:]
        for (code, list) in byCode {
            let count = Self.mergePassages(list, []).first
            ownPassages[code] = count
            passages[code] += count
        }
        // Pairs of different codes whose segments overlap: sweep with the open segments.
        var pairs = Set<Int>()
        var open: [Segment] = []
        for segment in segments {
            open.removeAll { $0.end <= segment.start }
            for other in open where other.code != segment.code {
                pairs.insert(min(other.code, segment.code) * codeCount + max(other.code, segment.code))
            }
            open.append(segment)
        }
        for key in pairs {
            let (a, b) = (key / codeCount, key % codeCount)
            let (first, second, both) = Self.mergePassages(byCode[a]!, byCode[b]!)
            var tally = tallies[key] ?? Tally()
            tally.n12 += both
            tally.delta1 += first - ownPassages[a]!
            tally.delta2 += second - ownPassages[b]!
            tally.transcripts += 1
            tallies[key] = tally
        }
    }

    /// Merges two codes' sorted segments into passages and counts the passages with a
    /// segment of the first list, of the second, and of both.
    private static func mergePassages(_ a: [Segment], _ b: [Segment]) -> (first: Int, second: Int, both: Int) {
        var (i, j) = (0, 0)
        var (first, second, both) = (0, 0, 0)
        var end = Int.min
        var (hasA, hasB) = (false, false)
        func close() {
            if hasA { first += 1 }
            if hasB { second += 1 }
            if hasA && hasB { both += 1 }
        }
        while i < a.count || j < b.count {
            let takeA = j >= b.count || (i < a.count && a[i].start <= b[j].start)
            let segment = takeA ? a[i] : b[j]
            if segment.start >= end {
                close()
                (hasA, hasB) = (false, false)
                end = segment.end
            } else {
                end = max(end, segment.end)
            }
            if takeA {
                hasA = true
                i += 1
            } else {
                hasB = true
                j += 1
            }
        }
        close()
        return (first, second, both)
    }

    /// The co-occurring pairs, ordered by code index.
    func results(names: [String]) -> [CoOccurrence] {
        tallies.keys.sorted().map { key in
            let (a, b) = (key / codeCount, key % codeCount)
            let tally = tallies[key]!
            return CoOccurrence(
                code1: names[a], code2: names[b], n1: passages[a] + tally.delta1, n2: passages[b] + tally.delta2,
                n12: tally.n12, transcripts: tally.transcripts)
        }
    }
}
