import Foundation

/// A file format a codebook can be read from or written to.
public enum CodebookFormat: String, Sendable, CaseIterable, Codable {
    /// The readable outline (`#` title, `##` theme, `###` subtheme, `####` code).
    case markdown = "md"
    /// The spreadsheet form: `question,theme,subtheme,code,origin,description,example,keywords`.
    case csv
    /// The library's Codable form.
    case json
    /// REFI-QDA codebook exchange format (`.qdc`).
    case qdc

    /// The format implied by a file name's extension, if any.
    public init?(path: String) {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "md", "markdown", "txt": self = .markdown
        case "csv", "tsv": self = .csv
        case "json": self = .json
        case "qdc": self = .qdc
        default: return nil
        }
    }

    /// Parses a user-given format name (`md`, `markdown`, `csv`, `json`, `qdc`).
    public init?(name: String) {
        switch name.lowercased() {
        case "md", "markdown": self = .markdown
        case "csv": self = .csv
        case "json": self = .json
        case "qdc", "refi", "refi-qda": self = .qdc
        default: return nil
        }
    }
}

/// The result of reading a codebook: the codebook, where each code was defined, and any
/// problems found.
public struct CodebookDocument: Sendable {
    /// The codebook.
    public var codebook: Codebook
    /// Where each code (by name) was defined.
    public var locations: [String: SourceLocation]
    /// Problems found while reading.
    public var diagnostics: [Diagnostic]

    /// Creates a document.
    public init(codebook: Codebook, locations: [String: SourceLocation] = [:], diagnostics: [Diagnostic] = []) {
        self.codebook = codebook
        self.locations = locations
        self.diagnostics = diagnostics
    }
}
