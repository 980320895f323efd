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
            let (excerpt, caret) = Self.excerpt(of: sourceLine, around: location?.column ?? 0)
            lines.append("    " + excerpt.replacingTabs())
            if let caret {
                let prefix = String(excerpt.unicodeScalars.prefix(caret).map { $0 == "\t" ? "    " : " " }.joined())
                lines.append("    " + prefix + "^")
            }
        }
        for note in notes {
            lines.append("    " + note)
        }
        return lines.joined(separator: "\n")
    }
}

extension Diagnostic {
    /// Lines longer than this are shown as an excerpt around the column.
    static let maximumShownLine = 240

    /// The part of `line` to show under the message, and the 0-based position of the caret
    /// in it: the whole line when it is short, else an excerpt around `column` with `…`
    /// where it was cut, so that a 50 MB single-line file prints one screen line.
    static func excerpt(of line: String, around column: Int) -> (text: String, caret: Int?) {
        let scalars = line.unicodeScalars
        let caret = column > 0 ? column - 1 : nil
        guard scalars.count > maximumShownLine else { return (line, caret) }
        let target = min(caret ?? 0, scalars.count)
        let start = max(0, target - maximumShownLine / 3)
        let end = min(scalars.count, start + maximumShownLine)
        let from = scalars.index(scalars.startIndex, offsetBy: start)
        let to = scalars.index(from, offsetBy: end - start)
        var text = start > 0 ? "…" : ""
        text.unicodeScalars.append(contentsOf: scalars[from..<to])
        if end < scalars.count { text += "…" }
        return (text, caret.map { $0 - start + (start > 0 ? 1 : 0) })
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
