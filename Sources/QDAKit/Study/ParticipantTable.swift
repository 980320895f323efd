/// `participants.csv`: one row per participant, first column `participant`, then any
/// attributes (sector, mode, minutes, age, …).
public struct ParticipantTable: Hashable, Sendable {
    /// The attribute names, in column order (without `participant`).
    public var attributes: [String]
    /// The participants, in row order.
    public var participants: [ParticipantID]
    /// Each participant's attribute values, by attribute name.
    public var values: [ParticipantID: [String: String]]
    /// Where each participant's row is.
    public var locations: [ParticipantID: SourceLocation]

    /// Creates a table.
    public init(
        attributes: [String] = [], participants: [ParticipantID] = [], values: [ParticipantID: [String: String]] = [:],
        locations: [ParticipantID: SourceLocation] = [:]
    ) {
        self.attributes = attributes
        self.participants = participants
        self.values = values
        self.locations = locations
    }

    /// The value of `attribute` for `participant`, if given.
    public func value(_ attribute: String, for participant: ParticipantID) -> String? {
        guard let name = attributes.first(where: { $0.lowercased() == attribute.lowercased() }) else { return nil }
        let value = values[participant]?[name]
        return value?.isEmpty == false ? value : nil
    }

    /// Parses `participants.csv` text.
    public static func parse(_ text: String, path: String) -> (table: ParticipantTable?, diagnostics: [Diagnostic]) {
        let (csv, csvDiagnostics) = CSV.parse(text, path: path)
        var diagnostics = csvDiagnostics
        guard let csv else {
            diagnostics.append(.warning("participants.csv is empty", at: SourceLocation(path: path)))
            return (nil, diagnostics)
        }
        let idColumn = csv.column(named: "participant", "deelnemer", "participant_id", "pseudonym", "pseudoniem") ?? 0
        if csv.column(named: "participant", "deelnemer", "participant_id", "pseudonym", "pseudoniem") == nil {
            diagnostics.append(
                .warning(
                    "the first column should be named `participant`; `\(csv.header.first ?? "")` is used as the participant",
                    at: SourceLocation(path: path, line: csv.headerRow.line, column: 1),
                    sourceLine: csv.headerRow.sourceLine))
        }
        var table = ParticipantTable()
        table.attributes = csv.header.enumerated().filter { $0.offset != idColumn }.map(\.element)
        for row in csv.rows where !row.isEmpty {
            let id = row[idColumn].trimmingWhitespace()
            let location = SourceLocation(path: path, line: row.line, column: row.column(idColumn))
            guard !id.isEmpty else {
                diagnostics.append(.error("this row has no participant", at: location, sourceLine: row.sourceLine))
                continue
            }
            let participant = ParticipantID(rawValue: id)
            if let first = table.locations[participant] {
                diagnostics.append(
                    .error(
                        "participant `\(id)` is listed twice (first on line \(first.line))", at: location,
                        sourceLine: row.sourceLine))
                continue
            }
            if row.fields.count > csv.header.count {
                diagnostics.append(
                    .warning(
                        "this row has \(row.fields.count) fields but the header has \(csv.header.count); the extra fields are ignored",
                        at: SourceLocation(path: path, line: row.line, column: row.column(csv.header.count)),
                        sourceLine: row.sourceLine))
            }
            var values: [String: String] = [:]
            for (index, name) in csv.header.enumerated() where index != idColumn {
                values[name] = row[index].trimmingWhitespace()
            }
            table.participants.append(participant)
            table.values[participant] = values
            table.locations[participant] = location
        }
        return (table, diagnostics)
    }
}
