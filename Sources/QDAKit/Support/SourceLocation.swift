/// A place in an input file: a path with a 1-based line and column.
///
/// Columns count Unicode scalars (code points) from the start of the line, so a caret
/// printed under a line of Dutch text with diacritics lands on the right character.
public struct SourceLocation: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The file's path as the user gave it (relative paths stay relative).
    public var path: String
    /// The 1-based line number, or 0 when the problem concerns the whole file.
    public var line: Int
    /// The 1-based column, or 0 when the problem concerns the whole line or file.
    public var column: Int

    /// Creates a location.
    public init(path: String, line: Int = 0, column: Int = 0) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// `path:line:col`, leaving out the parts that are zero.
    public var description: String {
        if line == 0 { return path }
        if column == 0 { return "\(path):\(line)" }
        return "\(path):\(line):\(column)"
    }

    /// Orders by path, then line, then column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }
}
