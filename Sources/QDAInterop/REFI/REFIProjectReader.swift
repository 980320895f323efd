import Foundation
import QDAKit

/// Reads REFI-QDA projects: a `.qdpx` archive (a `*.qde` project file plus the sources'
/// text files under `sources/`) or a bare `.qde` file with its `sources/` folder beside it.
///
/// Tolerated and reported: any `*.qde` name (ATLAS.ti names it after the project),
/// `Sources/` or `sources/` (names are matched ignoring case), byte-order marks and mixed
/// line endings in the sources (kept as stored, so offsets stay right), identifiers that are
/// not GUIDs, and a `creatingUser` that differs between a selection and its coding.
public enum REFIProjectReader {
    /// Reads the project at `path` (`.qdpx` or `.qde`).
    ///
    /// - Throws: ``QDAError/invalidData(_:)`` when the archive is unsafe or the project file
    ///   is missing or not well-formed; problems inside are returned as diagnostics.
    public static func read(_ path: String, limits: ArchiveLimits = ArchiveLimits()) throws -> (
        project: REFIProject, diagnostics: [Diagnostic]
    ) {
        if path.lowercased().hasSuffix(".qde") {
            let data = try TextFile.readData(path)
            let folder = Paths.folder(of: path)
            return try parse(data, path: path) { name in
                let candidates = [name, "sources/" + name, "Sources/" + name]
                for candidate in candidates {
                    let full = Paths.join(folder, candidate)
                    if FileManager.default.fileExists(atPath: full) { return (try TextFile.readData(full), candidate) }
                }
                return nil
            }
        }
        let archive = try SafeArchive(path: path, limits: limits)
        let projectFiles = archive.entryPaths.filter {
            $0.lowercased().hasSuffix(".qde") && !$0.contains("/") && !$0.hasPrefix("__MACOSX")
        }
        guard let projectFile = projectFiles.first else {
            throw SafeArchive.refuse(
                path,
                "has no project file (`*.qde`) at its top level; is it a REFI-QDA project (.qdpx)? It holds: \(archive.entryPaths.prefix(5).joined(separator: ", "))"
            )
        }
        guard projectFiles.count == 1 else {
            throw SafeArchive.refuse(
                path, "has several project files (\(projectFiles.joined(separator: ", "))); expected one")
        }
        let data = try archive.read(projectFile)
        var (project, diagnostics) = try parse(data, path: "\(path)/\(projectFile)") { name in
            for candidate in ["sources/" + name, name] {
                if let found = archive.find(candidate) { return (try archive.read(found), found) }
            }
            return nil
        }
        if projectFile.lowercased() != "project.qde" {
            diagnostics.insert(
                .note(
                    "the project file is called `\(projectFile)` (the standard name is project.qde); read it all the same",
                    at: SourceLocation(path: path)),
                at: 0)
        }
        let folders = Set(
            archive.entryPaths.compactMap { $0.split(separator: "/").first.map(String.init) }.filter {
                $0.lowercased() == "sources"
            })
        if folders.contains("Sources") {
            diagnostics.append(
                .note(
                    "the sources are in `Sources/` (capital S, as NVivo for Windows writes); matched ignoring case",
                    at: SourceLocation(path: path)))
        }
        project.name = project.name.isEmpty ? Paths.stem(path) : project.name
        return (project, diagnostics)
    }

    /// Parses project XML. `resolve` returns the bytes of a file named in an `internal://`
    /// path, and where it was found.
    static func parse(_ data: Data, path: String, resolve: (String) throws -> (Data, String)?) throws -> (
        project: REFIProject, diagnostics: [Diagnostic]
    ) {
        let root = try SafeXML.parse(data, path: path)
        guard root.name == "Project" else {
            throw QDAError.invalidData([
                .error(
                    "the root element is `\(root.name)`, not `Project`; not a REFI-QDA project",
                    at: SourceLocation(path: path, line: root.line))
            ])
        }
        var reading = ProjectReading(path: path)
        let project = try reading.read(root, resolve: resolve)
        return (project, reading.diagnostics)
    }
}

private struct ProjectReading {
    let path: String
    var diagnostics: [Diagnostic] = []
    var nonGUIDs: [String] = []

    init(path: String) { self.path = path }

    func at(_ line: Int) -> SourceLocation { SourceLocation(path: path, line: line) }

    static let guidShape = try! NSRegularExpression(
        pattern: "^\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\}?$")

    mutating func guid(_ element: XMLElementNode) -> String {
        guard let value = element.attributes["guid"], !value.isEmpty else {
            diagnostics.append(.warning("`\(element.name)` has no guid; one is made up", at: at(element.line)))
            return "missing-\(element.name)-\(element.line)"
        }
        if Self.guidShape.firstMatch(in: value, range: NSRange(value.startIndex..., in: value)) == nil {
            nonGUIDs.append(value)
        }
        return value
    }

    mutating func read(_ root: XMLElementNode, resolve: (String) throws -> (Data, String)?) throws -> REFIProject {
        var project = REFIProject(
            name: root.attributes["name"] ?? "", origin: root.attributes["origin"],
            creatingUser: root.attributes["creatingUserGUID"])
        project.statistics = Self.statistics(root)
        for user in root.child("Users")?.children("User") ?? [] {
            project.users.append(REFIUser(guid: guid(user), name: user.attributes["name"], id: user.attributes["id"]))
        }
        project.codes = (root.child("CodeBook")?.child("Codes")?.children("Code") ?? []).map { code($0) }
        for note in root.child("Notes")?.children("Note") ?? [] {
            let text = try sourceText(note, resolve: resolve)?.text ?? ""
            project.notes.append(
                REFINote(
                    guid: guid(note), name: note.attributes["name"] ?? "", text: text,
                    creatingUser: note.attributes["creatingUser"]))
        }
        for element in root.child("Sources")?.children ?? [] {
            guard element.name == "TextSource" else {
                diagnostics.append(
                    .warning(
                        "a \(element.name) (`\(element.attributes["name"] ?? "")`) is not a text source; QDAKit codes text only, so it is left out",
                        at: at(element.line)))
                continue
            }
            if let source = try textSource(element, resolve: resolve) { project.sources.append(source) }
        }
        if !nonGUIDs.isEmpty {
            diagnostics.append(
                .note(
                    "\(nonGUIDs.count) identifier\(nonGUIDs.count == 1 ? " is" : "s are") not GUIDs (such as `\(nonGUIDs[0])`); they are used as they are",
                    at: SourceLocation(path: path)))
        }
        return project
    }

    mutating func code(_ element: XMLElementNode) -> REFICode {
        let codable = element.attributes["isCodable"].map { $0 != "false" && $0 != "0" } ?? true
        let description = element.child("Description")?.text
        return REFICode(
            guid: guid(element), name: element.attributes["name"] ?? "(unnamed)", isCodable: codable,
            color: element.attributes["color"], description: description?.isEmpty == true ? nil : description,
            children: element.children("Code").map { code($0) })
    }

    mutating func sourceText(_ element: XMLElementNode, resolve: (String) throws -> (Data, String)?) throws -> (
        text: String, bom: Bool, location: String
    )? {
        if let plainPath = element.attributes["plainTextPath"], !plainPath.isEmpty {
            guard plainPath.hasPrefix("internal://") else {
                diagnostics.append(
                    .error(
                        "the text of `\(element.attributes["name"] ?? "")` is outside the project (`\(plainPath)`); only files inside the .qdpx are read",
                        at: at(element.line)))
                return nil
            }
            let name = String(plainPath.dropFirst("internal://".count))
            if let problem = SafeArchive.pathProblem(name) {
                throw SafeArchive.refuse(path, "text path `\(plainPath)` \(problem); refused")
            }
            guard let (data, found) = try resolve(name) else {
                diagnostics.append(.error("the text file `\(plainPath)` is not in the project", at: at(element.line)))
                return nil
            }
            let decoded = try TextDecoding.decode(data, path: found)
            return (decoded.text, decoded.hadByteOrderMark, found)
        }
        if let content = element.child("PlainTextContent") {
            return (content.text, false, "PlainTextContent")
        }
        return nil
    }

    mutating func textSource(_ element: XMLElementNode, resolve: (String) throws -> (Data, String)?) throws
        -> REFITextSource?
    {
        let sourceGUID = guid(element)
        let name = element.attributes["name"].flatMap { $0.isEmpty ? nil : $0 } ?? sourceGUID
        guard let (text, bom, location) = try sourceText(element, resolve: resolve) else {
            if element.attributes["plainTextPath"] == nil {
                diagnostics.append(
                    .error(
                        "text source `\(name)` has neither a plainTextPath nor PlainTextContent; left out",
                        at: at(element.line)))
            }
            return nil
        }
        var source = REFITextSource(
            guid: sourceGUID, name: name, text: text, hadByteOrderMark: bom, textLocation: location,
            creatingUser: element.attributes["creatingUser"], description: nonEmpty(element.child("Description")?.text),
            noteRefs: element.children("NoteRef").compactMap { $0.attributes["targetGUID"] }, line: element.line)
        for selection in element.children("PlainTextSelection") {
            guard let start = selection.attributes["startPosition"].flatMap({ Int($0) }),
                let end = selection.attributes["endPosition"].flatMap({ Int($0) }), start >= 0, end >= start
            else {
                diagnostics.append(
                    .error(
                        "a selection in `\(name)` has no valid startPosition/endPosition; left out",
                        at: at(selection.line)))
                continue
            }
            source.selections.append(
                REFISelection(
                    guid: guid(selection), start: start, end: end, creatingUser: selection.attributes["creatingUser"],
                    description: nonEmpty(selection.child("Description")?.text),
                    codings: selection.children("Coding").map { coding($0) },
                    noteRefs: selection.children("NoteRef").compactMap { $0.attributes["targetGUID"] },
                    line: selection.line))
        }
        let whole = element.children("Coding")
        if !whole.isEmpty {
            diagnostics.append(
                .note(
                    "\(whole.count) coding\(whole.count == 1 ? "" : "s") of the whole source `\(name)` become codings of all its text",
                    at: at(whole[0].line)))
            source.selections.append(
                REFISelection(
                    guid: "whole-\(sourceGUID)", start: 0, end: -1, creatingUser: element.attributes["creatingUser"],
                    codings: whole.map { coding($0) }, line: whole[0].line))
        }
        return source
    }

    mutating func coding(_ element: XMLElementNode) -> REFICoding {
        REFICoding(
            guid: guid(element), codeGUID: element.child("CodeRef")?.attributes["targetGUID"] ?? "",
            creatingUser: element.attributes["creatingUser"],
            noteRefs: element.children("NoteRef").compactMap { $0.attributes["targetGUID"] })
    }

    func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.trimmingWhitespace().isEmpty else { return nil }
        return text
    }

    static func statistics(_ root: XMLElementNode) -> REFIStatistics {
        var statistics = REFIStatistics()
        root.forEachDescendant { element in
            statistics.elementCounts[element.name, default: 0] += 1
            if let user = element.attributes["creatingUser"] { statistics.creatingUsers.insert(user) }
            if element.name == "Code",
                element.attributes["isCodable"] == "false" || element.attributes["isCodable"] == "0"
            {
                statistics.nonCodableCodes += 1
            }
            if element.name == "TextSource" {
                var ranges = Set<String>()
                for selection in element.children("PlainTextSelection") {
                    ranges.insert(
                        "\(selection.attributes["startPosition"] ?? "")-\(selection.attributes["endPosition"] ?? "")")
                }
                statistics.distinctRangesPerSource.append(ranges.count)
            }
        }
        func depth(_ element: XMLElementNode) -> Int {
            1 + (element.children("Code").map(depth).max() ?? 0)
        }
        statistics.codeDepth = (root.child("CodeBook")?.child("Codes")?.children("Code") ?? []).map(depth).max() ?? 0
        return statistics
    }
}
