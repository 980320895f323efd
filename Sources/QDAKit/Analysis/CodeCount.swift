/// How often one participant is mentioned in a row of the frequency table: the number of
/// coded segments of the row that fall in the participant's turns.
public struct ParticipantMentions: Hashable, Sendable, Codable {
    /// The participant (their pseudonym).
    public var participant: ParticipantID
    /// The number of the row's segments in the participant's turns.
    public var mentions: Int

    /// Creates a count.
    public init(participant: ParticipantID, mentions: Int) {
        self.participant = participant
        self.mentions = mentions
    }
}

extension [ParticipantMentions] {
    /// The mentions of each of `participants`, in that order: 0 for a participant not in this
    /// list. One pass over each list, however many participants a study has.
    public func mentions(of participants: [ParticipantID]) -> [Int] {
        let counts = Dictionary(map { ($0.participant, $0.mentions) }, uniquingKeysWith: +)
        return participants.map { counts[$0] ?? 0 }
    }
}

/// A coding with a `quote`: a passage a results chapter may quote, with who said it.
public struct CodeQuote: Hashable, Sendable, Codable {
    /// The quote as written in the coding file.
    public var text: String
    /// The transcript it is from.
    public var transcript: TranscriptID
    /// The turns the coding names.
    public var turns: ClosedRange<Int>
    /// The participants whose turns the quoted passage is in (one, except in focus groups).
    public var participants: [ParticipantID]
    /// Where the quoted passage is in the transcript file: code-point offsets, end exclusive.
    public var range: Range<Int>
    /// The coder's memo, if any.
    public var memo: String?
    /// The row of the coding file.
    public var location: SourceLocation?

    /// Creates a quote.
    public init(
        text: String, transcript: TranscriptID, turns: ClosedRange<Int>, participants: [ParticipantID],
        range: Range<Int>, memo: String? = nil, location: SourceLocation? = nil
    ) {
        self.text = text
        self.transcript = transcript
        self.turns = turns
        self.participants = participants
        self.range = range
        self.memo = memo
        self.location = location
    }
}

/// The counts of one code in one group of participants (one value of an attribute such as
/// `sector`).
public struct GroupCount: Hashable, Sendable, Codable {
    /// The attribute value; `nil` for participants without a value.
    public var group: String?
    /// The number of participants in the group (among the participants analysed).
    public var size: Int
    /// The participants of the group with at least one mention.
    public var participants: Int
    /// The segments with at least one participant of the group.
    public var mentions: Int

    /// Creates a count.
    public init(group: String?, size: Int, participants: Int, mentions: Int) {
        self.group = group
        self.size = size
        self.participants = participants
        self.mentions = mentions
    }
}

/// The counts of one row broken down by the values of one attribute.
public struct AttributeCounts: Hashable, Sendable, Codable {
    /// The attribute (`sector`).
    public var attribute: String
    /// One count per group, in the order of ``AttributeBreakdown/groups``.
    public var groups: [GroupCount]

    /// Creates the counts.
    public init(attribute: String, groups: [GroupCount]) {
        self.attribute = attribute
        self.groups = groups
    }
}

/// The frequencies of one code.
///
/// A *mention* is one coded segment: the turn, turns or quote one coding applies the code
/// to. The same code applied twice to the same segment by the same coder counts once, and
/// segments that lie only in interviewer turns are not counted.
public struct CodeCount: Hashable, Sendable, Codable {
    /// The code's name (its codebook name after mapping identifiers and former names).
    public var code: String
    /// The theme, or `nil` for a code that is not in the codebook.
    public var theme: String?
    /// The subtheme, if the code is in one.
    public var subtheme: String?
    /// The index of the theme in ``CodeFrequencies/themes``.
    public var themeIndex: Int?
    /// The index of the subtheme in ``CodeFrequencies/subthemes``.
    public var subthemeIndex: Int?
    /// Whether the code is in the codebook (`false`: a candidate inductive code).
    public var isInCodebook: Bool
    /// Whether the code belongs in the results chapter: false for `report: no` on the code,
    /// its subtheme or its theme, and for codes not in the codebook.
    public var isReported: Bool
    /// Deductive or inductive, when the codebook says.
    public var origin: CodeOrigin?
    /// The number of coded segments.
    public var mentions: Int
    /// The number of distinct participants with at least one mention.
    public var participantCount: Int
    /// The number of transcripts with at least one mention.
    public var transcriptCount: Int
    /// The participants with at least one mention and their mentions, in study order.
    public var participants: [ParticipantMentions]
    /// The transcripts with at least one mention, in study order.
    public var transcripts: [TranscriptID]
    /// The codings of this code that have a quote, in transcript and file order.
    public var quotes: [CodeQuote]
    /// Counts per attribute group, one entry per requested attribute.
    public var byAttribute: [AttributeCounts]

    /// The participants with at least one mention, in study order.
    public var participantIDs: [ParticipantID] { participants.map(\.participant) }

    /// The mentions of `participant` (0 when they never mention the code).
    public func mentions(of participant: ParticipantID) -> Int {
        participants.first { $0.participant == participant }?.mentions ?? 0
    }
}

/// The frequencies of a theme or a subtheme, counted over all its codes.
///
/// Participants and mentions are *distinct*: a participant who mentions three codes of a
/// theme counts once for the theme, and a segment coded with two codes of the theme is
/// one mention of the theme. They are never sums of the codes' counts (that sum is
/// ``codeMentions``).
public struct ThemeCount: Hashable, Sendable, Codable {
    /// The theme.
    public var theme: String
    /// The subtheme, for a subtheme's count; `nil` for a theme's.
    public var subtheme: String?
    /// The heading for reports: the label if the codebook gives one, else the name.
    public var heading: String
    /// For a subtheme, the index of its theme in ``CodeFrequencies/themes``.
    public var themeIndex: Int?
    /// Whether the theme or subtheme belongs in the results chapter.
    public var isReported: Bool
    /// The codes, in codebook order (for a theme: its own codes and its subthemes' codes).
    public var codes: [String]
    /// The number of distinct segments coded with at least one of the codes.
    public var mentions: Int
    /// The sum of the codes' mentions (a segment with two of the codes counts twice).
    public var codeMentions: Int
    /// The number of distinct participants with at least one of the codes.
    public var participantCount: Int
    /// The number of transcripts with at least one of the codes.
    public var transcriptCount: Int
    /// The participants with at least one mention and their distinct segments, in study order.
    public var participants: [ParticipantMentions]
    /// The transcripts with at least one mention, in study order.
    public var transcripts: [TranscriptID]
    /// Counts per attribute group, one entry per requested attribute.
    public var byAttribute: [AttributeCounts]

    /// The participants with at least one mention, in study order.
    public var participantIDs: [ParticipantID] { participants.map(\.participant) }

    /// The distinct segments of `participant` (0 when they mention none of the codes).
    public func mentions(of participant: ParticipantID) -> Int {
        participants.first { $0.participant == participant }?.mentions ?? 0
    }
}
