/// The differences between two versions of a codebook: codes added, removed, renamed, merged
/// or split (recognised through the new version's aliases), moved to another theme, and
/// changed descriptions, examples, keywords or origins.
public struct CodebookDiff: Hashable, Sendable, Codable {
    /// A code and where it sits (`Theme › Subtheme`).
    public struct Entry: Hashable, Sendable, Codable {
        /// The code's name.
        public var code: String
        /// `Theme` or `Theme › Subtheme`.
        public var place: String
        /// The code's origin, if given.
        public var origin: CodeOrigin?
    }

    /// A code under an old name.
    public struct Rename: Hashable, Sendable, Codable {
        /// The old name.
        public var from: String
        /// The new name.
        public var to: String
    }

    /// Several old codes that became one.
    public struct Merge: Hashable, Sendable, Codable {
        /// The old codes.
        public var from: [String]
        /// The code they became.
        public var into: String
    }

    /// One old code that became several.
    public struct Split: Hashable, Sendable, Codable {
        /// The old code.
        public var from: String
        /// The codes it became.
        public var into: [String]
    }

    /// A code in another place.
    public struct Move: Hashable, Sendable, Codable {
        /// The code (new name).
        public var code: String
        /// Old place.
        public var from: String
        /// New place.
        public var to: String
    }

    /// A changed field of a code.
    public struct FieldChange: Hashable, Sendable, Codable {
        /// The code (new name).
        public var code: String
        /// `description`, `example`, `keywords`, `origin` or `report`.
        public var field: String
        /// The old value (empty when there was none).
        public var old: String
        /// The new value (empty when there is none).
        public var new: String
    }

    /// The old version's path.
    public var oldPath: String
    /// The new version's path.
    public var newPath: String
    /// Codes, themes and subthemes in each version.
    public var oldCounts: [Int], newCounts: [Int]
    /// Codes only in the new version.
    public var added: [Entry]
    /// Codes only in the old version (and no alias in the new one).
    public var removed: [Entry]
    /// Codes with a new name.
    public var renamed: [Rename]
    /// Codes merged into one.
    public var merged: [Merge]
    /// Codes split into several.
    public var split: [Split]
    /// Codes in another theme or subtheme.
    public var moved: [Move]
    /// Changed fields of codes present in both versions.
    public var changed: [FieldChange]
    /// Removed and added codes with the same description: probably renamed without an alias.
    public var probableRenames: [Rename]

    /// Compares two codebooks.
    public static func compare(_ old: Codebook, _ new: Codebook, oldPath: String = "old", newPath: String = "new")
        -> CodebookDiff
    {
        let oldEntries = old.entries
        let newEntries = new.entries
        var oldByKey: [String: CodebookEntry] = [:]
        for entry in oldEntries { oldByKey[TextFolding.fold(entry.code.name)] = entry }
        func place(_ entry: CodebookEntry) -> String { entry.subtheme.map { "\(entry.theme) › \($0)" } ?? entry.theme }
        func describe(_ entry: CodebookEntry) -> Entry {
            Entry(code: entry.code.name, place: place(entry), origin: entry.code.origin)
        }
        // Which old codes each new code stands for: its own name and its aliases.
        var sources: [String: [CodebookEntry]] = [:]
        var claimedBy: [String: [String]] = [:]
        for entry in newEntries {
            var list: [CodebookEntry] = []
            for name in [entry.code.name] + entry.code.aliases {
                if let match = oldByKey[TextFolding.fold(name)],
                    !list.contains(where: { $0.code.name == match.code.name })
                {
                    list.append(match)
                    claimedBy[match.code.name, default: []].append(entry.code.name)
                }
            }
            sources[entry.code.name] = list
        }
        var diff = CodebookDiff(
            oldPath: oldPath, newPath: newPath, oldCounts: counts(old), newCounts: counts(new), added: [], removed: [],
            renamed: [], merged: [], split: [], moved: [], changed: [], probableRenames: [])
        for (oldName, claimants) in claimedBy where claimants.count > 1 {
            diff.split.append(Split(from: oldName, into: claimants))
        }
        diff.split.sort {
            (oldByKey[TextFolding.fold($0.from)]?.index ?? 0) < (oldByKey[TextFolding.fold($1.from)]?.index ?? 0)
        }
        for entry in newEntries {
            let list = sources[entry.code.name] ?? []
            let sameName = list.first { TextFolding.fold($0.code.name) == TextFolding.fold(entry.code.name) }
            if list.isEmpty {
                diff.added.append(describe(entry))
                continue
            }
            if list.count >= 2 {
                diff.merged.append(Merge(from: list.map(\.code.name), into: entry.code.name))
            } else if sameName == nil, claimedBy[list[0].code.name]?.count == 1 {
                diff.renamed.append(Rename(from: list[0].code.name, to: entry.code.name))
            }
            guard let counterpart = sameName ?? (list.count == 1 ? list[0] : nil) else { continue }
            if place(counterpart) != place(entry) {
                diff.moved.append(Move(code: entry.code.name, from: place(counterpart), to: place(entry)))
            }
            diff.changed += fieldChanges(counterpart.code, entry.code)
        }
        for entry in oldEntries where claimedBy[entry.code.name] == nil {
            diff.removed.append(describe(entry))
        }
        for removed in diff.removed {
            guard let oldCode = oldByKey[TextFolding.fold(removed.code)]?.code, let description = oldCode.description,
                !description.isEmpty
            else { continue }
            if let match = diff.added.first(where: { added in
                new.entry(named: added.code)?.code.description == description
            }) {
                diff.probableRenames.append(Rename(from: removed.code, to: match.code))
            }
        }
        return diff
    }

    private static func counts(_ codebook: Codebook) -> [Int] {
        [codebook.codes.count, codebook.themes.count, codebook.themes.reduce(0) { $0 + $1.subthemes.count }]
    }

    private static func fieldChanges(_ old: Code, _ new: Code) -> [FieldChange] {
        var changes: [FieldChange] = []
        func compare(_ field: String, _ a: String?, _ b: String?) {
            let before = TextFolding.collapseWhitespace(a ?? "")
            let after = TextFolding.collapseWhitespace(b ?? "")
            if before != after { changes.append(FieldChange(code: new.name, field: field, old: before, new: after)) }
        }
        compare("description", old.description, new.description)
        compare("example", old.example, new.example)
        compare("origin", old.origin?.rawValue, new.origin?.rawValue)
        compare("keywords", old.keywords.joined(separator: "; "), new.keywords.joined(separator: "; "))
        if old.report != new.report {
            changes.append(
                FieldChange(
                    code: new.name, field: "report", old: old.report ? "yes" : "no", new: new.report ? "yes" : "no"))
        }
        return changes
    }

    /// Whether the versions have the same codes with the same content.
    public var isEmpty: Bool {
        added.isEmpty && removed.isEmpty && renamed.isEmpty && merged.isEmpty && split.isEmpty && moved.isEmpty
            && changed.isEmpty
    }

    /// Reads two codebook files and compares them: the library call behind `qda codebook diff`.
    public static func compare(codebookAt oldPath: String, with newPath: String) throws -> CodebookDiff {
        let old = try CodebookIO.read(oldPath)
        let new = try CodebookIO.read(newPath)
        let errors = (old.diagnostics + new.diagnostics).filter { $0.severity == .error }
        guard errors.isEmpty else { throw QDAError.invalidData(errors) }
        return compare(old.codebook, new.codebook, oldPath: oldPath, newPath: newPath)
    }
}
