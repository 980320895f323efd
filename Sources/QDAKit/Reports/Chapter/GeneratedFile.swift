/// Marks generated files so they can be regenerated freely while an author's edits are never
/// overwritten: the last line records the SHA-256 of the content above it; a file whose
/// content no longer matches was edited.
enum GeneratedFile {
    static let prefix = "<!-- qda:sha256="

    /// `content` with the marker line appended.
    static func stamp(_ content: String) -> String {
        content + prefix + SHA256.hex(of: Array(content.utf8)) + " -->\n"
    }

    /// Whether `existing` is a generated file that nobody edited since.
    static func isUnmodified(_ existing: String) -> Bool {
        guard let range = existing.range(of: prefix, options: .backwards) else { return false }
        let content = existing[..<range.lowerBound]
        let digest = existing[range.upperBound...].prefix(64)
        return SHA256.hex(of: Array(content.utf8)) == digest
    }
}
