extension CodebookDiff {
    /// The differences as Markdown: a section per kind of change, codes in codebook order.
    public var markdown: String {
        var out: [String] = ["# Codebook changes", ""]
        out.append("`\(oldPath)` → `\(newPath)`")
        out.append("")
        out.append(
            "Old: \(oldCounts[0]) codes in \(oldCounts[1]) themes and \(oldCounts[2]) subthemes. New: \(newCounts[0]) codes in \(newCounts[1]) themes and \(newCounts[2]) subthemes."
        )
        if isEmpty {
            out += ["", "No differences in codes."]
            return out.joined(separator: "\n") + "\n"
        }
        func section(_ title: String, _ lines: [String]) {
            guard !lines.isEmpty else { return }
            out += ["", "## \(title) (\(lines.count))", ""] + lines
        }
        func origin(_ entry: Entry) -> String { entry.origin.map { ", \($0.rawValue)" } ?? "" }
        section("Added", added.map { "- **\($0.code)** (\($0.place)\(origin($0)))" })
        section("Removed", removed.map { "- **\($0.code)** (\($0.place)\(origin($0)))" })
        section("Renamed", renamed.map { "- **\($0.from)** → **\($0.to)**" })
        section(
            "Merged",
            merged.map { merge in
                "- " + merge.from.map { "**\($0)**" }.joined(separator: " + ") + " → **\(merge.into)**"
            })
        section(
            "Split",
            split.map { split in "- **\(split.from)** → " + split.into.map { "**\($0)**" }.joined(separator: ", ") })
        section("Moved", moved.map { "- **\($0.code)**: \($0.from) → \($0.to)" })
        let descriptions = changed.filter { $0.field == "description" }
        section(
            "Changed descriptions",
            descriptions.filter { !$0.old.isEmpty && !$0.new.isEmpty }.map { change in
                "- **\(change.code)**\n  - old: \(change.old)\n  - new: \(change.new)"
            })
        section(
            "Descriptions added",
            descriptions.filter { $0.old.isEmpty }.map { "- **\($0.code)**: \($0.new)" })
        section(
            "Descriptions removed",
            descriptions.filter { $0.new.isEmpty }.map { "- **\($0.code)** (was: \($0.old))" })
        let others = changed.filter { $0.field != "description" }
        section(
            "Other changes",
            others.map { change in
                if change.field == "keywords" { return "- **\(change.code)**: keywords " + keywordChange(change) }
                let before = change.old.isEmpty ? "none" : change.old
                let after = change.new.isEmpty ? "none" : change.new
                return "- **\(change.code)**: \(change.field): \(before) → \(after)"
            })
        if !probableRenames.isEmpty {
            out += ["", "## Probably renamed without recording the old name (\(probableRenames.count))", ""]
            out += probableRenames.map {
                "- **\($0.from)** → **\($0.to)** (same description); add `aliases: \($0.from)` to keep older codings readable"
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func keywordChange(_ change: FieldChange) -> String {
        let before = change.old.split(separator: ";").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        let after = change.new.split(separator: ";").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        let added = after.filter { !before.contains($0) }
        let removed = before.filter { !after.contains($0) }
        var parts: [String] = []
        if !added.isEmpty { parts.append("added " + added.map { "`\($0)`" }.joined(separator: ", ")) }
        if !removed.isEmpty { parts.append("removed " + removed.map { "`\($0)`" }.joined(separator: ", ")) }
        return parts.isEmpty ? "reordered" : parts.joined(separator: "; ")
    }
}
