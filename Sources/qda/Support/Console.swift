import ArgumentParser
import Foundation
import QDAKit

/// Printing and exit statuses for the commands.
enum Console {
    /// Writes `text` to standard output, adding a final newline if missing.
    static func out(_ text: String) {
        guard !text.isEmpty else { return }
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Writes `text` to standard error, adding a final newline if missing.
    static func err(_ text: String) {
        guard !text.isEmpty else { return }
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Runs a command body, turning library errors into a message on standard error and
    /// exit status 1 (data) or 64 (usage).
    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as QDAError {
            switch error {
            case .invalidData, .encoding:
                // Already diagnostics in the `path:line:col: error: message` form.
                err(error.description)
            default:
                err("error: " + error.description)
            }
            throw ExitCode(error.isUsageError ? 64 : 1)
        }
    }
}

/// Options shared by commands that read a study.
struct StudyOptions: ParsableArguments {
    @Argument(help: "The study folder.", completion: .directory)
    var study: String = "."

    @Option(
        name: .long, help: "The codebook (.md, .csv or .json); overrides `codebook` in qda.json.", completion: .file())
    var codebook: String?

    @Option(name: .long, help: "Assume this encoding for files that are not UTF-8 (windows-1252, latin-1, utf-16).")
    var encoding: String?

    func loaderOptions() throws -> StudyLoader.Options {
        var encodingValue: TextEncoding?
        if let encoding {
            guard let parsed = TextEncoding(name: encoding) else {
                throw ValidationError("unknown encoding `\(encoding)`; use utf-8, windows-1252, latin-1 or utf-16")
            }
            encodingValue = parsed
        }
        return StudyLoader.Options(codebookPath: codebook, encoding: encodingValue)
    }
}
