/// Finds the code a coding file means: by exact name, by name ignoring case and accents,
/// by identifier, or by a former name (alias).
public struct CodeResolver: Sendable {
    /// How a name was resolved.
    public enum Match: Hashable, Sendable {
        /// The name is the code's name.
        case name(String)
        /// The name is the code's identifier or its name written differently (case, accents).
        case variant(String)
        /// The name is a former name of the code (an alias).
        case alias(String)
    }

    private var exact: [String: String] = [:]
    private var folded: [String: String] = [:]
    private var aliases: [String: String] = [:]

    /// Creates a resolver for `codebook`.
    public init(_ codebook: Codebook) {
        for code in codebook.codes {
            exact[code.name] = code.name
            for key in [TextFolding.fold(code.name), TextFolding.fold(code.identifier)] where folded[key] == nil {
                folded[key] = code.name
            }
        }
        for code in codebook.codes {
            for alias in code.aliases where folded[TextFolding.fold(alias)] == nil {
                aliases[TextFolding.fold(alias)] = code.name
            }
        }
    }

    /// The code `name` refers to, and how; `nil` when it is not in the codebook.
    public func resolve(_ name: String) -> Match? {
        if let code = exact[name] { return .name(code) }
        let key = TextFolding.fold(name.trimmingWhitespace())
        if let code = folded[key] { return .variant(code) }
        if let code = aliases[key] { return .alias(code) }
        return nil
    }

    /// The canonical name of the code `name` refers to, or `nil`.
    public func canonicalName(_ name: String) -> String? {
        switch resolve(name) {
        case .name(let code)?, .variant(let code)?, .alias(let code)?: return code
        case nil: return nil
        }
    }
}
