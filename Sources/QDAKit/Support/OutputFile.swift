import Foundation

/// Writes output files safely: the new content goes to a temporary file that replaces the
/// target only when complete, so an interrupted run leaves the old file intact; an existing
/// file is replaced only when `overwrite` is set, and can be kept as a backup first.
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
        try write(data, to: path, overwrite: overwrite, keepingBackup: false)
    }

    /// Writes `data` to `path`; when it replaces an existing file and `keepingBackup` is set,
    /// the old file is first copied to ``backupPath(for:date:)`` (for files holding a coder's
    /// work, such as coding files).
    ///
    /// The data goes to a hidden temporary file next to `path`, which is renamed over `path`
    /// only once it is completely written. If writing fails part-way, the temporary file is
    /// removed and the old file is untouched.
    ///
    /// - Parameter writer: how the bytes reach the disk (tests pass one that fails half-way).
    /// - Returns: the backup's path, when one was made.
    @discardableResult
    public static func write(
        _ data: Data, to path: String, overwrite: Bool, keepingBackup: Bool, writer: FileWriter = .standard
    ) throws -> String? {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        let exists = manager.fileExists(atPath: path, isDirectory: &isDirectory)
        if exists {
            if isDirectory.boolValue {
                throw QDAError.wrongKind(path: path, expected: "a file name but found a folder")
            }
            if !overwrite { throw QDAError.outputExists(path: path) }
        }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            try writer.write(data, temporary)
        } catch {
            try? manager.removeItem(at: temporary)
            throw QDAError.writeFailed(path: path, reason: TextFile.describe(error))
        }
        var backup: String?
        if exists && keepingBackup {
            let backupPath = uniqueBackupPath(for: path)
            do {
                try manager.copyItem(atPath: path, toPath: backupPath)
                backup = backupPath
            } catch {
                try? manager.removeItem(at: temporary)
                throw QDAError.writeFailed(path: path, reason: "no backup could be made: \(TextFile.describe(error))")
            }
        }
        // rename(2) replaces the target in one step on the same file system; Foundation's
        // `.atomic` option does the same but leaves no place to interrupt it in a test.
        guard rename(temporary.path, path) == 0 else {
            let reason = String(cString: strerror(errno)).lowercased()
            try? manager.removeItem(at: temporary)
            throw QDAError.writeFailed(path: path, reason: reason)
        }
        return backup
    }

    /// The backup name for `path` at `date`: `codings/anna/03-noa.tsv` →
    /// `codings/anna/03-noa.tsv.20250312-101500.bak` (ignored when a study is read).
    public static func backupPath(for path: String, date: Date = Date()) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return "\(path).\(formatter.string(from: date)).bak"
    }

    private static func uniqueBackupPath(for path: String) -> String {
        let base = backupPath(for: path)
        var candidate = base
        var number = 2
        while FileManager.default.fileExists(atPath: candidate) {
            candidate = String(base.dropLast(4)) + "-\(number).bak"
            number += 1
        }
        return candidate
    }
}

/// How ``OutputFile`` puts bytes into a new file. The standard writer is Foundation's;
/// tests inject one that fails part-way to show that an interrupted write loses nothing.
public struct FileWriter: Sendable {
    /// Writes `data` into a new file at `url`.
    public var write: @Sendable (_ data: Data, _ url: URL) throws -> Void

    /// Creates a writer from a closure.
    public init(write: @escaping @Sendable (_ data: Data, _ url: URL) throws -> Void) {
        self.write = write
    }

    /// Writes with `Data.write(to:options:)`, refusing to replace an existing file.
    public static let standard = FileWriter { data, url in
        try data.write(to: url, options: .withoutOverwriting)
    }
}
