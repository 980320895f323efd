import Foundation
import QDAKit
import ZIPFoundation

/// Limits that protect against hostile or broken ZIP files (`.qdpx`, `.docx`).
public struct ArchiveLimits: Hashable, Sendable {
    /// The largest uncompressed size of one entry.
    public var maximumEntrySize: UInt64
    /// The largest uncompressed size of all entries together.
    public var maximumTotalSize: UInt64
    /// The largest ratio of uncompressed to compressed size for entries over 1 MiB (a "zip bomb"
    /// compresses far better than any text or document).
    public var maximumRatio: UInt64
    /// The largest number of entries.
    public var maximumEntries: Int

    /// Creates limits; the defaults are far above any real project (1 GiB per entry, 4 GiB in
    /// all, ratio 200, 100,000 entries).
    public init(
        maximumEntrySize: UInt64 = 1 << 30, maximumTotalSize: UInt64 = 4 << 30, maximumRatio: UInt64 = 200,
        maximumEntries: Int = 100_000
    ) {
        self.maximumEntrySize = maximumEntrySize
        self.maximumTotalSize = maximumTotalSize
        self.maximumRatio = maximumRatio
        self.maximumEntries = maximumEntries
    }
}

/// A ZIP archive opened for reading with every entry checked before anything is read:
/// entries that would escape the folder they are unpacked in (`../`), absolute paths,
/// links, oversized entries and entries that compress suspiciously well are refused with
/// a message naming the entry. Entries are read into memory, never written to disk.
struct SafeArchive {
    let path: String
    let limits: ArchiveLimits
    private let archive: Archive
    /// The file entries, by their path with `\` read as `/`.
    private(set) var entryPaths: [String] = []
    private var entries: [String: Entry] = [:]

    init(path: String, limits: ArchiveLimits = ArchiveLimits()) throws {
        self.path = path
        self.limits = limits
        _ = try TextFile.readData(path)  // the usual not-found / folder / permission errors
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw Self.refuse(path, "is not a ZIP archive (a .qdpx or .docx file is one): \(error)")
        }
        var total: UInt64 = 0
        var count = 0
        for entry in archive {
            count += 1
            guard count <= limits.maximumEntries else {
                throw Self.refuse(path, "has more than \(limits.maximumEntries) entries; refused")
            }
            let name = entry.path.replacingOccurrences(of: "\\", with: "/")
            if let problem = Self.pathProblem(name) {
                throw Self.refuse(path, "entry `\(entry.path)` \(problem); refused")
            }
            if entry.type == .symlink {
                throw Self.refuse(path, "entry `\(entry.path)` is a symbolic link; refused")
            }
            guard entry.type == .file else { continue }
            let size = entry.uncompressedSize
            guard size <= limits.maximumEntrySize else {
                throw Self.refuse(
                    path,
                    "entry `\(entry.path)` would unpack to \(size) bytes, more than the limit of \(limits.maximumEntrySize); refused"
                )
            }
            if size > 1 << 20, size / max(entry.compressedSize, 1) > limits.maximumRatio {
                throw Self.refuse(
                    path,
                    "entry `\(entry.path)` is compressed \(size / max(entry.compressedSize, 1)) to 1 (\(entry.compressedSize) bytes unpack to \(size)), which only a decompression bomb does; refused"
                )
            }
            total += size
            guard total <= limits.maximumTotalSize else {
                throw Self.refuse(path, "would unpack to more than \(limits.maximumTotalSize) bytes in all; refused")
            }
            entryPaths.append(name)
            entries[name] = entry
        }
    }

    /// Why an entry name is unsafe, or `nil`.
    static func pathProblem(_ name: String) -> String? {
        if name.hasPrefix("/") { return "has an absolute path" }
        if name.count >= 2, name.dropFirst().first == ":", name.first?.isLetter == true {
            return "has an absolute (drive letter) path"
        }
        if name.split(separator: "/").contains("..") { return "points outside the archive's folder (`..`)" }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 }) { return "has control characters in its name" }
        return nil
    }

    static func refuse(_ path: String, _ message: String) -> QDAError {
        QDAError.invalidData([.error(message, at: SourceLocation(path: path))])
    }

    /// The entry path matching `name` exactly, else ignoring case (`Sources/` vs `sources/`).
    func find(_ name: String) -> String? {
        let wanted = name.replacingOccurrences(of: "\\", with: "/")
        if entries[wanted] != nil { return wanted }
        let lower = wanted.lowercased()
        return entryPaths.first { $0.lowercased() == lower }
    }

    /// The bytes of entry `name`; reading stops with an error if the entry unpacks to more
    /// than it declared.
    func read(_ name: String) throws -> Data {
        guard let entry = entries[name] else { throw Self.refuse(path, "has no entry `\(name)`") }
        let declared = entry.uncompressedSize
        var data = Data()
        data.reserveCapacity(Int(min(declared, 1 << 26)))
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                if UInt64(data.count) > declared { throw ArchiveSafetyError.sizeMismatch }
            }
        } catch ArchiveSafetyError.sizeMismatch {
            throw Self.refuse(path, "entry `\(name)` unpacks to more than its declared \(declared) bytes; refused")
        } catch {
            throw Self.refuse(path, "entry `\(name)` cannot be unpacked: \(error)")
        }
        return data
    }
}

private enum ArchiveSafetyError: Error {
    case sizeMismatch
}

/// Writes a ZIP archive in memory.
enum ArchiveWriter {
    /// The archive holding `entries` (path and bytes, in order), deflated.
    static func zip(_ entries: [(path: String, data: Data)], date: Date = Date(timeIntervalSince1970: 1_577_836_800))
        throws -> Data
    {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in entries {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                compressionMethod: data.count > 64 ? .deflate : .none
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw QDAError.writeFailed(path: "archive", reason: "no data") }
        return data
    }
}
