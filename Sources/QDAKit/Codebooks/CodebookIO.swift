import Foundation

/// Reads and writes codebooks in any supported format.
public enum CodebookIO {
    /// Reads the codebook at `path`, choosing the format from the extension.
    ///
    /// Problems inside the file are returned as diagnostics in the document; an unreadable
    /// file, an unknown extension or a REFI-QDA file throw.
    public static func read(_ path: String, format: CodebookFormat? = nil) throws -> CodebookDocument {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw QDAError.wrongKind(path: path, expected: "a codebook file (.md, .csv or .json) but found a folder")
        }
        guard let format = format ?? CodebookFormat(path: path) else {
            throw QDAError.usage("\(path): unknown codebook format; use .md, .csv or .json (or name the format)")
        }
        let text = try TextFile.read(path).text
        return try parse(text, path: path, format: format)
    }

    /// Parses codebook text in the given format.
    public static func parse(_ text: String, path: String, format: CodebookFormat) throws -> CodebookDocument {
        switch format {
        case .markdown:
            return CodebookMarkdown.parse(text, path: path)
        case .csv:
            return CodebookCSV.parse(text, path: path)
        case .json:
            return CodebookJSON.parse(text, path: path)
        case .qdc:
            throw QDAError.usage("\(path): REFI-QDA codebooks are read with `qda codebook import`")
        }
    }

    /// Writes `codebook` in `format`, with warnings about anything the format cannot hold.
    public static func format(_ codebook: Codebook, as format: CodebookFormat) throws -> (
        text: String, warnings: [String]
    ) {
        switch format {
        case .markdown: return (CodebookMarkdown.format(codebook), [])
        case .csv: return CodebookCSV.format(codebook)
        case .json: return (CodebookJSON.format(codebook), [])
        case .qdc: throw QDAError.usage("REFI-QDA codebooks are written with `qda codebook convert --to qdc`")
        }
    }
}

/// The JSON form of a codebook: the library's `Codable` representation.
public enum CodebookJSON {
    /// Parses JSON codebook text.
    public static func parse(_ text: String, path: String) -> CodebookDocument {
        do {
            let codebook = try JSONDecoder().decode(Codebook.self, from: Data(text.utf8))
            var registry = CodeNameRegistry()
            var diagnostics: [Diagnostic] = []
            for code in codebook.codes {
                if let duplicate = registry.register(code.name, at: SourceLocation(path: path)) {
                    diagnostics.append(duplicate)
                }
            }
            diagnostics += registry.aliasConflicts(in: codebook)
            return CodebookDocument(codebook: codebook, diagnostics: diagnostics)
        } catch {
            return CodebookDocument(
                codebook: Codebook(),
                diagnostics: [
                    .error("not a QDAKit JSON codebook: \(JSONErrors.describe(error))", at: SourceLocation(path: path))
                ])
        }
    }

    /// Writes the codebook as pretty-printed JSON with sorted keys.
    public static func format(_ codebook: Codebook) -> String {
        JSONOutput.encode(codebook)
    }
}

extension CodebookIO {
    /// The result of a conversion.
    public struct Conversion: Sendable {
        /// The converted text.
        public var text: String
        /// Problems in the input and what the target format could not hold.
        public var diagnostics: [Diagnostic]
    }

    /// Reads the codebook at `path` and writes it in `format`, to `output` if given: the
    /// library call behind `qda codebook convert`.
    ///
    /// - Throws: ``QDAError/invalidData(_:)`` when the input has errors (nothing is written).
    public static func convert(codebookAt path: String, to format: CodebookFormat, output: String?, overwrite: Bool)
        throws -> Conversion
    {
        let document = try read(path)
        guard !document.diagnostics.containsErrors else { throw QDAError.invalidData(document.diagnostics) }
        let (text, warnings) = try self.format(document.codebook, as: format)
        let diagnostics =
            document.diagnostics + warnings.map { Diagnostic.warning($0, at: output.map { SourceLocation(path: $0) }) }
        if let output { try OutputFile.write(text, to: output, overwrite: overwrite) }
        return Conversion(text: text, diagnostics: diagnostics)
    }
}
