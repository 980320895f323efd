extension TranscriptHeader {
    /// The header without the fields named in `privateNames` (lower case), so that a private
    /// attribute written in a transcript's header (`leeftijd: 44`) can reach no output.
    public func removingPrivate(_ privateNames: Set<String>) -> TranscriptHeader {
        guard !privateNames.isEmpty else { return self }
        return TranscriptHeader(fields: fields.filter { !privateNames.contains($0.key.lowercased()) })
    }
}
