import Foundation
import QDAKit
import Testing

@testable import QDAInterop

/// The real REFI-QDA projects in the interop samples: each must be read with the figures its
/// provenance notes give, imported into a study that loads without errors, with every
/// coding's text exactly the text NVivo selected.
@Suite("REFI-QDA samples", .enabled(if: InteropTestSupport.samplesAvailable, InteropTestSupport.samplesNote))
struct REFISampleTests {
    /// The figures in the samples' PROVENANCE.md, counted there with Python's zipfile and
    /// ElementTree (not with this code).
    struct Expected: Sendable, CustomTestStringConvertible {
        var file: String
        var codes: Int, codings: Int, textSources: Int, creatingUsers: Int, users: Int, selections: Int
        var distinctRanges: [Int]
        var depth: Int, nonCodable: Int
        /// Codings per coder (the coding's `creatingUser`), from the provenance notes.
        var coders: [String: Int]
        var origin: String
        var testDescription: String { file }
    }

    static let expected: [Expected] = [
        Expected(
            file: "oltas.qdpx", codes: 60, codings: 97, textSources: 1, creatingUsers: 2, users: 2, selections: 97,
            distinctRanges: [20], depth: 3, nonCodable: 0, coders: ["floriansipos": 97],
            origin: "NVivo for Windows 12.6"),
        Expected(
            file: "oltas0517.qdpx", codes: 152, codings: 303, textSources: 2, creatingUsers: 2, users: 2,
            selections: 303,
            distinctRanges: [0, 188], depth: 4, nonCodable: 1, coders: ["gergo": 303], origin: "NVivo for Windows 12.6"),
        Expected(
            file: "OltasSzkepticizmus_17June.qdpx", codes: 152, codings: 297, textSources: 2, creatingUsers: 2,
            users: 2,
            selections: 297, distinctRanges: [0, 187], depth: 4, nonCodable: 1, coders: ["floriansipos": 297],
            origin: "NVivo for Mac 12.7.0"),
        Expected(
            file: "oltas_teszt.qdpx", codes: 152, codings: 330, textSources: 2, creatingUsers: 3, users: 3,
            selections: 330,
            distinctRanges: [0, 195], depth: 4, nonCodable: 1, coders: ["gergo": 303, "test-user": 27],
            origin: "NVivo for Windows 12.6"),
    ]

    @Test("the project file's figures match the provenance notes", arguments: expected)
    func figures(_ expected: Expected) throws {
        let project = try #require(SampleImports.project("\(expected.file)"))
        let statistics = project.statistics
        #expect(statistics.count("Code") == expected.codes)
        #expect(statistics.count("Coding") == expected.codings)
        #expect(statistics.count("TextSource") == expected.textSources)
        #expect(statistics.creatingUsers.count == expected.creatingUsers)
        #expect(statistics.count("User") == expected.users)
        #expect(statistics.count("PlainTextSelection") == expected.selections)
        #expect(statistics.distinctRangesPerSource == expected.distinctRanges)
        #expect(statistics.codeDepth == expected.depth)
        #expect(statistics.nonCodableCodes == expected.nonCodable)
        #expect(project.origin == expected.origin)
        #expect(project.sources.count == expected.textSources)
        #expect(project.sources.flatMap(\.selections).flatMap(\.codings).count == expected.codings)
    }

    @Test("import gives a study that loads without errors, with every coding and coder", arguments: expected)
    func importStudy(_ expected: Expected) throws {
        let (folder, report) = try #require(SampleImports.imported[expected.file])
        #expect(report.codes == expected.codes - expected.nonCodable)
        #expect(Dictionary(uniqueKeysWithValues: report.coders.map { ($0.name, $0.codings) }) == expected.coders)
        let study = try StudyLoader().load(folder)
        #expect(study.diagnostics.filter { $0.severity == .error }.isEmpty, "\(study.diagnostics.prefix(3))")
        #expect(study.transcripts.count == expected.textSources)
        #expect(study.codebook?.codes.count == expected.codes - expected.nonCodable)
        var perCoder: [String: Int] = [:]
        for file in study.codingFiles { perCoder[file.coder.rawValue, default: 0] += file.codings.count }
        #expect(perCoder == expected.coders)
        let check = StudyChecker.check(study)
        #expect(!check.hasErrors)
    }

    @Test(
        "every coding covers exactly the text NVivo selected (UTF-16 offsets over the file as stored)",
        arguments: expected)
    func quotesAreExact(_ expected: Expected) throws {
        let project = try #require(SampleImports.project(expected.file))
        var wanted: [String] = []
        let codeNames = REFICodebook.codebook(from: project.codes, title: "").codeNames
        for source in project.sources {
            for selection in source.selections {
                let text = InteropTestSupport.utf16Slice(source.text, selection.start..<selection.end)
                for coding in selection.codings {
                    wanted.append("\(source.name)|\(codeNames[coding.codeGUID]!)|\(text)")
                }
            }
        }
        let (folder, _) = try #require(SampleImports.imported[expected.file])
        let study = try StudyLoader().load(folder)
        var found: [String] = []
        for file in study.codingFiles {
            let transcript = try #require(study.transcript(file.transcript))
            let text = try TextFile.read(transcript.path).text
            let name = try #require(transcript.header["source"])
            for coding in file.codings {
                found.append("\(name)|\(coding.code)|\(InteropTestSupport.slice(text, coding.range))")
            }
        }
        #expect(found.sorted() == wanted.sorted())
    }

    @Test("the offsets are detected as UTF-16 code units, per source", arguments: expected)
    func detectsUTF16(_ expected: Expected) throws {
        let project = try #require(SampleImports.project("\(expected.file)"))
        for source in project.sources where !source.selections.isEmpty {
            let detection = OffsetConvention.detect(
                in: source.text, selections: source.selections.map { ($0.start, $0.end) },
                hasByteOrderMark: source.hadByteOrderMark)
            #expect(detection.convention == OffsetConvention(unit: .utf16))
            #expect(!detection.agreesWithStandard)
            #expect(detection.cleanBoundaries > detection.standardCleanBoundaries)
        }
    }

    @Test("the container quirks are reported: Sources/ with a capital, BOM, mixed line endings")
    func quirks() throws {
        let (_, report) = try #require(SampleImports.imported["oltas.qdpx"])
        #expect(report.diagnostics.contains { $0.message.contains("`Sources/`") })
        #expect(report.sources[0].notes.contains { $0.contains("byte-order mark") })
        let project = try #require(SampleImports.project("oltas.qdpx"))
        #expect(project.sources[0].hadByteOrderMark)
        #expect(project.sources[0].text.contains("\r\n"))
        let mac = try #require(SampleImports.project("OltasSzkepticizmus_17June.qdpx"))
        #expect(mac.sources.allSatisfy { !$0.hadByteOrderMark && !$0.text.contains("\r") })
    }

    @Test("the Windows and Mac exports of one project select the same passages")
    func windowsAndMacAgree() throws {
        func passages(_ file: String) throws -> Set<String> {
            let project = try #require(SampleImports.project("\(file)"))
            var result = Set<String>()
            for source in project.sources {
                for selection in source.selections {
                    let text = InteropTestSupport.utf16Slice(source.text, selection.start..<selection.end)
                    result.insert(text.replacingOccurrences(of: "\r\n", with: "\n"))
                }
            }
            return result
        }
        let windows = try passages("oltas0517.qdpx")
        let mac = try passages("OltasSzkepticizmus_17June.qdpx")
        #expect(windows.intersection(mac).count == 186)
    }

    @Test("import → export → import gives the same sources, codes and codings", arguments: [expected[0], expected[3]])
    func roundTrip(_ expected: Expected) throws {
        let (first, _) = try #require(SampleImports.imported[expected.file])
        let exported = try InteropTestSupport.temporaryFolder().appendingPathComponent("export.qdpx").path
        _ = try QDPXExporter.export(studyAt: first, to: exported, overwrite: false)
        let second = try InteropTestSupport.temporaryFolder()
        _ = try Importer.importFiles([exported], options: .init(study: second.path))
        #expect(try RoundTrip.summary(of: first) == RoundTrip.summary(of: second.path))
    }

    @Test("the malformed Codebook.xsd is refused with the line where it breaks")
    func malformedSchema() throws {
        let path = InteropTestSupport.sample("schema/Codebook.xsd")
        #expect {
            _ = try REFICodebookFile.read(path)
        } throws: { error in
            guard case QDAError.invalidData(let diagnostics) = error, let first = diagnostics.first else {
                return false
            }
            return first.location?.line == 3 && first.message.contains("not well-formed XML")
                && first.sourceLine?.contains("ElementDeclarations") == true
        }
    }

    @Test("the project schema itself is read as XML but refused as a project")
    func schemaIsNotAProject() throws {
        #expect(throws: QDAError.self) {
            _ = try REFIProjectReader.read(
                InteropTestSupport.sample("schema/Project.xsd").replacingOccurrences(of: ".xsd", with: ".qde"))
        }
    }
}

/// Each sample read and imported once into its own temporary study, shared by the tests.
enum SampleImports {
    static let projects: [String: REFIProject] = {
        var result: [String: REFIProject] = [:]
        for file in REFISampleTests.expected.map(\.file) {
            result[file] = try? REFIProjectReader.read(InteropTestSupport.sample("pyqdpx/\(file)")).project
        }
        return result
    }()

    static func project(_ file: String) -> REFIProject? { projects[file] }

    static let imported: [String: (folder: String, report: ImportReport)] = {
        var result: [String: (String, ImportReport)] = [:]
        for file in REFISampleTests.expected.map(\.file) {
            guard let folder = try? InteropTestSupport.temporaryFolder(),
                let report = try? Importer.importFiles(
                    [InteropTestSupport.sample("pyqdpx/\(file)")], options: .init(study: folder.path)
                ).first
            else { continue }
            result[file] = (folder.path, report)
        }
        return result
    }()
}

/// What must survive a round trip: per transcript the source text, and per coder the codings
/// as (code, start, end, text) in the source's own offsets.
enum RoundTrip {
    static func summary(of root: String) throws -> [String: [String]] {
        let study = try StudyLoader().load(root)
        var result: [String: [String]] = [:]
        var sourcesByID: [TranscriptID: (String, (Int) -> Int)] = [:]
        for transcript in study.transcripts {
            let source = SourceTranscript.source(fromTranscriptText: try TextFile.read(transcript.path).text)
            let name = transcript.header["source"] ?? transcript.id.rawValue
            sourcesByID[transcript.id] = (name, source.sourceOffset)
            result["source \(name)"] = [source.text]
        }
        result["codes"] = (study.codebook?.codes.map(\.name) ?? []).sorted()
        for file in study.codingFiles {
            let (name, offset) = sourcesByID[file.transcript]!
            result["coder \(file.coder) \(name)", default: []] += file.codings.map {
                "\($0.code)|\(offset($0.range.lowerBound))|\(offset($0.range.upperBound))|\($0.memo ?? "")"
            }.sorted()
        }
        return result
    }
}
