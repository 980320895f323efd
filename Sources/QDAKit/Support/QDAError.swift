import Foundation

/// An error that stops a library call: the input cannot be read at all, or the request
/// makes no sense.
///
/// Problems *inside* readable files are not thrown; they are collected as
/// ``Diagnostic`` values so that every problem in every file is reported in one run.
public enum QDAError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// A file or folder that was named does not exist.
    case notFound(path: String)
    /// A file was expected but a folder was found, or the reverse.
    case wrongKind(path: String, expected: String)
    /// The file exists but cannot be read (permissions, I/O error).
    case unreadable(path: String, reason: String)
    /// The file is not text in a supported encoding.
    case encoding(Diagnostic)
    /// The request is not valid (unknown coder, conflicting options, …): exit status 64.
    case usage(String)
    /// The data has problems that make the requested result meaningless: exit status 1.
    case invalidData([Diagnostic])
    /// An output file already exists and overwriting was not allowed.
    case outputExists(path: String)
    /// Writing an output failed; the previous file, if any, is intact.
    case writeFailed(path: String, reason: String)

    /// A one-paragraph explanation that names the file.
    public var description: String {
        switch self {
        case .notFound(let path):
            return "\(path): no such file or folder"
        case .wrongKind(let path, let expected):
            return "\(path): expected \(expected)"
        case .unreadable(let path, let reason):
            return "\(path): cannot be read: \(reason)"
        case .encoding(let diagnostic):
            return diagnostic.rendered
        case .usage(let message):
            return message
        case .invalidData(let diagnostics):
            return diagnostics.map(\.rendered).joined(separator: "\n")
        case .outputExists(let path):
            return
                "\(path) already exists; use --force to replace it (the old file is kept until the new one is complete)"
        case .writeFailed(let path, let reason):
            return "\(path): could not be written: \(reason); any previous version is unchanged"
        }
    }

    /// The same text as ``description``.
    public var errorDescription: String? { description }

    /// The error as a diagnostic that points at the file concerned.
    public var diagnostic: Diagnostic {
        switch self {
        case .notFound(let path): return .error("no such file or folder", at: SourceLocation(path: path))
        case .wrongKind(let path, let expected): return .error("expected \(expected)", at: SourceLocation(path: path))
        case .unreadable(let path, let reason):
            return .error("cannot be read: \(reason)", at: SourceLocation(path: path))
        case .encoding(let diagnostic): return diagnostic
        case .outputExists(let path):
            return .error("already exists; use --force to replace it", at: SourceLocation(path: path))
        case .writeFailed(let path, let reason):
            return .error("could not be written: \(reason)", at: SourceLocation(path: path))
        case .usage(let message): return .error(message)
        case .invalidData(let diagnostics): return diagnostics.first ?? .error("invalid data")
        }
    }

    /// Whether the error is a usage error (exit status 64) rather than a data error (1).
    public var isUsageError: Bool {
        if case .usage = self { return true }
        return false
    }
}
