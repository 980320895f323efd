/// One code applied by one coder to one segment of a transcript.
///
/// A segment is a range of Unicode code points in the transcript file (end exclusive),
/// whatever file the coding came from, so codings from QDAKit coding files, worksheets and
/// REFI-QDA projects are compared on the same footing.
public struct Coding: Hashable, Sendable, Codable {
    /// The transcript coded.
    public var transcript: TranscriptID
    /// Who coded.
    public var coder: CoderID
    /// The code: its codebook name when the codebook knows it (also when the file used an
    /// identifier or a former name), else the name as written.
    public var code: String
    /// The code as written in the coding file.
    public var writtenCode: String
    /// The turns the coding names (`9-10` → 9...10).
    public var turns: ClosedRange<Int>
    /// The coded segment: code-point offsets in the transcript file, end exclusive.
    public var range: Range<Int>
    /// The quote as written in the coding file, if any.
    public var quote: String?
    /// The coder's memo, if any.
    public var memo: String?
    /// The row of the coding file the coding came from.
    public var location: SourceLocation?

    /// Creates a coding.
    public init(
        transcript: TranscriptID, coder: CoderID, code: String, writtenCode: String? = nil, turns: ClosedRange<Int>,
        range: Range<Int>, quote: String? = nil, memo: String? = nil, location: SourceLocation? = nil
    ) {
        self.transcript = transcript
        self.coder = coder
        self.code = code
        self.writtenCode = writtenCode ?? code
        self.turns = turns
        self.range = range
        self.quote = quote
        self.memo = memo
        self.location = location
    }

    /// Whether the two codings' segments share at least one character.
    public func overlaps(_ other: Coding) -> Bool {
        transcript == other.transcript && range.overlaps(other.range)
    }
}

/// The codings one coder made in one transcript, read from one coding file.
public struct CodingFile: Hashable, Sendable, Codable {
    /// The coder (the folder name under `codings/`).
    public var coder: CoderID
    /// The transcript (the file name without extension).
    public var transcript: TranscriptID
    /// The path of the file.
    public var path: String
    /// The codings, in file order.
    public var codings: [Coding]

    /// Creates a coding file.
    public init(coder: CoderID, transcript: TranscriptID, path: String, codings: [Coding]) {
        self.coder = coder
        self.transcript = transcript
        self.path = path
        self.codings = codings
    }
}
