/// A parsed transcript: its header and its numbered speaker turns.
public struct Transcript: Hashable, Sendable, Codable {
    /// The file stem, which names the transcript's coding files.
    public var id: TranscriptID
    /// The path the transcript was read from.
    public var path: String
    /// The header fields.
    public var header: TranscriptHeader
    /// The turns, numbered from 1.
    public var turns: [Turn]
    /// The number of lines in the file.
    public var lineCount: Int

    /// Creates a transcript.
    public init(id: TranscriptID, path: String, header: TranscriptHeader, turns: [Turn], lineCount: Int) {
        self.id = id
        self.path = path
        self.header = header
        self.turns = turns
        self.lineCount = lineCount
    }

    /// The turn with the given 1-based number.
    public func turn(_ number: Int) -> Turn? {
        guard number >= 1, number <= turns.count else { return nil }
        return turns[number - 1]
    }

    /// The turns spoken by participants (not by an interviewer).
    public var participantTurns: [Turn] { turns.filter { !$0.isInterviewer } }

    /// The participants who speak, in order of first appearance.
    public var participants: [ParticipantID] {
        // A transcript has one participant or a handful (a focus group): a linear search of
        // the few found so far is cheaper than hashing every turn's speaker.
        var result: [ParticipantID] = []
        for index in turns.indices {
            guard let participant = turns[index].participant, !result.contains(participant) else { continue }
            result.append(participant)
        }
        return result
    }

    /// The number of words spoken by participants.
    public var participantWordCount: Int { turns.reduce(0) { $1.isInterviewer ? $0 : $0 + $1.wordCount } }

    /// The number of turns spoken by participants.
    var participantTurnCount: Int { turns.reduce(0) { $1.isInterviewer ? $0 : $0 + 1 } }

    /// The positions in ``turns`` of the turns whose ranges overlap `range`, found by binary
    /// search: turns are in file order, so their ranges are ordered and do not overlap.
    func turnIndices(overlapping range: Range<Int>) -> [Int] {
        var low = 0
        var high = turns.count
        while low < high {
            let middle = (low + high) / 2
            if turns[middle].range.upperBound <= range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var result: [Int] = []
        var index = low
        while index < turns.count && turns[index].range.lowerBound < range.upperBound {
            if turns[index].range.overlaps(range) { result.append(index) }
            index += 1
        }
        return result
    }

    /// The interview date from the header (`date: 2025-03-12`), as written.
    public var date: String? { header["date"] }

    /// The duration in minutes from the header (`minutes: 45`), else from the last timestamp.
    public var minutes: Double? {
        if let value = header["minutes"], let minutes = Double(value.replacingOccurrences(of: ",", with: ".")) {
            return minutes
        }
        guard let last = turns.compactMap(\.timestamp).max() else { return nil }
        return (last.seconds / 60).rounded()
    }

    /// Reads and parses one transcript, using the interviewer labels of the `qda.json` of
    /// its study folder unless `interviewerLabels` are given: the library call behind `qda show`.
    ///
    /// - Throws: ``QDAError/invalidData(_:)`` when the file has no usable turns.
    public static func load(from path: String, interviewerLabels: [String]? = nil) throws -> (
        transcript: Transcript, diagnostics: [Diagnostic]
    ) {
        let settings = StudySettingsLocator.settings(forTranscriptAt: path)
        let labels = interviewerLabels ?? settings.interviewers ?? TranscriptParser.defaultInterviewerLabels
        let result = TranscriptParser(interviewerLabels: labels).parseFile(at: path)
        guard var transcript = result.transcript else { throw QDAError.invalidData(result.diagnostics) }
        transcript.header = transcript.header.removingPrivate(settings.privateAttributes)
        return (transcript, result.diagnostics)
    }
}
