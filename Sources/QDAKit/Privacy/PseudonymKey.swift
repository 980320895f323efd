/// A pseudonymisation key: which real names become which pseudonyms or placeholders.
///
/// Read from a CSV file with the header `real,replacement` (or the Dutch `echt,vervanging`),
/// one row per name:
///
/// ```
/// real,replacement
/// Mette Jansen,Bo
/// Back on Traxx,[organisatie]
/// Sint-Jozefschool,[naam school]
/// ```
///
/// The key links pseudonyms to people, so it is personal data itself: keep it outside the
/// study folder.
public struct PseudonymKey: Hashable, Sendable {
    /// One row of the key.
    public struct Entry: Hashable, Sendable, Codable {
        /// The real name, as written in the key.
        public var real: String
        /// The pseudonym or placeholder that replaces it.
        public var replacement: String
        /// The row in the key file.
        public var location: SourceLocation

        /// Creates an entry.
        public init(real: String, replacement: String, location: SourceLocation) {
            self.real = real
            self.replacement = replacement
            self.location = location
        }

        /// Whether the replacement is a placeholder such as `[naam school]` rather than a pseudonym.
        public var isPlaceholder: Bool { replacement.hasPrefix("[") && replacement.hasSuffix("]") }
    }

    /// The entries, in file order.
    public var entries: [Entry]
    /// The path the key was read from.
    public var path: String

    /// Creates a key.
    public init(entries: [Entry], path: String = "key.csv") {
        self.entries = entries
        self.path = path
    }

    /// Column names accepted for the real name.
    static let realColumns = ["real", "echt", "echte naam", "naam", "name", "real name", "original", "origineel"]
    /// Column names accepted for the replacement.
    static let replacementColumns = [
        "replacement", "vervanging", "pseudonym", "pseudoniem", "placeholder", "vervangen door", "replace with",
    ]

    /// Reads the key file at `path`.
    ///
    /// - Throws: the errors of ``TextFile/read(_:assuming:)``; problems inside the file are
    ///   returned as diagnostics.
    public static func read(_ path: String, assuming encoding: TextEncoding? = nil) throws -> (
        key: PseudonymKey, diagnostics: [Diagnostic]
    ) {
        let decoded = try TextFile.read(path, assuming: encoding)
        var result = parse(decoded.text, path: path)
        if let note = decoded.conversionNote { result.diagnostics.insert(note, at: 0) }
        return result
    }

    /// Parses key-file text. Rows with problems are reported and left out.
    public static func parse(_ text: String, path: String) -> (key: PseudonymKey, diagnostics: [Diagnostic]) {
        let (table, csvDiagnostics) = CSV.parse(text, path: path)
        var diagnostics = csvDiagnostics
        guard let table else {
            diagnostics.append(
                .error(
                    "the key file is empty; it needs a header `real,replacement` and one row per name",
                    at: SourceLocation(path: path)))
            return (PseudonymKey(entries: [], path: path), diagnostics)
        }
        var rows = table.rows
        var realColumn = table.column(namedAnyOf: realColumns)
        var replacementColumn = table.column(namedAnyOf: replacementColumns)
        if realColumn == nil || replacementColumn == nil {
            if table.header.count >= 2 && realColumn == nil && replacementColumn == nil {
                diagnostics.append(
                    .warning(
                        "the key has no header `real,replacement`; its first row is read as a name",
                        at: SourceLocation(path: path, line: table.headerRow.line, column: 1),
                        sourceLine: table.headerRow.sourceLine))
                rows.insert(table.headerRow, at: 0)
                realColumn = 0
                replacementColumn = 1
            } else {
                let missing = realColumn == nil ? "`real` (or `echt`)" : "`replacement` (or `vervanging`)"
                diagnostics.append(
                    .error(
                        "the key's header has no \(missing) column; it should be `real,replacement`",
                        at: SourceLocation(path: path, line: table.headerRow.line, column: 1),
                        sourceLine: table.headerRow.sourceLine))
                return (PseudonymKey(entries: [], path: path), diagnostics)
            }
        }
        var entries: [Entry] = []
        var seen: [String: Entry] = [:]
        for row in rows where !row.isEmpty {
            let real = TextFolding.collapseWhitespace(row[realColumn])
            let replacement = TextFolding.collapseWhitespace(row[replacementColumn])
            let location = SourceLocation(path: path, line: row.line, column: row.column(realColumn))
            if real.hasPrefix("#") { continue }
            func report(_ message: String, column: Int?) {
                diagnostics.append(
                    .error(
                        message, at: SourceLocation(path: path, line: row.line, column: row.column(column)),
                        sourceLine: row.sourceLine))
            }
            guard !real.isEmpty else {
                report("this row has a replacement but no real name", column: realColumn)
                continue
            }
            guard real.unicodeScalars.contains(where: WordScanner.isWordScalar) else {
                report("`\(real)` has no letters, so it cannot be a name", column: realColumn)
                continue
            }
            guard !replacement.isEmpty else {
                report(
                    "`\(real)` has no replacement; give a pseudonym or a placeholder such as `[naam]`",
                    column: replacementColumn)
                continue
            }
            let folded = NamePattern.key(real)
            if NamePattern.key(replacement) == folded {
                report(
                    "`\(real)` is replaced by itself; the replacement must differ from the real name",
                    column: replacementColumn)
                continue
            }
            if let first = seen[folded] {
                if NamePattern.key(first.replacement) != NamePattern.key(replacement) {
                    report(
                        "`\(real)` is already in the key on line \(first.location.line) with another replacement (`\(first.replacement)`)",
                        column: realColumn)
                }
                continue
            }
            let entry = Entry(real: real, replacement: replacement, location: location)
            seen[folded] = entry
            entries.append(entry)
        }
        if entries.isEmpty && !diagnostics.containsErrors {
            diagnostics.append(.error("the key has no names", at: SourceLocation(path: path)))
        }
        let key = PseudonymKey(entries: entries, path: path)
        diagnostics += key.replacementsThatAreRealNames()
        return (key, diagnostics)
    }

    /// Warnings for replacements that contain a real name from the key: the leak check
    /// would find that name in every pseudonymised file.
    func replacementsThatAreRealNames() -> [Diagnostic] {
        let matcher = NameMatcher(key: self)
        var diagnostics: [Diagnostic] = []
        for entry in entries {
            for match in matcher.matches(in: entry.replacement) {
                let other = entries[match.entry]
                diagnostics.append(
                    .warning(
                        "the replacement `\(entry.replacement)` contains `\(other.real)`, a real name in this key (line \(other.location.line)); choose another pseudonym",
                        at: entry.location))
            }
        }
        return diagnostics
    }
}
