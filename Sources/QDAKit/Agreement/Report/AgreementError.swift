import Foundation

/// Why `qda agree` cannot compare: each case says what is wrong and what would work.
public enum AgreementError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// Fewer than two coders were named.
    case tooFewCoders([CoderID])
    /// A coder was named twice.
    case duplicateCoder(CoderID)
    /// A named coder has no folder of coding files in the study.
    case unknownCoder(CoderID, available: [CoderID])
    /// No transcript was coded by at least two of the named coders.
    case noSharedTranscripts(coded: [CoderID: [TranscriptID]])
    /// A transcript named with `--transcripts` is not in the study.
    case unknownTranscript(String, available: [TranscriptID])
    /// A code named with `--codes` or in a group is neither in the codebook nor used by a coder.
    case unknownCode(String, suggestion: String?)
    /// A theme named with `--theme` is not in the codebook.
    case unknownTheme(String, available: [String])
    /// The coding files (or the transcripts and codebook they rest on) have errors that
    /// `qda check` reports; agreement on broken codings would mislead.
    case invalidCodings([Diagnostic])
    /// Options that cannot be combined or have no meaning (exit status 64).
    case usage(String)

    /// A one-paragraph explanation.
    public var description: String {
        switch self {
        case .tooFewCoders(let coders):
            let named = coders.isEmpty ? "no coder was named" : "only `\(coders[0])` was named"
            return "agreement needs at least two coders, but \(named); use --coders anna,bram"
        case .duplicateCoder(let coder):
            return "`\(coder)` is named twice in --coders; name each coder once"
        case .unknownCoder(let coder, let available):
            let list =
                available.isEmpty
                ? "there are no coders yet (codings/<coder>/<transcript>.tsv)"
                : "coders in this study: " + available.map(\.rawValue).joined(separator: ", ")
            let hint =
                EditDistance.closest(to: coder.rawValue, in: available.map(\.rawValue)).map { "did you mean `\($0)`? " }
                ?? ""
            return "there is no coder `\(coder)` (no folder codings/\(coder)/); \(hint)\(list)"
        case .noSharedTranscripts(let coded):
            let lines = coded.keys.sorted().map { coder in
                let list = coded[coder]!.map(\.rawValue).joined(separator: ", ")
                return "  \(coder): \(list.isEmpty ? "no transcripts coded" : list)"
            }
            return (["no transcript was coded by two or more of these coders, so there is nothing to compare:"] + lines)
                .joined(separator: "\n")
        case .unknownTranscript(let name, let available):
            let hint =
                EditDistance.closest(to: name, in: available.map(\.rawValue)).map { "; did you mean `\($0)`?" } ?? ""
            return "there is no transcript `\(name)` in this study\(hint)"
        case .unknownCode(let name, let suggestion):
            return
                "`\(name)` is not a code in the codebook or the codings\(suggestion.map { "; did you mean `\($0)`?" } ?? "")"
        case .unknownTheme(let name, let available):
            return "there is no theme `\(name)` in the codebook; themes: \(available.joined(separator: ", "))"
        case .invalidCodings(let diagnostics):
            let count = diagnostics.count
            return
                (diagnostics.map(\.rendered)
                + [
                    "\(count) error\(count == 1 ? "" : "s") in the codings being compared; fix them (see qda check) and run qda agree again"
                ])
                .joined(separator: "\n")
        case .usage(let message):
            return message
        }
    }

    /// The same text as ``description``.
    public var errorDescription: String? { description }

    /// Whether the problem is in how the command was called (exit status 64) rather than in
    /// the data (exit status 1).
    public var isUsageError: Bool {
        if case .usage = self { return true }
        return false
    }
}
