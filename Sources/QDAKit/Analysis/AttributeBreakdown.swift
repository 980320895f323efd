/// The groups of one participant attribute (`sector`: onderwijs, gemeente, zorg) that the
/// counts are broken down by.
///
/// Only group-level facts are kept: the value and the number of participants with it. Which
/// participant has which value is never part of the result, so a private attribute used for
/// grouping (with ``FrequencyOptions/allowPrivateAttributes``) cannot leak per participant.
public struct AttributeBreakdown: Hashable, Sendable, Codable {
    /// One value of the attribute.
    public struct Group: Hashable, Sendable, Codable {
        /// The value; `nil` for participants without one.
        public var value: String?
        /// The number of analysed participants with this value.
        public var size: Int

        /// Creates a group.
        public init(value: String?, size: Int) {
            self.value = value
            self.size = size
        }
    }

    /// The attribute's name as requested.
    public var attribute: String
    /// Whether the attribute is listed as `private` in `qda.json`.
    public var isPrivate: Bool
    /// The groups: values in ascending order (numbers numerically), participants without a
    /// value last.
    public var groups: [Group]

    /// Creates a breakdown.
    public init(attribute: String, isPrivate: Bool, groups: [Group]) {
        self.attribute = attribute
        self.isPrivate = isPrivate
        self.groups = groups
    }
}

/// Assigns the analysed participants to the groups of an attribute.
///
/// For a private attribute (grouped only with ``FrequencyOptions/allowPrivateAttributes``)
/// values held by fewer than ``minimumPrivateGroupSize`` participants are pooled into one
/// group, ``pooledValue``: a group of one would show that participant's value (small-cell
/// suppression, as statistical agencies do).
struct AttributeGrouping {
    /// The smallest group of a private attribute that is shown with its own value.
    static let minimumPrivateGroupSize = 3
    /// The label of the pooled group of small values of a private attribute.
    static let pooledValue = "(values held by fewer than \(minimumPrivateGroupSize) participants, pooled)"

    var breakdown: AttributeBreakdown
    /// For each analysed participant (by index), the index of their group.
    var groupOfParticipant: [Int]

    /// Groups `participants` by `attribute`.
    ///
    /// - Throws: ``QDAError/usage(_:)`` when no participant file column or transcript header
    ///   has the attribute, or when it is private and private grouping was not allowed.
    init(attribute requested: String, participants: [ParticipantID], study: Study, allowPrivate: Bool) throws {
        let attribute = requested.trimmingWhitespace()
        let known = Self.knownAttributes(in: study)
        guard known.contains(where: { $0.lowercased() == attribute.lowercased() }) else {
            let hint = EditDistance.closest(to: attribute, in: known).map { "did you mean `\($0)`? " } ?? ""
            let available = known.isEmpty ? "none" : known.joined(separator: ", ")
            throw QDAError.usage(
                "no participant has the attribute `\(attribute)`; \(hint)attributes in participants.csv and transcript headers: \(available)"
            )
        }
        let isPrivate = study.settings.privateAttributes.contains(attribute.lowercased())
        if isPrivate && !allowPrivate {
            throw QDAError.usage(
                "`\(attribute)` is private in qda.json; add --allow-private to group by it "
                    + "(only group counts are shown, never a participant's value)")
        }
        var values = study.attribute(attribute, of: participants).map { $0?.trimmingWhitespace() }
        if isPrivate {
            var counts: [String: Int] = [:]
            for case let value? in values where !value.isEmpty { counts[value, default: 0] += 1 }
            values = values.map { value in
                guard let value, !value.isEmpty else { return value }
                return counts[value]! < Self.minimumPrivateGroupSize ? Self.pooledValue : value
            }
        }
        var distinct = Set(values.compactMap { $0 }.filter { !$0.isEmpty })
        // The pooled group of a private attribute comes after the values, before "no value".
        let pooled = distinct.remove(Self.pooledValue)
        var ordered: [String?] = distinct.sorted {
            $0.compare($1, options: [.numeric, .caseInsensitive]) == .orderedAscending
        }
        if let pooled { ordered.append(pooled) }
        if values.contains(where: { $0 == nil || $0?.isEmpty == true }) { ordered.append(nil) }
        let index = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($0.element ?? "\u{0}", $0.offset) })
        groupOfParticipant = values.map { index[($0?.isEmpty == false ? $0! : "\u{0}")]! }
        var sizes = [Int](repeating: 0, count: ordered.count)
        for group in groupOfParticipant { sizes[group] += 1 }
        breakdown = AttributeBreakdown(
            attribute: attribute, isPrivate: isPrivate,
            groups: zip(ordered, sizes).map { AttributeBreakdown.Group(value: $0, size: $1) })
    }

    /// The attribute names of `participants.csv` and of transcript headers (without the
    /// speaker keys), in that order, without repeats.
    static func knownAttributes(in study: Study) -> [String] {
        var seen = Set<String>()
        var names: [String] = []
        for name in (study.participantTable?.attributes ?? [])
            + study.transcripts.flatMap({ $0.header.attributes.map(\.key) })
        where seen.insert(name.lowercased()).inserted {
            names.append(name)
        }
        return names
    }
}
