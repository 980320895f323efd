import Foundation

/// Path helpers that keep paths as the user wrote them (relative stays relative).
public enum Paths {
    /// `folder/name`, without a leading `./`.
    public static func join(_ folder: String, _ name: String) -> String {
        if name.hasPrefix("/") { return name }
        if folder == "." || folder.isEmpty { return name }
        return normalise(folder.hasSuffix("/") ? folder + name : folder + "/" + name)
    }

    /// Resolves `.` and `..` components lexically (`Study/../CodeBooks/x.md` →
    /// `CodeBooks/x.md`) without making the path absolute.
    public static func normalise(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            if component == "." { continue }
            if component == "..", let last = parts.last, last != ".." {
                parts.removeLast()
                continue
            }
            if component == ".." && absolute { continue }
            parts.append(component)
        }
        let joined = parts.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// The file name without its extension.
    public static func stem(_ path: String) -> String {
        URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    }

    /// The folder containing `path` (`.` for a bare file name).
    public static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    /// `path` relative to the folder `base` (both made absolute first), with `..` where
    /// needed: `/a/b/c.txt` relative to `/a/d` is `../b/c.txt`.
    public static func relative(_ path: String, to base: String) -> String {
        relative(components(path), origin: components(base))
    }

    /// ``relative(_:to:)`` of each of `paths`, with `base` resolved once and each folder once
    /// (a study's files are in a few folders; resolving a path costs a file-system call).
    public static func relative(_ paths: [String], to base: String) -> [String] {
        let origin = components(base)
        var folders: [Substring: [String]] = [:]
        return paths.map { path in
            // `folder/name`, with a plain name: resolving `.` and `..` leaves the name as it is.
            guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")), slash != path.startIndex,
                !path.contains("//")
            else { return relative(path, to: base) }
            let name = path[path.index(after: slash)...]
            guard !name.isEmpty, name != ".", name != ".." else { return relative(path, to: base) }
            let folder = path[..<slash]
            let resolved: [String]
            if let known = folders[folder] {
                resolved = known
            } else {
                resolved = components(String(folder))
                folders[folder] = resolved
            }
            return relative(resolved + [String(name)], origin: origin)
        }
    }

    /// The components of `path` made absolute, with `.` and `..` resolved.
    private static func components(_ path: String) -> [String] {
        URL(fileURLWithPath: path).standardizedFileURL.pathComponents
    }

    private static func relative(_ target: [String], origin: [String]) -> String {
        var shared = 0
        while shared < min(target.count, origin.count) && target[shared] == origin[shared] { shared += 1 }
        let components = Array(repeating: "..", count: origin.count - shared) + target[shared...]
        return components.isEmpty ? "." : components.joined(separator: "/")
    }
}
