/// How serious a ``Diagnostic`` is.
public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
    /// Something to know; never makes a command fail.
    case note
    /// Probably a mistake or a decision to make; does not make `qda check` fail.
    case warning
    /// The data is wrong; `qda check` exits with status 1.
    case error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    /// Orders notes before warnings before errors.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A problem found in the input, pointing at the place it was found.
///
/// Library code collects diagnostics and keeps going; the command-line tool prints them
/// as `path:line:col: error: message`, followed by the offending line and a caret.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    /// How serious the problem is.
    public var severity: Severity
    /// Where the problem is, if it concerns a particular file.
    public var location: SourceLocation?
    /// What is wrong, in one sentence, without a trailing period.
    public var message: String
    /// The text of the offending line, shown under the message with a caret.
    public var sourceLine: String?
    /// Further lines shown indented under the message (suggestions, the closest match).
    public var notes: [String]

    /// Creates a diagnostic.
    public init(
        _ severity: Severity, _ message: String, at location: SourceLocation? = nil,
        sourceLine: String? = nil, notes: [String] = []
    ) {
        self.severity = severity
        self.message = message
        self.location = location
        self.sourceLine = sourceLine
        self.notes = notes
    }

    /// Creates an error.
    public static func error(
        _ message: String, at location: SourceLocation? = nil, sourceLine: String? = nil, notes: [String] = []
    ) -> Diagnostic {
        Diagnostic(.error, message, at: location, sourceLine: sourceLine, notes: notes)
    }

    /// Creates a warning.
    public static func warning(
        _ message: String, at location: SourceLocation? = nil, sourceLine: String? = nil, notes: [String] = []
    ) -> Diagnostic {
        Diagnostic(.warning, message, at: location, sourceLine: sourceLine, notes: notes)
    }

    /// Creates a note.
    public static func note(_ message: String, at location: SourceLocation? = nil, notes: [String] = []) -> Diagnostic {
        Diagnostic(.note, message, at: location, notes: notes)
    }

    /// The one-line form: `path:line:col: error: message`.
    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        return "\(place)\(severity.rawValue): \(message)"
    }

    /// The full form: the one-line form, then the offending line with a caret under the
    /// column, then the notes.
    public var rendered: String {
        var lines = [description]
        if let sourceLine {
            let shown = sourceLine.replacingTabs()
            lines.append("    " + shown)
            if let column = location?.column, column > 0 {
                let prefix = String(
                    sourceLine.unicodeScalars.prefix(column - 1).map { $0 == "\t" ? "    " : " " }.joined())
                lines.append("    " + prefix + "^")
            }
        }
        for note in notes {
            lines.append("    " + note)
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    fileprivate func replacingTabs() -> String {
        unicodeScalars.map { $0 == "\t" ? "    " : String($0) }.joined()
    }
}

extension Array where Element == Diagnostic {
    /// Whether any of the diagnostics is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }

    /// The number of diagnostics of the given severity.
    public func count(of severity: Severity) -> Int { filter { $0.severity == severity }.count }

    /// Sorted by file, line and column; diagnostics without a location come first.
    public func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { lhs, rhs in
            switch (lhs.element.location, rhs.element.location) {
            case (nil, nil): return lhs.offset < rhs.offset
            case (nil, _): return true
            case (_, nil): return false
            case (let l?, let r?): return l == r ? lhs.offset < rhs.offset : l < r
            }
        }.map(\.element)
    }
}
