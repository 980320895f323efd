import Foundation

/// Reads input files with errors that say what is wrong with the path.
public enum TextFile {
    /// The largest file QDAKit reads (1 GiB); larger inputs are refused with a message.
    public static let maximumSize = 1 << 30

    /// Reads and decodes the text file at `path`.
    ///
    /// - Throws: ``QDAError/notFound(path:)``, ``QDAError/wrongKind(path:expected:)``,
    ///   ``QDAError/unreadable(path:reason:)`` or ``QDAError/encoding(_:)``.
    public static func read(_ path: String, assuming encoding: TextEncoding? = nil) throws -> DecodedText {
        let data = try readData(path)
        return try TextDecoding.decode(data, path: path, assuming: encoding)
    }

    /// Reads the raw bytes of the file at `path`.
    public static func readData(_ path: String) throws -> Data {
        // The usual case, a regular file (not a link): one `lstat` answers what the checks below
        // ask FileManager in four calls (a study has thousands of files).
        var info = stat()
        if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG {
            guard access(path, R_OK) == 0 else { throw QDAError.unreadable(path: path, reason: "permission denied") }
            guard info.st_size <= maximumSize else {
                throw QDAError.unreadable(path: path, reason: "it is larger than 1 GiB")
            }
            return try contents(of: path)
        }
        var isDirectory: ObjCBool = false
        let manager = FileManager.default
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            if (try? manager.destinationOfSymbolicLink(atPath: path)) != nil {
                let reason =
                    isSymbolicLinkLoop(path)
                    ? "it is a symbolic link that leads back to itself (a link loop)"
                    : "it is a symbolic link to a file that does not exist"
                throw QDAError.unreadable(path: path, reason: reason)
            }
            throw QDAError.notFound(path: path)
        }
        if isDirectory.boolValue {
            throw QDAError.wrongKind(path: path, expected: "a file but found a folder")
        }
        // A named pipe would block the read forever; a device or socket is no text file.
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        if let type = (try? manager.attributesOfItem(atPath: target))?[.type] as? FileAttributeType,
            type != .typeRegular
        {
            throw QDAError.unreadable(path: path, reason: "it is not a regular file (a named pipe, socket or device)")
        }
        guard manager.isReadableFile(atPath: path) else {
            throw QDAError.unreadable(path: path, reason: "permission denied")
        }
        if let size = (try? manager.attributesOfItem(atPath: path))?[.size] as? Int, size > maximumSize {
            throw QDAError.unreadable(path: path, reason: "it is larger than 1 GiB")
        }
        return try contents(of: path)
    }

    private static func contents(of path: String) throws -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        } catch {
            throw QDAError.unreadable(path: path, reason: describe(error))
        }
    }

    /// Whether following the symbolic link at `path` comes back to a link already seen.
    static func isSymbolicLinkLoop(_ path: String) -> Bool {
        var seen = Set<String>()
        var current = URL(fileURLWithPath: path).standardizedFileURL
        for _ in 0..<64 {
            guard seen.insert(current.path).inserted else { return true }
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current.path) else {
                return false
            }
            let folder = current.deletingLastPathComponent()
            current = URL(fileURLWithPath: destination, relativeTo: folder).standardizedFileURL
        }
        return true
    }

    static func describe(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
            underlying.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(underlying.code))
        {
            return String(cString: strerror(code.rawValue)).lowercased()
        }
        if nsError.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(nsError.code)) {
            return String(cString: strerror(code.rawValue)).lowercased()
        }
        return nsError.localizedDescription
    }
}
