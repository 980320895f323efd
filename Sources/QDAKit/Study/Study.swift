/// A study loaded from disk: settings, transcripts, participants, codebook and every
/// coder's codings, with every problem found on the way.
public struct Study: Sendable {
    /// The study folder.
    public var root: String
    /// The settings from `qda.json` (defaults when absent).
    public var settings: StudySettings
    /// The transcripts, ordered by file name.
    public var transcripts: [Transcript]
    /// `participants.csv`, if present.
    public var participantTable: ParticipantTable?
    /// The codebook, if one was named or configured.
    public var codebook: Codebook?
    /// Where the codebook was read from.
    public var codebookPath: String?
    /// Where each code was defined in the codebook file.
    public var codeLocations: [String: SourceLocation]
    /// The coding files, ordered by coder and transcript.
    public var codingFiles: [CodingFile]
    /// Codes used in coding files that the codebook does not contain.
    public var unknownCodeUses: [UnknownCodeUse]
    /// Every problem found while loading.
    public var diagnostics: [Diagnostic]

    /// Creates a study from its parts (used by importers and tests).
    public init(
        root: String, settings: StudySettings = StudySettings(), transcripts: [Transcript] = [],
        participantTable: ParticipantTable? = nil, codebook: Codebook? = nil, codebookPath: String? = nil,
        codeLocations: [String: SourceLocation] = [:], codingFiles: [CodingFile] = [],
        unknownCodeUses: [UnknownCodeUse] = [], diagnostics: [Diagnostic] = []
    ) {
        self.root = root
        self.settings = settings
        self.transcripts = transcripts
        self.participantTable = participantTable
        self.codebook = codebook
        self.codebookPath = codebookPath
        self.codeLocations = codeLocations
        self.codingFiles = codingFiles
        self.unknownCodeUses = unknownCodeUses
        self.diagnostics = diagnostics
    }

    /// The transcript with this identifier.
    public func transcript(_ id: TranscriptID) -> Transcript? {
        transcripts.first { $0.id == id }
    }

    /// The coders, in name order.
    public var coders: [CoderID] {
        Array(Set(codingFiles.map(\.coder))).sorted()
    }

    /// All codings of `coder`, in transcript and file order.
    public func codings(of coder: CoderID) -> [Coding] {
        codingFiles.filter { $0.coder == coder }.flatMap(\.codings)
    }

    /// The transcripts `coder` has coded (at least one coding), in transcript order.
    public func transcriptsCoded(by coder: CoderID) -> [TranscriptID] {
        let coded = Set(codingFiles.filter { $0.coder == coder && !$0.codings.isEmpty }.map(\.transcript))
        return transcripts.map(\.id).filter { coded.contains($0) }
    }

    /// Every participant who speaks in a transcript, in transcript order.
    public var participants: [ParticipantID] {
        var seen = Set<ParticipantID>()
        return transcripts.flatMap(\.participants).filter { seen.insert($0).inserted }
    }

    /// The value of a participant attribute: from `participants.csv`, else from the header
    /// of the participant's (first) transcript.
    public func attribute(_ name: String, of participant: ParticipantID) -> String? {
        if let value = participantTable?.value(name, for: participant) { return value }
        for transcript in transcripts where transcript.participants.contains(participant) {
            if let value = transcript.header[name], !value.isEmpty { return value }
        }
        return nil
    }

    /// The value of attribute `name` for each of `participants` (in that order), as
    /// ``attribute(_:of:)`` gives it, with the transcripts read once for all of them rather
    /// than once per participant.
    public func attribute(_ name: String, of participants: [ParticipantID]) -> [String?] {
        var fromHeaders: [ParticipantID: String] = [:]
        for transcript in transcripts {
            guard let value = transcript.header[name], !value.isEmpty else { continue }
            for participant in transcript.participants where fromHeaders[participant] == nil {
                fromHeaders[participant] = value
            }
        }
        return participants.map { participantTable?.value(name, for: $0) ?? fromHeaders[$0] }
    }

    /// The participant noun from the settings, or the default for the language.
    public var participantNoun: ParticipantNoun {
        settings.participantNoun
            ?? (settings.language == "en"
                ? ParticipantNoun(singular: "participant", plural: "participants")
                : ParticipantNoun(singular: "deelnemer", plural: "deelnemers"))
    }
}

/// A use of a code that is not in the codebook: a candidate inductive code (or an error in
/// a deductive-only study).
public struct UnknownCodeUse: Hashable, Sendable {
    /// The code as written.
    public var code: String
    /// The coder who used it.
    public var coder: CoderID
    /// The transcript.
    public var transcript: TranscriptID
    /// The row of the coding file.
    public var location: SourceLocation
    /// The row's quote, if any.
    public var quote: String?
}
