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
        let target = URL(fileURLWithPath: path).standardizedFileURL.pathComponents
        let origin = URL(fileURLWithPath: base).standardizedFileURL.pathComponents
        var shared = 0
        while shared < min(target.count, origin.count) && target[shared] == origin[shared] { shared += 1 }
        let components = Array(repeating: "..", count: origin.count - shared) + target[shared...]
        return components.isEmpty ? "." : components.joined(separator: "/")
    }
}
