/// What ``CodeFrequencies/compute(_:options:)`` counts.
public struct FrequencyOptions: Hashable, Sendable {
    /// Whose codings to count, in order of preference: for each transcript the codings of
    /// the first of these coders who coded it. Empty: `primaryCoder` from `qda.json`, else
    /// the only coder.
    public var coders: [CoderID]
    /// Participant attributes to break the counts down by (`sector`, `mode`).
    public var attributes: [String]
    /// Whether attributes marked `private` in `qda.json` may be used for grouping. Even then
    /// only group-level counts are produced, never a participant's value.
    public var allowPrivateAttributes: Bool
    /// Themes to restrict the counts to (names, ignoring case and accents); empty: the
    /// whole codebook and the codes not in it.
    public var themes: [String]

    /// Creates options.
    public init(
        coders: [CoderID] = [], attributes: [String] = [], allowPrivateAttributes: Bool = false, themes: [String] = []
    ) {
        self.coders = coders
        self.attributes = attributes
        self.allowPrivateAttributes = allowPrivateAttributes
        self.themes = themes
    }
}

/// Counts of codings that were read but not counted.
public struct UncountedCodings: Hashable, Sendable, Codable {
    /// Codings whose segment lies entirely in interviewer turns.
    public var interviewerOnly: Int
    /// Codings that repeat a code on a segment it was already applied to (counted once).
    public var duplicates: Int

    /// Creates the counts.
    public init(interviewerOnly: Int = 0, duplicates: Int = 0) {
        self.interviewerOnly = interviewerOnly
        self.duplicates = duplicates
    }
}
