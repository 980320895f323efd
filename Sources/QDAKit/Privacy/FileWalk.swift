import Foundation

/// Lists the files in a folder tree safely: hidden names are skipped, symbolic links to
/// folders are not followed (so a link loop cannot make the walk endless), and paths stay
/// as the user wrote them.
enum FileWalk {
    /// A file found in the walk.
    struct Entry: Hashable {
        /// The path: the folder as given joined with the relative path.
        var path: String
        /// The path relative to the folder walked.
        var relativePath: String
    }

    /// Every file under `folder`, in name order (numbers compared numerically), leaving out
    /// paths in `excluded` (standardised absolute paths of files or folders).
    static func files(in folder: String, excluding excluded: Set<String> = []) -> [Entry] {
        var result: [Entry] = []
        walk(folder, relative: "", excluded: excluded, depth: 0, into: &result)
        return result
    }

    private static func walk(
        _ folder: String, relative: String, excluded: Set<String>, depth: Int, into result: inout [Entry]
    ) {
        guard depth < 64, let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in NameOrder.sorted(names)
        where !name.hasPrefix(".") {
            let path = Paths.join(folder, name)
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            if excluded.contains(standardised(path)) { continue }
            let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
            if type == .typeDirectory {
                walk(path, relative: relativePath, excluded: excluded, depth: depth + 1, into: &result)
            } else if type == .typeSymbolicLink {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                    continue
                }
                result.append(Entry(path: path, relativePath: relativePath))
            } else {
                result.append(Entry(path: path, relativePath: relativePath))
            }
        }
    }

    /// The absolute path with `.`, `..` and symbolic links of existing parts resolved, for
    /// comparing paths written differently.
    static func standardised(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Whether `path` lies inside `folder` (or is it).
    static func isInside(_ path: String, _ folder: String) -> Bool {
        let path = standardised(path)
        let folder = standardised(folder)
        return path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }
}
