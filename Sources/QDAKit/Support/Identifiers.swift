/// A string-backed identifier; the concrete types keep one kind of name from being passed
/// where another is expected.
public protocol StringIdentifier: RawRepresentable, Hashable, Comparable, Sendable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible
where RawValue == String {
    /// Creates the identifier from its text.
    init(rawValue: String)
}

extension StringIdentifier {
    /// Creates the identifier from a string literal.
    public init(stringLiteral value: String) { self.init(rawValue: value) }
    /// The identifier's text.
    public var description: String { rawValue }
    /// Orders identifiers by their text, with numbers compared numerically (`2` before `10`).
    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.rawValue.compare(rhs.rawValue, options: [.numeric]) == .orderedAscending
    }
    /// Decodes the identifier from a single string.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }
    /// Encodes the identifier as a single string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// A transcript's identifier: its file name without extension (`03-kim`), which is also the
/// name of its coding files.
public struct TranscriptID: StringIdentifier {
    /// The file stem.
    public var rawValue: String
    /// Creates the identifier.
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// A coder's identifier: the name of their folder under `codings/` (`anna`).
public struct CoderID: StringIdentifier {
    /// The folder name.
    public var rawValue: String
    /// Creates the identifier.
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// A participant's identifier: their pseudonym as used in transcripts and `participants.csv`.
public struct ParticipantID: StringIdentifier {
    /// The pseudonym.
    public var rawValue: String
    /// Creates the identifier.
    public init(rawValue: String) { self.rawValue = rawValue }
}
