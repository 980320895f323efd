/// The `key: value` keys a codebook may use, with their Dutch equivalents.
enum CodebookKey: String, CaseIterable {
    case question, label, description, example, keywords, aliases, report, origin, id, color

    /// Recognises a key written in English or Dutch, in any case.
    init?(parsing text: String) {
        let key = TextFolding.fold(text.trimmingWhitespace())
        switch key {
        case "question", "vraag", "onderzoeksvraag", "hoofd- of deelvraag": self = .question
        case "label", "kop", "kopje": self = .label
        case "description", "beschrijving", "omschrijving", "definitie", "definition": self = .description
        case "example", "voorbeeld", "voorbeeldcitaat", "citaat": self = .example
        case "keywords", "trefwoorden", "zoekwoorden": self = .keywords
        case "aliases", "alias", "oude namen": self = .aliases
        case "report", "rapport", "rapporteren": self = .report
        case "origin", "herkomst": self = .origin
        case "id": self = .id
        case "color", "colour", "kleur": self = .color
        default: return nil
        }
    }

    /// Parses `yes`/`no` (also `ja`/`nee`, `true`/`false`).
    static func parseBool(_ text: String) -> Bool? {
        switch TextFolding.fold(text.trimmingWhitespace()) {
        case "yes", "ja", "true", "y", "j", "1": true
        case "no", "nee", "false", "n", "0": false
        default: nil
        }
    }

    /// Splits a `;`-separated list, trimming and dropping empty items.
    static func parseList(_ text: String) -> [String] {
        text.split(separator: ";").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }
}

/// Records where each code is defined and reports duplicate names and aliases that
/// collide with names.
struct CodeNameRegistry {
    private(set) var locations: [String: SourceLocation] = [:]
    private var firstByKey: [String: String] = [:]

    /// Registers a code name defined at `location`; returns an error if the name (ignoring
    /// case and accents) was already used.
    mutating func register(_ name: String, at location: SourceLocation, sourceLine: String? = nil) -> Diagnostic? {
        let key = TextFolding.fold(name)
        if let first = firstByKey[key] {
            let firstLine = locations[first].map { " (first defined on line \($0.line))" } ?? ""
            return .error("duplicate code name `\(name)`\(firstLine)", at: location, sourceLine: sourceLine)
        }
        firstByKey[key] = name
        locations[name] = location
        return nil
    }

    /// Errors for aliases that are also the name of another code, or of two codes.
    func aliasConflicts(in codebook: Codebook) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var aliasOwner: [String: String] = [:]
        for code in codebook.codes {
            for alias in code.aliases {
                let key = TextFolding.fold(alias)
                if let owner = firstByKey[key], owner != code.name {
                    diagnostics.append(
                        .error(
                            "alias `\(alias)` of `\(code.name)` is also the name of another code (`\(owner)`)",
                            at: locations[code.name]))
                } else if let other = aliasOwner[key], other != code.name {
                    diagnostics.append(
                        .error(
                            "alias `\(alias)` is given for both `\(other)` and `\(code.name)`; a former name can map to one code only",
                            at: locations[code.name]))
                } else {
                    aliasOwner[key] = code.name
                }
            }
        }
        return diagnostics
    }
}
