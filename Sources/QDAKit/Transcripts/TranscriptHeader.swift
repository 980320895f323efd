/// The optional header of a transcript: `key: value` lines between two `---` lines.
public struct TranscriptHeader: Hashable, Sendable, Codable {
    /// One `key: value` line.
    public struct Field: Hashable, Sendable, Codable {
        /// The key as written, trimmed.
        public var key: String
        /// The value, trimmed.
        public var value: String
        /// The 1-based line of the field.
        public var line: Int
    }

    /// The fields in file order.
    public var fields: [Field]

    /// Creates a header.
    public init(fields: [Field] = []) { self.fields = fields }

    /// The value of the first field whose key matches (ignoring case).
    public subscript(key: String) -> String? {
        let wanted = key.lowercased()
        return fields.first { $0.key.lowercased() == wanted }?.value
    }

    /// The comma-separated values of `participants:` and `participant:`, in order.
    public var declaredParticipants: [String] {
        list("participants") + list("participant")
    }

    /// The comma-separated values of `interviewer:` and `interviewers:`.
    public var declaredInterviewers: [String] {
        list("interviewer") + list("interviewers")
    }

    /// Fields describing the interview rather than who speaks (`date`, `mode`, `minutes`, …).
    public var attributes: [Field] {
        let speakerKeys: Set<String> = ["participant", "participants", "interviewer", "interviewers"]
        return fields.filter { !speakerKeys.contains($0.key.lowercased()) }
    }

    private func list(_ key: String) -> [String] {
        guard let value = self[key] else { return [] }
        return value.split(separator: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }
}
