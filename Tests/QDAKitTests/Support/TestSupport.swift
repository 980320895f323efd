import Foundation
import Testing

@testable import QDAKit

/// A small deterministic generator (SplitMix64), so property tests see the same data every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension SeededGenerator {
    /// The next value as a non-negative `Int` (the upper 63 bits).
    mutating func nextInt() -> Int { Int(next() >> 1) }
}

/// Paths and temporary folders for tests.
enum TestSupport {
    /// The package's root folder (where Package.swift is).
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    /// The shipped sample study.
    static var sampleStudy: URL { packageRoot.appendingPathComponent("SampleTranscripts") }

    /// The shipped codebooks.
    static var codebooks: URL { packageRoot.appendingPathComponent("CodeBooks") }

    /// A new, empty temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("qdakit-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `text` to `name` (with folders) under `folder` and returns the path.
    @discardableResult
    static func write(_ text: String, to name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Parses transcript text with the default interviewer labels.
    static func parse(_ text: String, path: String = "t.txt") -> TranscriptParser.Result {
        TranscriptParser().parse(text, path: path)
    }
}

extension Transcript {
    /// The text a range covers, looked up through the turns (for assertions).
    func text(of range: Range<Int>) -> String {
        turns.filter { $0.range.overlaps(range) || $0.range.lowerBound == range.lowerBound }
            .map { String($0.substring(offsets: range)) }.joined(separator: " ")
    }
}
