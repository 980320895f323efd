import Foundation
import QDAKit
import Testing

@testable import QDAInterop

/// Paths, samples and fixtures for the interoperability tests.
enum InteropTestSupport {
    /// The package's root folder (where Package.swift is).
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    /// Files written by other programs, kept beside the repository (`../shared/interop-samples`)
    /// in the team's checkout and absent from a user's clone; never copied into the repository.
    static let samples = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/interop-samples")

    /// Whether the samples are there.
    static var samplesAvailable: Bool {
        FileManager.default.fileExists(atPath: samples.appendingPathComponent("PROVENANCE.md").path)
    }

    /// The note shown for tests skipped without the samples.
    static let samplesNote: Comment =
        "the interop samples (../shared/interop-samples beside the repository) are not present"

    /// The path of a sample.
    static func sample(_ relative: String) -> String { samples.appendingPathComponent(relative).path }

    /// A new, empty temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("qdainterop-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes a ZIP archive with `entries` and returns its path.
    static func zip(_ entries: [(String, Data)], named name: String, in folder: URL) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try ArchiveWriter.zip(entries.map { (path: $0.0, data: $0.1) }).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Writes a `.qdpx` with `project` as project.qde and `sources` under `sources/`.
    static func qdpx(
        _ project: String, sources: [(String, Data)], named name: String = "fixture.qdpx",
        qdeName: String = "project.qde",
        sourcesFolder: String = "sources", in folder: URL
    ) throws -> String {
        try zip(
            [(qdeName, Data(project.utf8))] + sources.map { ("\(sourcesFolder)/\($0.0)", $0.1) }, named: name,
            in: folder)
    }

    /// The text of `range` (code points) in `text`.
    static func slice(_ text: String, _ range: Range<Int>) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = ""
        out.unicodeScalars.append(contentsOf: scalars[range])
        return out
    }

    /// The text of `range` in UTF-16 code units of `text`.
    static func utf16Slice(_ text: String, _ range: Range<Int>) -> String {
        let units = Array(text.utf16)
        return String(decoding: units[range], as: UTF16.self)
    }
}
