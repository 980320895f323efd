import Foundation

/// Writes and removes several files as one change: either every file is replaced or none is.
///
/// Each new content goes to a temporary file next to its target first; only when all are
/// written (and any requested backup copies made) are they renamed over their targets, each
/// rename being atomic. If a rename fails, the files already replaced are restored.
public struct FileTransaction: Sendable {
    private var writes: [(path: String, data: Data)] = []
    private var removals: [String] = []
    private var backups: [(original: String, copy: String)] = []

    /// An empty transaction.
    public init() {}

    /// Whether the transaction changes nothing.
    public var isEmpty: Bool { writes.isEmpty && removals.isEmpty }

    /// The files the transaction writes, in order.
    public var writtenPaths: [String] { writes.map(\.path) }

    /// Replaces (or creates) `path` with `text` in UTF-8.
    public mutating func write(_ text: String, to path: String) {
        writes.append((path, Data(text.utf8)))
    }

    /// Replaces (or creates) `path` with `data`.
    public mutating func write(_ data: Data, to path: String) {
        writes.append((path, data))
    }

    /// Removes `path`.
    public mutating func remove(_ path: String) {
        removals.append(path)
    }

    /// Copies `original` to `copy` before anything is replaced (the copy stays afterwards).
    public mutating func backUp(_ original: String, to copy: String) {
        backups.append((original, copy))
    }

    /// Carries out the transaction.
    ///
    /// - Throws: ``QDAError/writeFailed(path:reason:)``; the files are then as they were
    ///   (backup copies already made may remain).
    public func commit() throws {
        let manager = FileManager.default
        var temporaries: [(temporary: String, target: String)] = []
        func cleanUp() {
            for (temporary, _) in temporaries { try? manager.removeItem(atPath: temporary) }
        }
        // The folders first (one after the other), then the temporary files on several threads:
        // most of a write's time is waiting for the disk to sync it, which files can share.
        var folders = Set<String>()
        for (path, _) in writes {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            guard folders.insert(folder.path).inserted else { continue }
            do {
                try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw QDAError.writeFailed(path: path, reason: TextFile.describe(error))
            }
        }
        let outcomes = Parallel.mapWaiting(writes) { path, data -> Result<String, QDAError> in
            let url = URL(fileURLWithPath: path)
            let temporary = url.deletingLastPathComponent()
                .appendingPathComponent(".\(url.lastPathComponent).qda-\(UUID().uuidString).tmp").path
            do {
                try data.write(to: URL(fileURLWithPath: temporary))
                return .success(temporary)
            } catch {
                try? FileManager.default.removeItem(atPath: temporary)
                return .failure(QDAError.writeFailed(path: path, reason: TextFile.describe(error)))
            }
        }
        for (outcome, (path, _)) in zip(outcomes, writes) {
            if case .success(let temporary) = outcome { temporaries.append((temporary, path)) }
        }
        for case .failure(let error) in outcomes {
            cleanUp()
            throw error
        }
        for (original, copy) in backups {
            do {
                let copyURL = URL(fileURLWithPath: copy)
                try manager.createDirectory(at: copyURL.deletingLastPathComponent(), withIntermediateDirectories: true)
                if manager.fileExists(atPath: copy) { try manager.removeItem(at: copyURL) }
                try manager.copyItem(atPath: original, toPath: copy)
            } catch {
                cleanUp()
                throw QDAError.writeFailed(path: copy, reason: TextFile.describe(error))
            }
        }
        // Keep the current contents to restore them if a later step fails.
        var previous: [String: Data?] = [:]
        for path in writes.map(\.path) + removals {
            previous[path] =
                manager.fileExists(atPath: path) ? (try? Data(contentsOf: URL(fileURLWithPath: path))) : nil
        }
        var done: [String] = []
        func rollBack() {
            for path in done {
                if let data = previous[path] ?? nil {
                    try? data.write(to: URL(fileURLWithPath: path), options: .atomic)
                } else {
                    try? manager.removeItem(atPath: path)
                }
            }
        }
        for (temporary, target) in temporaries {
            if rename(temporary, target) != 0 {
                let reason = String(cString: strerror(errno))
                rollBack()
                cleanUp()
                throw QDAError.writeFailed(path: target, reason: reason)
            }
            done.append(target)
        }
        for path in removals where manager.fileExists(atPath: path) {
            do {
                try manager.removeItem(atPath: path)
                done.append(path)
            } catch {
                rollBack()
                throw QDAError.writeFailed(path: path, reason: TextFile.describe(error))
            }
        }
    }
}
