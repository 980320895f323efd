import Foundation

/// The words used for participants in reports: "professional" / "professionals".
public struct ParticipantNoun: Hashable, Sendable, Codable {
    /// The singular form.
    public var singular: String
    /// The plural form.
    public var plural: String

    /// Creates a noun.
    public init(singular: String, plural: String) {
        self.singular = singular
        self.plural = plural
    }
}

/// A study's settings, read from `qda.json` (every key optional). Command-line options
/// override them.
public struct StudySettings: Hashable, Sendable, Codable {
    /// The report language: `nl` or `en`.
    public var language: String?
    /// The participant noun for reports.
    public var participantNoun: ParticipantNoun?
    /// Speaker labels of interviewers (in addition to none: when given, they replace the defaults).
    public var interviewers: [String]?
    /// The codebook's path, relative to the study folder.
    public var codebook: String?
    /// The default agreement unit (`turn`, `paragraph`, `sentence`, `character`, `transcript`).
    public var unit: String?
    /// When true, codes not in the codebook are errors instead of candidate inductive codes.
    public var deductiveOnly: Bool?
    /// Participant attributes that must never appear in any output (age, gender, organisation).
    public var `private`: [String]?
    /// The coder whose codings are used for frequencies and reports when none is named.
    public var primaryCoder: String?
    /// The interview-guide file for structural auto-coding, relative to the study folder.
    public var guide: String?
    /// Report options: section order, headings, summary themes.
    public var report: ReportSettings?

    /// Creates settings.
    public init() {}

    /// The keys `qda.json` may contain.
    public static let knownKeys: Set<String> = [
        "language", "participantNoun", "interviewers", "codebook", "unit", "deductiveOnly", "private",
        "primaryCoder", "guide", "report",
    ]

    /// The private attribute names, compared ignoring case.
    public var privateAttributes: Set<String> { Set((self.private ?? []).map { $0.lowercased() }) }
}

/// Report options in `qda.json` under `"report"`.
public struct ReportSettings: Hashable, Sendable, Codable {
    /// Themes in the order they should appear (others follow in codebook order).
    public var order: [String]?
    /// Report headings for themes, subthemes or codes, by name.
    public var labels: [String: String]?
    /// Themes whose codes are summarised as success factors (first) and bottlenecks (second).
    public var summary: [String]?
    /// Themes left out of the results chapter (in addition to those marked `report: no`).
    public var exclude: [String]?
    /// The chapter's title.
    public var title: String?
    /// The participant attribute the method paragraph describes the sample by (default `sector`).
    public var groupBy: String?

    /// Creates empty report settings.
    public init() {}
}

extension StudySettings {
    /// Reads `qda.json` text; unknown keys and type errors are reported, not thrown.
    public static func parse(_ text: String, path: String) -> (settings: StudySettings, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let data = Data(text.utf8)
        guard let object = try? JSONSerialization.jsonObject(with: data) else {
            diagnostics.append(.error("is not valid JSON", at: SourceLocation(path: path, line: 1, column: 1)))
            return (StudySettings(), diagnostics)
        }
        guard let dictionary = object as? [String: Any] else {
            diagnostics.append(
                .error("must be a JSON object (`{ … }`)", at: SourceLocation(path: path, line: 1, column: 1)))
            return (StudySettings(), diagnostics)
        }
        for key in dictionary.keys.sorted() where !knownKeys.contains(key) {
            let suggestion = EditDistance.closest(to: key, in: knownKeys).map { "; did you mean `\($0)`?" } ?? ""
            diagnostics.append(
                .warning("unknown setting `\(key)`\(suggestion)", at: location(ofKey: key, in: text, path: path)))
        }
        do {
            let settings = try JSONDecoder().decode(StudySettings.self, from: data)
            if let language = settings.language, !["nl", "en"].contains(language) {
                diagnostics.append(
                    .error("`language` must be \"nl\" or \"en\"", at: location(ofKey: "language", in: text, path: path))
                )
            }
            return (settings, diagnostics)
        } catch {
            diagnostics.append(.error(JSONErrors.describe(error), at: SourceLocation(path: path)))
            return (StudySettings(), diagnostics)
        }
    }

    /// The line and column of `"key"` in JSON text.
    static func location(ofKey key: String, in text: String, path: String) -> SourceLocation {
        for line in TextLines.split(text) {
            if let range = line.text.range(of: "\"\(key)\"") {
                let column = line.text.unicodeScalars.distance(from: line.text.startIndex, to: range.lowerBound) + 1
                return SourceLocation(path: path, line: line.number, column: column)
            }
        }
        return SourceLocation(path: path)
    }
}
