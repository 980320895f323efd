import Foundation
import QDAKit

/// Turns a REFI-QDA project into study files: each text source a transcript
/// (``SourceTranscript``), the code tree a codebook (``REFICodebook``), each user who
/// applied codes a coder with one coding file per transcript, and notes memos.
///
/// Every selection becomes one row per code in the coder's coding file, with the turn(s) it
/// falls in, the selected text as quote (white space collapsed), memo, and `start`/`end`:
/// the code-point offsets in the transcript file of exactly the selected characters, so
/// that selections that do not fall on whole turns are kept exactly.
struct REFIImporter {
    var project: REFIProject
    var archiveName: String
    var context: StudyContext

    var diagnostics: [Diagnostic] = []
    var files = StudyFiles()
    var sourceReports: [ImportReport.Source] = []
    var coderCodings: [String: Int] = [:]
    var coderTranscripts: [String: Set<String>] = [:]

    init(project: REFIProject, archivePath: String, context: StudyContext) {
        self.project = project
        self.archiveName = (archivePath as NSString).lastPathComponent
        self.context = context
    }

    /// Plans the files; nothing is written.
    mutating func run() -> ImportReport {
        let mapping = REFICodebook.codebook(from: project.codes, title: project.name)
        for note in mapping.notes { diagnostics.append(.note(note, at: SourceLocation(path: archiveName))) }
        let coders = coderNames()
        let notesByGUID = Dictionary(project.notes.map { ($0.guid, $0) }, uniquingKeysWith: { a, _ in a })
        var usedNotes = Set<String>()
        var stems = Set<String>()
        var creatorMismatches = 0
        var rowsByFile: [String: [[String]]] = [:]
        var fileOrder: [String] = []

        for source in project.sources {
            let stem = StudyFiles.stem(for: source.name, fallback: "source", taken: &stems)
            var header: [(String, String)] = [("source", source.name), ("imported-from", importedFrom)]
            header.append(("refi-guid", source.guid))
            let restored = Self.headerFields(fromDescription: source.description)
            var made = SourceTranscript.make(
                sourceText: source.text, header: header + restored, preferredLabel: source.name,
                interviewerLabels: context.interviewerLabels)
            if made.lineLabel != nil && !restored.isEmpty {
                // Declarations written for the original transcript do not fit the labelled lines.
                let kept = restored.filter { !["participant", "participants"].contains($0.0.lowercased()) }
                made = SourceTranscript.make(
                    sourceText: source.text, header: header + kept, preferredLabel: source.name,
                    interviewerLabels: context.interviewerLabels)
            }
            let transcriptPath = Paths.join(context.transcriptFolder, stem + ".txt")
            let parsed = TranscriptParser(interviewerLabels: context.interviewerLabels).parse(
                made.text, path: transcriptPath)
            guard let transcript = parsed.transcript else {
                diagnostics.append(
                    .error(
                        "source `\(source.name)` could not be made into a transcript; left out",
                        at: SourceLocation(path: archiveName)))
                diagnostics += parsed.diagnostics
                continue
            }
            files.add(transcriptPath, made.text)
            let ranges = source.selections.map { (start: $0.start, end: $0.end) }
            let detection = OffsetConvention.detect(
                in: source.text, selections: ranges, hasByteOrderMark: source.hadByteOrderMark)
            let mapper = OffsetConvention.Mapper(convention: detection.convention, text: source.text)
            let scalars = Array(source.text.unicodeScalars)
            var selectionCount = 0
            for selection in source.selections {
                let start = selection.end < 0 ? 0 : mapper.codePoint(selection.start)
                let end = selection.end < 0 ? scalars.count : mapper.codePoint(selection.end)
                guard let start, let end, start <= end else {
                    diagnostics.append(
                        .error(
                            "selection \(selection.start)–\(selection.end) in `\(source.name)` is outside its text (\(scalars.count) characters) under \(detection.convention); left out",
                            at: SourceLocation(path: archiveName, line: selection.line)))
                    continue
                }
                guard start < end else {
                    diagnostics.append(
                        .warning(
                            "selection \(selection.start)–\(selection.end) in `\(source.name)` is empty; left out",
                            at: SourceLocation(path: archiveName, line: selection.line)))
                    continue
                }
                selectionCount += 1
                let fileStart = made.fileOffset(ofSource: start, isEnd: false)
                let fileEnd = made.fileOffset(ofSource: end, isEnd: true)
                let turns = Self.turns(covering: fileStart..<fileEnd, in: transcript)
                var quoteText = ""
                quoteText.unicodeScalars.append(contentsOf: scalars[start..<end])
                let quote = TextFolding.collapseWhitespace(quoteText)
                for coding in selection.codings {
                    guard let code = mapping.codeNames[coding.codeGUID] else {
                        diagnostics.append(
                            .error(
                                "a coding in `\(source.name)` refers to code \(coding.codeGUID), which is not in the code tree; left out",
                                at: SourceLocation(path: archiveName, line: selection.line)))
                        continue
                    }
                    let user =
                        coding.creatingUser ?? selection.creatingUser ?? source.creatingUser ?? project.creatingUser
                    if let selectionUser = selection.creatingUser, let codingUser = coding.creatingUser,
                        selectionUser != codingUser
                    {
                        creatorMismatches += 1
                    }
                    let coder = coders[user ?? ""] ?? "refi"
                    var memoParts: [String] = []
                    if let description = selection.description { memoParts.append(description) }
                    for ref in selection.noteRefs + coding.noteRefs {
                        if let note = notesByGUID[ref] {
                            memoParts.append(note.text)
                            usedNotes.insert(ref)
                        }
                    }
                    let memo = memoParts.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }.joined(
                        separator: "\n\n")
                    let codingPath = Paths.join("codings/\(coder)", stem + ".tsv")
                    if rowsByFile[codingPath] == nil { fileOrder.append(codingPath) }
                    rowsByFile[codingPath, default: []].append([
                        turns.lowerBound == turns.upperBound
                            ? "\(turns.lowerBound)" : "\(turns.lowerBound)-\(turns.upperBound)",
                        code, quote, memo, String(fileStart), String(fileEnd),
                    ])
                    coderCodings[coder, default: 0] += 1
                    coderTranscripts[coder, default: []].insert(stem)
                }
            }
            var notes: [String] = []
            if source.hadByteOrderMark {
                notes.append("the text file began with a byte-order mark, which is not part of the text")
            }
            let endings = Self.lineEndings(source.text)
            if endings.count > 1 {
                notes.append("mixed line endings (\(endings.joined(separator: ", "))), kept as stored")
            }
            if let label = made.lineLabel {
                notes.append("lines without a speaker are turns of `\(label)` (line-label in the header)")
            }
            sourceReports.append(
                ImportReport.Source(
                    name: source.name, transcript: transcriptPath, turns: transcript.turns.count,
                    selections: selectionCount,
                    offsets: source.selections.isEmpty ? nil : detection.summary, notes: notes))
        }
        if creatorMismatches > 0 {
            diagnostics.append(
                .note(
                    "in \(creatorMismatches) coding\(creatorMismatches == 1 ? "" : "s") the selection was created by another user than the coding; the coding's user is taken as the coder",
                    at: SourceLocation(path: archiveName)))
        }
        for path in fileOrder {
            let rows = rowsByFile[path]!.sorted { (Int($0[4])!, Int($0[5])!) < (Int($1[4])!, Int($1[5])!) }
            files.add(path, CSV.format([["turn", "code", "quote", "memo", "start", "end"]] + rows, delimiter: "\t"))
        }
        writeCodebook(mapping.codebook)
        var memoStems = Set<String>()
        for note in project.notes where !usedNotes.contains(note.guid) {
            let stem = StudyFiles.stem(for: note.name, fallback: "memo", taken: &memoStems)
            files.add("memos/\(stem).md", "# \(note.name)\n\n\(note.text.trimmingWhitespace())\n")
        }
        return ImportReport(
            input: archiveName, kind: "REFI-QDA project\(project.origin.map { " (written by \($0))" } ?? "")",
            files: files, sources: sourceReports,
            coders: coderCodings.keys.sorted().map {
                ImportReport.Coder(name: $0, codings: coderCodings[$0]!, transcripts: coderTranscripts[$0]!.count)
            },
            codes: mapping.codebook.codes.count, themes: mapping.codebook.themes.count,
            users: project.users.map { $0.name ?? $0.guid }, statistics: project.statistics, diagnostics: diagnostics)
    }

    /// Header fields kept in a source's description by a QDAKit export (`key: value` lines),
    /// without the ones an import writes itself.
    static func headerFields(fromDescription description: String?) -> [(String, String)] {
        guard let description else { return [] }
        var fields: [(String, String)] = []
        for line in description.split(whereSeparator: \.isNewline) {
            guard let colon = line.firstIndex(of: ":") else { return [] }
            let key = line[..<colon].trimmingWhitespace()
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
                return []
            }
            fields.append((key, line[line.index(after: colon)...].trimmingWhitespace()))
        }
        let own: Set<String> = ["source", "imported-from", "refi-guid", SourceTranscript.lineLabelKey]
        return fields.filter { !own.contains($0.0.lowercased()) }
    }

    var importedFrom: String {
        "REFI-QDA project \(archiveName)" + (project.origin.map { " (\($0))" } ?? "")
    }

    /// Coder folder names by user GUID: the user's name as a slug, made unique.
    func coderNames() -> [String: String] {
        var result: [String: String] = [:]
        var taken = Set<String>()
        var guids = project.users.map(\.guid)
        for source in project.sources {
            for selection in source.selections {
                for coding in selection.codings {
                    for user in [coding.creatingUser, selection.creatingUser].compactMap({ $0 })
                    where !guids.contains(user) {
                        guids.append(user)
                    }
                }
            }
        }
        if let creator = project.creatingUser, !guids.contains(creator) { guids.append(creator) }
        for guid in guids {
            let user = project.users.first { $0.guid == guid }
            let name = user?.name ?? user?.id ?? "user-\(guid.prefix(8))"
            var base = TextFolding.slug(name)
            if base.isEmpty { base = "user-\(TextFolding.slug(String(guid.prefix(8))))" }
            var candidate = base
            var number = 2
            while taken.contains(candidate) {
                candidate = "\(base)-\(number)"
                number += 1
            }
            taken.insert(candidate)
            result[guid] = candidate
        }
        return result
    }

    mutating func writeCodebook(_ codebook: Codebook) {
        let text = CodebookMarkdown.format(codebook)
        if let configured = context.settings.codebook {
            let path =
                "codebook-\(TextFolding.slug(project.name).isEmpty ? "imported" : TextFolding.slug(project.name)).md"
            files.add(path, text)
            diagnostics.append(
                .note(
                    "the study already names a codebook (\(configured)); the project's code tree was written to \(path) for comparison, and codes not in \(configured) are reported by `qda check` as candidate codes",
                    at: SourceLocation(path: archiveName)))
            return
        }
        files.add("codebook.md", text)
        if context.hasSettingsFile {
            diagnostics.append(
                .note(
                    "add \"codebook\": \"codebook.md\" to qda.json so that qda uses the imported codebook",
                    at: SourceLocation(path: "qda.json")))
        } else {
            files.add("qda.json", "{\n  \"codebook\": \"codebook.md\"\n}\n")
        }
    }

    /// The turns a coded range falls in; for a range between turns (a label or white space
    /// only), the turn that follows it, else the one before.
    static func turns(covering range: Range<Int>, in transcript: Transcript) -> ClosedRange<Int> {
        let turns = transcript.turns
        // The first turn that ends after the range starts (turns are in file order).
        var low = 0
        var high = turns.count
        while low < high {
            let middle = (low + high) / 2
            if turns[middle].range.upperBound <= range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var last = low - 1
        var index = low
        while index < turns.count && turns[index].range.lowerBound < range.upperBound {
            if turns[index].range.upperBound > range.lowerBound { last = index }
            index += 1
        }
        if low < turns.count, last >= low, turns[low].range.lowerBound < range.upperBound {
            return turns[low].number...turns[last].number
        }
        if low < turns.count { return turns[low].number...turns[low].number }
        let final = turns.count
        return final...final
    }

    static func lineEndings(_ text: String) -> [String] {
        var kinds = Set<String>()
        var previousCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                kinds.insert(previousCR ? "CRLF" : "LF")
            } else if previousCR {
                kinds.insert("CR")
            }
            previousCR = scalar == "\r"
        }
        if previousCR { kinds.insert("CR") }
        return kinds.sorted()
    }
}
