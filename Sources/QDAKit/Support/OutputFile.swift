import Foundation

/// Writes output files safely: the new content goes to a temporary file that replaces the
/// target only when complete, so an interrupted run leaves the old file intact; an existing
/// file is replaced only when `overwrite` is set.
public enum OutputFile {
    /// Writes `text` as UTF-8 to `path`, creating missing parent folders.
    ///
    /// - Throws: ``QDAError/outputExists(path:)`` when the file exists and `overwrite` is
    ///   false; ``QDAError/writeFailed(path:reason:)`` when writing fails.
    public static func write(_ text: String, to path: String, overwrite: Bool) throws {
        try write(Data(text.utf8), to: path, overwrite: overwrite)
    }

    /// Writes `data` to `path`, creating missing parent folders.
    public static func write(_ data: Data, to path: String, overwrite: Bool) throws {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue {
                throw QDAError.wrongKind(path: path, expected: "a file name but found a folder")
            }
            if !overwrite { throw QDAError.outputExists(path: path) }
        }
        let url = URL(fileURLWithPath: path)
        do {
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url, options: .atomic)
        } catch {
            throw QDAError.writeFailed(path: path, reason: TextFile.describe(error))
        }
    }
}
