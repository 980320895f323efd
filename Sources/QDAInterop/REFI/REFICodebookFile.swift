import Foundation
import QDAKit

/// Reads and writes REFI-QDA codebooks (`.qdc`, namespace `urn:QDA-XML:codebook:1.0`), the
/// codebook exchange format of ATLAS.ti, NVivo, MAXQDA and QualCoder.
public enum REFICodebookFile {
    /// The namespace of a codebook file.
    public static let namespace = "urn:QDA-XML:codebook:1.0"

    /// Reads the `.qdc` file at `path`; the codebook's title is the file's name.
    ///
    /// - Throws: ``QDAError/invalidData(_:)`` when the file is not well-formed XML or not a
    ///   codebook. Renamed codes and flattened levels are reported as notes.
    public static func read(_ path: String) throws -> CodebookDocument {
        let data = try TextFile.readData(path)
        let root = try SafeXML.parse(data, path: path)
        guard root.name == "CodeBook" || root.name == "Project" else {
            throw QDAError.invalidData([
                .error(
                    "the root element is `\(root.name)`, not `CodeBook`; not a REFI-QDA codebook",
                    at: SourceLocation(path: path, line: root.line))
            ])
        }
        let codesElement = root.name == "Project" ? root.child("CodeBook")?.child("Codes") : root.child("Codes")
        var reading = CodeTreeReading()
        let codes = (codesElement?.children("Code") ?? []).map { reading.code($0) }
        let mapping = REFICodebook.codebook(from: codes, title: Paths.stem(path))
        var diagnostics = mapping.notes.map { Diagnostic.note($0, at: SourceLocation(path: path)) }
        if codes.isEmpty {
            diagnostics.append(.error("the codebook has no codes", at: SourceLocation(path: path, line: root.line)))
        }
        return CodebookDocument(codebook: mapping.codebook, diagnostics: diagnostics)
    }

    /// The `.qdc` text for `codebook`.
    public static func format(_ codebook: Codebook) -> String {
        var writer = XMLWriter()
        writer.start("CodeBook", [("xmlns", namespace), ("origin", "QDAKit \(QDAKitVersion.current)")])
        writer.start("Codes")
        REFICodebook.write(REFICodebook.codes(from: codebook), to: &writer)
        writer.end()
        writer.end()
        return writer.text
    }

    /// Reads a codebook in any format (`.qdc` included) and writes it in `format` (the
    /// library call behind `qda codebook convert` and `qda codebook import`).
    ///
    /// - Parameter inputIsREFI: read the input as a REFI-QDA codebook whatever its extension.
    /// - Throws: ``QDAError/invalidData(_:)`` when the input has errors (nothing is written).
    public static func convert(
        codebookAt path: String, to format: CodebookFormat, output: String?, overwrite: Bool, inputIsREFI: Bool = false
    ) throws -> CodebookConversion {
        let document: CodebookDocument
        if inputIsREFI || CodebookFormat(path: path) == .qdc {
            document = try read(path)
        } else {
            document = try CodebookIO.read(path)
        }
        guard !document.diagnostics.containsErrors else { throw QDAError.invalidData(document.diagnostics) }
        let text: String
        var warnings: [String] = []
        if format == .qdc {
            text = Self.format(document.codebook)
            let lost = document.codebook.codes.filter {
                !$0.keywords.isEmpty || !$0.aliases.isEmpty || $0.origin != nil
            }
            if !lost.isEmpty {
                warnings.append(
                    "REFI-QDA codebooks have no place for origin, keywords or aliases; \(lost.count) code\(lost.count == 1 ? " loses" : "s lose") them"
                )
            }
        } else {
            (text, warnings) = try CodebookIO.format(document.codebook, as: format)
        }
        let diagnostics =
            document.diagnostics + warnings.map { Diagnostic.warning($0, at: output.map { SourceLocation(path: $0) }) }
        if let output { try OutputFile.write(text, to: output, overwrite: overwrite) }
        return CodebookConversion(text: text, diagnostics: diagnostics)
    }
}

/// The result of a codebook conversion that may involve `.qdc`.
public struct CodebookConversion: Sendable {
    /// The converted text.
    public var text: String
    /// Problems in the input and what the target format could not hold.
    public var diagnostics: [Diagnostic]
}

/// Reads `<Code>` elements into ``REFICode`` values.
struct CodeTreeReading {
    mutating func code(_ element: XMLElementNode) -> REFICode {
        let codable = element.attributes["isCodable"].map { $0 != "false" && $0 != "0" } ?? true
        let description = element.child("Description")?.text
        return REFICode(
            guid: element.attributes["guid"] ?? "", name: element.attributes["name"] ?? "(unnamed)", isCodable: codable,
            color: element.attributes["color"], description: description?.isEmpty == true ? nil : description,
            children: element.children("Code").map { code($0) })
    }
}
