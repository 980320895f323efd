import Foundation
import QDAKit

/// Files an import will write into a study, checked all together before any is written.
public struct StudyFiles: Sendable {
    /// One file to write.
    public struct File: Sendable, Hashable {
        /// The path, relative to the study folder.
        public var path: String
        /// The text.
        public var text: String
    }

    /// The files, in the order they are written.
    public var files: [File] = []

    /// Creates an empty set of files.
    public init() {}

    /// Adds a file.
    public mutating func add(_ path: String, _ text: String) { files.append(File(path: path, text: text)) }

    /// Whether a file with this path is already planned.
    public func contains(_ path: String) -> Bool { files.contains { $0.path == path } }

    /// Writes every file under `root`. Without `overwrite`, nothing is written when any of
    /// them exists already, and the error names all of them.
    public func write(under root: String, overwrite: Bool) throws -> [String] {
        let targets = files.map { Paths.join(root, $0.path) }
        if !overwrite {
            let existing = targets.filter { FileManager.default.fileExists(atPath: $0) }
            if existing.count == 1 { throw QDAError.outputExists(path: existing[0]) }
            if existing.count > 1 {
                throw QDAError.invalidData(
                    existing.map {
                        .error(
                            "already exists; nothing was written (use --force to replace the files)",
                            at: SourceLocation(path: $0))
                    })
            }
        }
        for (file, target) in zip(files, targets) {
            // A coding file replaced with --force may hold a coder's work: keep the old one.
            let isCoding = file.path.hasPrefix("codings/")
            try OutputFile.write(Data(file.text.utf8), to: target, overwrite: overwrite, keepingBackup: isCoding)
        }
        return targets
    }

    /// A file stem from a name: a slug, never empty and never one the study loader skips
    /// (`readme…`, `codebook…`), unique among `taken` (which it is added to).
    static func stem(for name: String, fallback: String, taken: inout Set<String>) -> String {
        var base = TextFolding.slug(name)
        if base.isEmpty { base = fallback }
        if ["readme", "license", "licence", "changelog", "codebook", "codeboek", "codeerschema"].contains(where: {
            base.hasPrefix($0)
        }) {
            base = "source-" + base
        }
        if base.count > 60 { base = String(base.prefix(60)) }
        var candidate = base
        var number = 2
        while taken.contains(candidate) {
            candidate = "\(base)-\(number)"
            number += 1
        }
        taken.insert(candidate)
        return candidate
    }
}
