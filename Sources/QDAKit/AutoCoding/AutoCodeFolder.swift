import Foundation

/// The folder the auto-coder writes to (`codings/auto/`) and the record that shows it wrote
/// the files there: `.qda-autocode.json`, listing each file with a fingerprint of its content.
///
/// The auto-coder never writes into a folder with coding files it did not write, so a human
/// coder's work cannot be overwritten by choosing the wrong `--as`; and it does not replace a
/// file that was edited since (reviewed by hand) unless forced, keeping the edited file as
/// `<name>.bak` then.
struct AutoCodeFolder {
    static let manifestName = ".qda-autocode.json"

    struct Manifest: Codable, Hashable {
        var about =
            "Written by qda autocode. It replaces the files listed here when it runs again, and refuses to if they were edited (unless --force)."
        var codebook: String
        var guide: String?
        var files: [String: String]
    }

    let folder: String

    /// The changes that write `files` (name, UTF-8 content and its ``fingerprint(_:)``) to the
    /// folder, with the manifest.
    ///
    /// - Throws: ``QDAError/usage(_:)`` when the folder holds coding files the auto-coder
    ///   did not write, or files edited since it wrote them and `force` is false.
    func transaction(
        for files: [(name: String, data: Data, fingerprint: String)], codebook: String, guide: String?, force: Bool
    ) throws -> (transaction: FileTransaction, backups: [String]) {
        let manager = FileManager.default
        let manifestPath = Paths.join(folder, Self.manifestName)
        let existing = ((try? manager.contentsOfDirectory(atPath: folder)) ?? []).filter {
            !$0.hasPrefix(".") && !$0.hasSuffix(".bak") && !$0.hasSuffix("~")
        }.sorted()
        var manifest: Manifest?
        if let data = manager.contents(atPath: manifestPath) {
            manifest = try? JSONDecoder().decode(Manifest.self, from: data)
        }
        guard existing.isEmpty || manifest != nil else {
            throw QDAError.usage(
                "\(folder)/ holds files that qda autocode did not write (\(existing.prefix(3).joined(separator: ", "))\(existing.count > 3 ? ", …" : "")): it may be a human coder's work, so nothing was written; write the auto-codings as another coder with --as (for example --as auto)"
            )
        }
        var transaction = FileTransaction()
        var backups: [String] = []
        let newNames = Set(files.map(\.name))
        for name in existing {
            let path = Paths.join(folder, name)
            guard let recorded = manifest?.files[name] else {
                throw QDAError.usage(
                    "\(path) was not written by qda autocode; move it out of \(folder)/ or write the auto-codings as another coder with --as"
                )
            }
            let current = Self.fingerprint(manager.contents(atPath: path) ?? Data())
            if current != recorded {
                guard force else {
                    throw QDAError.usage(
                        "\(path) was edited after qda autocode wrote it (reviewed by hand?); nothing was written. Use --force to replace it (the edited file is kept as \(name).bak), or write to another coder with --as"
                    )
                }
                transaction.backUp(path, to: path + ".bak")
                backups.append(path + ".bak")
            }
            if !newNames.contains(name) { transaction.remove(path) }
        }
        var record = Manifest(codebook: codebook, guide: guide, files: [:])
        for file in files {
            transaction.write(file.data, to: Paths.join(folder, file.name))
            record.files[file.name] = file.fingerprint
        }
        transaction.write(JSONOutput.encode(record), to: manifestPath)
        return (transaction, backups)
    }

    /// A 64-bit FNV-1a fingerprint of `data`, as hex: enough to notice an edit.
    static func fingerprint(_ data: Data) -> String {
        data.withUnsafeBytes(fingerprint(bytes:))
    }

    /// ``fingerprint(_:)`` of raw bytes.
    static func fingerprint(bytes: UnsafeRawBufferPointer) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
