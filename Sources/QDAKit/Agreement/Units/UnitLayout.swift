/// Where one agreement unit is: its transcript, turn, and place within the turn.
public struct UnitLocation: Hashable, Sendable, Codable {
    /// The transcript.
    public var transcript: TranscriptID
    /// The participant turn's number, or `nil` for a whole-transcript unit.
    public var turn: Int?
    /// The paragraph or sentence number within the turn (from 1), if the unit is one.
    public var part: Int?
    /// The unit's text in the transcript file: code-point offsets, end exclusive.
    public var range: Range<Int>

    /// Creates a location.
    public init(transcript: TranscriptID, turn: Int?, part: Int? = nil, range: Range<Int>) {
        self.transcript = transcript
        self.turn = turn
        self.part = part
        self.range = range
    }
}

/// The units of a comparison, numbered 0..<N over the compared transcripts in order, and the
/// stretches of transcript text each unit covers.
///
/// A coding marks a unit when its code-point range overlaps the unit's text. Interviewer turns
/// belong to no unit, so a coding of an interviewer turn marks nothing. With the `character`
/// unit every code point of a participant turn is a unit; the units are then not listed one by
/// one but found through their turn.
public struct UnitLayout: Sendable {
    /// One stretch of transcript text that belongs to a unit (or, for characters, to a run of
    /// consecutive units).
    struct Segment: Sendable {
        var range: Range<Int>
        var firstUnit: Int
        var turn: Int
        var part: Int?
    }

    /// The kind of unit.
    public let kind: AgreementUnitKind
    /// The transcripts compared, in order.
    public let transcripts: [TranscriptID]
    /// The number of units, N.
    public private(set) var unitCount = 0
    /// Each unit's location; empty for the `character` unit (see ``location(of:)``).
    public private(set) var units: [UnitLocation] = []
    /// Per transcript, its segments ordered by position.
    var segments: [TranscriptID: [Segment]] = [:]

    /// Lays out the units of `transcripts`.
    public init(transcripts: [Transcript], kind: AgreementUnitKind) {
        self.kind = kind
        self.transcripts = transcripts.map(\.id)
        for transcript in transcripts {
            var list: [Segment] = []
            let turns = transcript.turns.indices.lazy.map { transcript.turns[$0] }
                .filter { !$0.isInterviewer && !$0.range.isEmpty }
            switch kind {
            case .transcript:
                guard !turns.isEmpty else { break }
                let unit = unitCount
                list = turns.map { Segment(range: $0.range, firstUnit: unit, turn: $0.number) }
                let whole = turns.first!.range.lowerBound..<turns.last!.range.upperBound
                units.append(UnitLocation(transcript: transcript.id, turn: nil, range: whole))
                unitCount += 1
            case .turn:
                for turn in turns {
                    list.append(Segment(range: turn.range, firstUnit: unitCount, turn: turn.number))
                    units.append(UnitLocation(transcript: transcript.id, turn: turn.number, range: turn.range))
                    unitCount += 1
                }
            case .paragraph, .sentence:
                for turn in turns {
                    for (number, range) in parts(of: turn, kind: kind).enumerated() {
                        list.append(Segment(range: range, firstUnit: unitCount, turn: turn.number, part: number + 1))
                        units.append(
                            UnitLocation(transcript: transcript.id, turn: turn.number, part: number + 1, range: range))
                        unitCount += 1
                    }
                }
            case .character:
                for turn in turns {
                    list.append(Segment(range: turn.range, firstUnit: unitCount, turn: turn.number))
                    unitCount += turn.range.count
                }
            }
            segments[transcript.id] = list
        }
    }

    private func parts(of turn: Turn, kind: AgreementUnitKind) -> [Range<Int>] {
        let paragraphs = turn.paragraphs.isEmpty ? [turn.range] : turn.paragraphs
        guard kind == .sentence else { return paragraphs.filter { !$0.isEmpty } }
        return paragraphs.flatMap { paragraph in
            SentenceSplitter.sentences(in: turn.substring(offsets: paragraph)).map {
                (paragraph.lowerBound + $0.lowerBound)..<(paragraph.lowerBound + $0.upperBound)
            }
        }
    }

    /// Calls `body` with every unit that the text range `range` of `transcript` overlaps, as a
    /// run of consecutive unit indices (a single unit except for characters).
    public func forEachUnit(overlapping range: Range<Int>, in transcript: TranscriptID, _ body: (Range<Int>) -> Void) {
        guard let list = segments[transcript] else { return }
        forEachUnit(overlapping: range, in: list, body)
    }

    /// ``forEachUnit(overlapping:in:_:)`` with the transcript's segments already looked up.
    func forEachUnit(overlapping range: Range<Int>, in list: [Segment], _ body: (Range<Int>) -> Void) {
        guard !range.isEmpty, !list.isEmpty else { return }
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle].range.upperBound <= range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var index = low
        var lastUnit = -1
        while index < list.count, list[index].range.lowerBound < range.upperBound {
            let segment = list[index]
            if segment.range.overlaps(range) {
                if kind == .character {
                    let lower = max(segment.range.lowerBound, range.lowerBound) - segment.range.lowerBound
                    let upper = min(segment.range.upperBound, range.upperBound) - segment.range.lowerBound
                    body((segment.firstUnit + lower)..<(segment.firstUnit + upper))
                } else if segment.firstUnit != lastUnit {
                    body(segment.firstUnit..<(segment.firstUnit + 1))
                    lastUnit = segment.firstUnit
                }
            }
            index += 1
        }
    }

    /// The location of unit `index`; for characters, the single code point.
    public func location(of index: Int) -> UnitLocation {
        if kind != .character { return units[index] }
        for transcript in transcripts {
            guard let list = segments[transcript], let last = list.last,
                index < last.firstUnit + last.range.count
            else { continue }
            var low = 0
            var high = list.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if list[middle].firstUnit <= index { low = middle } else { high = middle - 1 }
            }
            let segment = list[low]
            let offset = segment.range.lowerBound + index - segment.firstUnit
            return UnitLocation(transcript: transcript, turn: segment.turn, range: offset..<(offset + 1))
        }
        preconditionFailure("unit \(index) is outside the layout")
    }

    /// The units of `transcript`, as a range of unit indices.
    public func unitRange(of transcript: TranscriptID) -> Range<Int> {
        guard let list = segments[transcript], let first = list.first, let last = list.last else { return 0..<0 }
        let end = kind == .character ? last.firstUnit + last.range.count : last.firstUnit + 1
        return first.firstUnit..<end
    }
}
