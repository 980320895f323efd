/// Changes to a codebook as a researcher makes them while coding: adding an inductive code,
/// renaming a code, merging codes. A rename or merge records the former names as aliases, so
/// codings made with the older codebook are still read as the new code.
public enum CodebookEditing {
    /// Where a code sits in a codebook.
    struct Place: Hashable {
        var theme: Int
        var subtheme: Int?
        var code: Int
    }

    /// Adds `code` under `theme` › `subtheme`, creating them when `create` is set or no
    /// similar name exists. Returns notes on what was created.
    ///
    /// - Throws: ``QDAError/usage(_:)`` when the name is taken (as a name or a former name),
    ///   is not usable in coding files, or the theme or subtheme is probably a typo.
    @discardableResult
    public static func add(
        _ code: Code, theme themeName: String, subtheme subthemeName: String? = nil, create: Bool = false,
        to codebook: inout Codebook
    ) throws -> [String] {
        try validateNewName(code.name, in: codebook)
        var notes: [String] = []
        let themeIndex: Int
        if let found = codebook.themes.firstIndex(where: { TextFolding.fold($0.name) == TextFolding.fold(themeName) }) {
            themeIndex = found
        } else {
            if !create, let similar = EditDistance.closest(to: themeName, in: codebook.themes.map(\.name)) {
                throw QDAError.usage(
                    "there is no theme `\(themeName)`; did you mean `\(similar)`? (use --create to make a new theme)")
            }
            codebook.themes.append(Theme(name: themeName))
            themeIndex = codebook.themes.count - 1
            notes.append("created theme `\(themeName)`")
        }
        guard let subthemeName else {
            codebook.themes[themeIndex].codes.append(code)
            return notes
        }
        let subthemes = codebook.themes[themeIndex].subthemes
        if let found = subthemes.firstIndex(where: { TextFolding.fold($0.name) == TextFolding.fold(subthemeName) }) {
            codebook.themes[themeIndex].subthemes[found].codes.append(code)
        } else {
            if !create, let similar = EditDistance.closest(to: subthemeName, in: subthemes.map(\.name)) {
                throw QDAError.usage(
                    "theme `\(codebook.themes[themeIndex].name)` has no subtheme `\(subthemeName)`; did you mean `\(similar)`? (use --create to make a new subtheme)"
                )
            }
            codebook.themes[themeIndex].subthemes.append(Subtheme(name: subthemeName, codes: [code]))
            notes.append("created subtheme `\(subthemeName)` in `\(codebook.themes[themeIndex].name)`")
        }
        return notes
    }

    /// Renames the code `old` (its name, identifier or name written differently) to `new`,
    /// recording `old` as an alias and updating `+old` requirements in other codes' keywords.
    /// Returns the code's name before the rename.
    ///
    /// - Throws: ``QDAError/usage(_:)`` when `old` is not a current code or `new` is taken.
    @discardableResult
    public static func rename(_ old: String, to new: String, in codebook: inout Codebook) throws -> String {
        let source = try currentCode(old, in: codebook)
        let newName = new.trimmingWhitespace()
        if let owner = CodeResolver(codebook).canonicalName(newName), owner == source {
            guard newName != source else { throw QDAError.usage("`\(source)` already has that name") }
        } else {
            try validateNewName(newName, in: codebook)
        }
        let place = codebook.place(of: source)!
        codebook.update(place) { code in
            code.name = newName
            code.aliases.removeAll { TextFolding.fold($0) == TextFolding.fold(newName) }
            if !code.aliases.contains(where: { TextFolding.fold($0) == TextFolding.fold(source) }) {
                code.aliases.append(source)
            }
        }
        codebook.redirectRequirements(from: [source], to: newName)
        return source
    }

    /// What a merge did.
    public struct MergeOutcome: Hashable, Sendable {
        /// The codes merged, by their names before the merge.
        public var sources: [String]
        /// The code they became.
        public var target: String
        /// Whether the target is a new name (not one of the codes before the merge).
        public var isNewName: Bool
        /// Subthemes left without codes, as `theme › subtheme`.
        public var emptiedSubthemes: [String]
    }

    /// Merges the codes `names` into `target`: one of them, another existing code, or a new
    /// name (which takes the place and description of the first). The merged code keeps every
    /// keyword and records the other names (and their aliases) as aliases.
    ///
    /// - Throws: ``QDAError/usage(_:)`` when a name is not a current code, a code is named
    ///   twice, or a new target name is taken.
    public static func merge(_ names: [String], into target: String, in codebook: inout Codebook) throws
        -> MergeOutcome
    {
        var sources: [String] = []
        for name in names {
            let code = try currentCode(name, in: codebook)
            guard !sources.contains(code) else { throw QDAError.usage("`\(code)` is named twice") }
            sources.append(code)
        }
        let targetName = target.trimmingWhitespace()
        let existingTarget = CodeResolver(codebook).resolve(targetName).flatMap { match -> String? in
            if case .alias = match { return nil }
            return CodeResolver(codebook).canonicalName(targetName)
        }
        if existingTarget == nil { try validateNewName(targetName, in: codebook) }
        let all = existingTarget.map { sources.contains($0) ? sources : [$0] + sources } ?? sources
        guard all.count >= 2 else {
            throw QDAError.usage(
                "a merge needs at least two different codes (merging `\(sources.first ?? "")` into itself)")
        }
        let baseName = existingTarget ?? sources[0]
        let basePlace = codebook.place(of: baseName)!
        var merged = codebook.code(at: basePlace)
        for name in all where name != baseName {
            let other = codebook.code(at: codebook.place(of: name)!)
            for alias in [other.name] + other.aliases
            where !merged.aliases.contains(where: { TextFolding.fold($0) == TextFolding.fold(alias) }) {
                merged.aliases.append(alias)
            }
            for keyword in other.keywords where !merged.keywords.contains(keyword) { merged.keywords.append(keyword) }
            if (merged.description ?? "").isEmpty { merged.description = other.description }
            if (merged.example ?? "").isEmpty { merged.example = other.example }
            if merged.origin == nil { merged.origin = other.origin }
        }
        if existingTarget == nil {
            merged.aliases.append(baseName)
            merged.name = targetName
        }
        merged.aliases.removeAll { TextFolding.fold($0) == TextFolding.fold(merged.name) }
        codebook.update(basePlace) { $0 = merged }
        var emptied: [String] = []
        for name in all where name != baseName {
            let place = codebook.place(of: name)!
            codebook.remove(place)
            if let subtheme = place.subtheme, codebook.themes[place.theme].subthemes[subtheme].codes.isEmpty {
                emptied.append(
                    "\(codebook.themes[place.theme].name) › \(codebook.themes[place.theme].subthemes[subtheme].name)")
            }
        }
        codebook.redirectRequirements(from: all, to: merged.name)
        return MergeOutcome(
            sources: all, target: merged.name, isNewName: existingTarget == nil, emptiedSubthemes: emptied)
    }

    /// The name of the current code `name` refers to.
    static func currentCode(_ name: String, in codebook: Codebook) throws -> String {
        switch CodeResolver(codebook).resolve(name) {
        case .name(let code)?, .variant(let code)?:
            return code
        case .alias(let code)?:
            throw QDAError.usage("`\(name)` is a former name of `\(code)`; use the current name")
        case nil:
            let hint = EditDistance.closest(to: name, in: codebook.codes.map(\.name)).map { "; did you mean `\($0)`?" }
            throw QDAError.usage("`\(name)` is not a code in the codebook\(hint ?? "")")
        }
    }

    /// Checks that `name` can be a new code's name.
    static func validateNewName(_ name: String, in codebook: Codebook) throws {
        let trimmed = name.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw QDAError.usage("a code needs a name") }
        guard !trimmed.contains(";"), !trimmed.contains("\t"), !trimmed.contains("\n") else {
            throw QDAError.usage("`\(trimmed)` cannot be a code name: coding files separate codes with `;`")
        }
        guard !trimmed.hasPrefix("+"), !trimmed.hasPrefix("-"), !trimmed.hasPrefix("#") else {
            throw QDAError.usage("`\(trimmed)` cannot be a code name: it may not start with `+`, `-` or `#`")
        }
        switch CodeResolver(codebook).resolve(trimmed) {
        case .name(let code)?, .variant(let code)?:
            throw QDAError.usage("the codebook already has a code `\(code)`")
        case .alias(let code)?:
            throw QDAError.usage(
                "`\(trimmed)` is a former name of `\(code)`; codings that use it are read as `\(code)`")
        case nil:
            break
        }
    }
}

extension Codebook {
    /// Where the code with this exact name is.
    func place(of name: String) -> CodebookEditing.Place? {
        for (themeIndex, theme) in themes.enumerated() {
            if let index = theme.codes.firstIndex(where: { $0.name == name }) {
                return .init(theme: themeIndex, subtheme: nil, code: index)
            }
            for (subthemeIndex, subtheme) in theme.subthemes.enumerated() {
                if let index = subtheme.codes.firstIndex(where: { $0.name == name }) {
                    return .init(theme: themeIndex, subtheme: subthemeIndex, code: index)
                }
            }
        }
        return nil
    }

    func code(at place: CodebookEditing.Place) -> Code {
        if let subtheme = place.subtheme { return themes[place.theme].subthemes[subtheme].codes[place.code] }
        return themes[place.theme].codes[place.code]
    }

    mutating func update(_ place: CodebookEditing.Place, _ change: (inout Code) -> Void) {
        if let subtheme = place.subtheme {
            change(&themes[place.theme].subthemes[subtheme].codes[place.code])
        } else {
            change(&themes[place.theme].codes[place.code])
        }
    }

    mutating func remove(_ place: CodebookEditing.Place) {
        if let subtheme = place.subtheme {
            themes[place.theme].subthemes[subtheme].codes.remove(at: place.code)
        } else {
            themes[place.theme].codes.remove(at: place.code)
        }
    }

    /// Rewrites `+Name` requirements in keywords that name one of `names` to `+target`,
    /// dropping a requirement a code would have on itself.
    mutating func redirectRequirements(from names: [String], to target: String) {
        let folded = Set(names.map(TextFolding.fold))
        for themeIndex in themes.indices {
            for codeIndex in themes[themeIndex].codes.indices {
                Self.redirect(&themes[themeIndex].codes[codeIndex], folded, target)
            }
            for subthemeIndex in themes[themeIndex].subthemes.indices {
                for codeIndex in themes[themeIndex].subthemes[subthemeIndex].codes.indices {
                    Self.redirect(&themes[themeIndex].subthemes[subthemeIndex].codes[codeIndex], folded, target)
                }
            }
        }
    }

    private static func redirect(_ code: inout Code, _ names: Set<String>, _ target: String) {
        var keywords: [String] = []
        for keyword in code.keywords {
            if case .require(let required)? = try? KeywordRule.parse(keyword),
                names.contains(TextFolding.fold(required))
            {
                if code.name == target { continue }
                let rewritten = "+" + target
                if !keywords.contains(rewritten) { keywords.append(rewritten) }
            } else {
                keywords.append(keyword)
            }
        }
        code.keywords = keywords
    }
}
