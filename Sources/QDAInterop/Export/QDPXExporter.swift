import Foundation
import QDAKit

/// Writes a study as a REFI-QDA project (`.qdpx`) that ATLAS.ti, NVivo, MAXQDA and
/// QualCoder import: the library call behind `qda export qdpx`.
///
/// Each transcript becomes a text source whose plain text is the transcript's body (after
/// its header, without the line labels an import added), each coder a user, the codebook
/// the code tree (``REFICodebook``), each coding a `PlainTextSelection` with code-point
/// offsets (the standard's convention) and a `Coding` by its coder; a memo becomes the
/// selection's description; files in `memos/` become notes. The transcript's header fields
/// go into the source's description (except attributes `qda.json` marks `private`), from
/// which an import by QDAKit restores them. Identifiers are derived from
/// names (or kept from an earlier import), so exporting twice gives the same file.
public enum QDPXExporter {
    /// What an export wrote.
    public struct Report: Sendable {
        /// The file written (`nil` for a dry run).
        public var path: String?
        /// The project file's XML.
        public var projectXML: String
        /// Counts: sources, codes, users, selections, codings, notes.
        public var sources: Int, codes: Int, users: Int, selections: Int, codings: Int, notes: Int
        /// Problems found in the study and what could not be exported.
        public var diagnostics: [Diagnostic]

        /// A readable summary.
        public var rendered: String {
            var lines = diagnostics.map(\.rendered)
            lines.append(
                "\(path.map { "wrote \($0)" } ?? "would write"): \(sources) sources, \(codes) codes, \(users) users, \(selections) selections, \(codings) codings, \(notes) notes"
            )
            return lines.joined(separator: "\n")
        }
    }

    /// Exports the study at `root` to `output`.
    public static func export(
        studyAt root: String, options: StudyLoader.Options = .init(), to output: String?, overwrite: Bool
    ) throws -> Report {
        let study = try StudyLoader(options: options).load(root)
        var diagnostics: [Diagnostic] = []
        let errors = study.diagnostics.count(of: .error)
        if errors > 0 {
            diagnostics.append(
                .warning(
                    "`qda check` finds \(errors) error\(errors == 1 ? "" : "s") in this study; coding rows with errors are not exported",
                    at: SourceLocation(path: root)))
        }
        var writer = XMLWriter()
        let users = study.coders.map { REFIUser(guid: StableGUID.make("user", $0.rawValue), name: $0.rawValue) }
        writer.start(
            "Project",
            [
                ("xmlns", "urn:QDA-XML:project:1.0"), ("name", (Paths.normalise(root) as NSString).lastPathComponent),
                ("origin", "QDAKit \(QDAKitVersion.current)"), ("creatingUserGUID", users.first?.guid),
            ])
        if !users.isEmpty {
            writer.start("Users")
            for user in users { writer.empty("User", [("guid", user.guid), ("name", user.name)]) }
            writer.end()
        }
        let known = Set(study.codebook?.codes.map(\.name) ?? [])
        var extra: [String] = []
        for file in study.codingFiles {
            for coding in file.codings where !known.contains(coding.code) && !extra.contains(coding.code) {
                extra.append(coding.code)
            }
        }
        let codes = REFICodebook.codes(from: study.codebook ?? Codebook(), extraCodes: extra)
        var codeGUIDs: [String: String] = [:]
        func register(_ codes: [REFICode]) {
            for code in codes {
                if code.isCodable { codeGUIDs[code.name] = code.guid }
                register(code.children)
            }
        }
        register(codes)
        if !codes.isEmpty {
            writer.start("CodeBook")
            writer.start("Codes")
            REFICodebook.write(codes, to: &writer)
            writer.end()
            writer.end()
        }
        var entries: [(path: String, data: Data)] = []
        var selectionCount = 0
        var codingCount = 0
        if !study.transcripts.isEmpty { writer.start("Sources") }
        for transcript in study.transcripts {
            let fileText: String
            do {
                fileText = try TextFile.read(transcript.path).text
            } catch {
                diagnostics.append(.error("\(error)", at: SourceLocation(path: transcript.path)))
                continue
            }
            let source = SourceTranscript.source(fromTranscriptText: fileText)
            let header = Dictionary(source.header.map { ($0.0.lowercased(), $0.1) }, uniquingKeysWith: { a, _ in a })
            let keptGUID = header["refi-guid"].flatMap { isGUID($0) ? $0 : nil }
            let guid = keptGUID ?? StableGUID.make("source", transcript.id.rawValue)
            let name = keptGUID != nil ? (header["source"] ?? transcript.id.rawValue) : transcript.id.rawValue
            entries.append(("sources/\(guid).txt", Data(source.text.utf8)))
            writer.start(
                "TextSource",
                [
                    ("guid", guid), ("name", name), ("plainTextPath", "internal://\(guid).txt"),
                    ("creatingUser", users.first?.guid),
                ])
            // Header fields go into the description (attributes that qda.json marks private never do).
            let privateKeys = study.settings.privateAttributes
            let headerText = source.header.filter {
                !["refi-guid", SourceTranscript.lineLabelKey].contains($0.0.lowercased())
                    && !privateKeys.contains($0.0.lowercased())
            }.map { "\($0.0): \($0.1)" }.joined(separator: "\n")
            if !headerText.isEmpty { writer.textElement("Description", headerText) }
            for file in study.codingFiles where file.transcript == transcript.id {
                let user = StableGUID.make("user", file.coder.rawValue)
                var groups: [(range: Range<Int>, memo: String?, codes: [String])] = []
                for coding in file.codings {
                    guard !coding.range.isEmpty else { continue }
                    if let index = groups.firstIndex(where: { $0.range == coding.range && $0.memo == coding.memo }) {
                        groups[index].codes.append(coding.code)
                    } else {
                        groups.append((coding.range, coding.memo, [coding.code]))
                    }
                }
                for (index, group) in groups.enumerated() {
                    let start = source.sourceOffset(group.range.lowerBound)
                    let end = source.sourceOffset(group.range.upperBound)
                    let key = "\(file.coder)/\(transcript.id)/\(index)/\(start)/\(end)"
                    selectionCount += 1
                    writer.start(
                        "PlainTextSelection",
                        [
                            ("guid", StableGUID.make("selection", key)), ("name", ""), ("startPosition", String(start)),
                            ("endPosition", String(end)), ("creatingUser", user),
                        ])
                    if let memo = group.memo { writer.textElement("Description", memo) }
                    for (number, code) in group.codes.enumerated() {
                        codingCount += 1
                        writer.start(
                            "Coding", [("guid", StableGUID.make("coding", "\(key)/\(number)")), ("creatingUser", user)])
                        writer.empty("CodeRef", [("targetGUID", codeGUIDs[code] ?? StableGUID.make("code", code))])
                        writer.end()
                    }
                    writer.end()
                }
            }
            writer.end()
        }
        if !study.transcripts.isEmpty { writer.end() }
        let notes = memoNotes(root: root)
        if !notes.isEmpty {
            writer.start("Notes")
            for note in notes {
                writer.start("Note", [("guid", note.guid), ("name", note.name)])
                writer.textElement("PlainTextContent", note.text)
                writer.end()
            }
            writer.end()
        }
        writer.end()
        let xml = writer.text
        var report = Report(
            path: nil, projectXML: xml, sources: study.transcripts.count, codes: codeGUIDs.count, users: users.count,
            selections: selectionCount, codings: codingCount, notes: notes.count, diagnostics: diagnostics)
        guard let output else { return report }
        let data = try ArchiveWriter.zip([("project.qde", Data(xml.utf8))] + entries)
        try OutputFile.write(data, to: output, overwrite: overwrite)
        report.path = output
        return report
    }

    static func isGUID(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.map(\.count) == [8, 4, 4, 4, 12] && parts.allSatisfy { $0.allSatisfy(\.isHexDigit) }
    }

    /// The study's `memos/*.md` files as notes.
    static func memoNotes(root: String) -> [REFINote] {
        let folder = Paths.join(root, "memos")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.filter { $0.lowercased().hasSuffix(".md") || $0.lowercased().hasSuffix(".txt") }.sorted()
            .compactMap {
                name in
                guard let text = try? TextFile.read(Paths.join(folder, name)).text else { return nil }
                var body = text
                var title = Paths.stem(name)
                if let first = TextLines.split(text).first, first.text.hasPrefix("# ") {
                    title = first.text.dropFirst(2).trimmingWhitespace()
                    body = TextLines.split(text).dropFirst().map { String($0.text) }.joined(separator: "\n")
                        .trimmingWhitespace()
                }
                return REFINote(guid: StableGUID.make("note", name), name: title, text: body)
            }
    }
}
