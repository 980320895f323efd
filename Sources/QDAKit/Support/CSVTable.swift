/// A parsed CSV or TSV file: a header and rows, each field with its position.
public struct CSVTable: Sendable {
    /// One data row.
    public struct Row: Sendable, Hashable {
        /// The fields, unquoted.
        public var fields: [String]
        /// The 1-based line on which the row starts.
        public var line: Int
        /// The 1-based column (in code points) at which each field starts.
        public var columns: [Int]
        /// The file's text (shared, not copied) and the UTF-8 byte offsets of the row's first
        /// physical line in it: the line's text is made only when a diagnostic shows it.
        private var source: String
        private var sourceBytes: Range<Int>

        init(fields: [String], line: Int, columns: [Int], source: String, sourceBytes: Range<Int>) {
            self.fields = fields
            self.line = line
            self.columns = columns
            self.source = source
            self.sourceBytes = sourceBytes
        }

        /// The row's first physical line, for showing under a diagnostic.
        public var sourceLine: String {
            let utf8 = source.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: sourceBytes.lowerBound)
            return String(source[start..<utf8.index(start, offsetBy: sourceBytes.count)])
        }

        /// Rows are equal when their fields, places and source lines are.
        public static func == (lhs: Row, rhs: Row) -> Bool {
            lhs.fields == rhs.fields && lhs.line == rhs.line && lhs.columns == rhs.columns
                && lhs.sourceLine == rhs.sourceLine
        }

        /// Hashes what ``==`` compares.
        public func hash(into hasher: inout Hasher) {
            hasher.combine(fields)
            hasher.combine(line)
            hasher.combine(columns)
            hasher.combine(sourceLine)
        }

        /// The field at `index`, or the empty string when the row is short.
        public subscript(index: Int?) -> String {
            guard let index, index < fields.count else { return "" }
            return fields[index]
        }

        /// The column at which field `index` starts (the end of the row when it is missing).
        public func column(_ index: Int?) -> Int {
            guard let index, index < columns.count else { return (columns.last ?? 0) + 1 }
            return columns[index]
        }

        /// Whether every field is empty.
        public var isEmpty: Bool { fields.allSatisfy { $0.unicodeScalars.allSatisfy(ScalarClass.isWhitespace) } }
    }

    /// The field separator.
    public var delimiter: Character
    /// The header fields, unquoted and trimmed.
    public var header: [String]
    /// The header's position.
    public var headerRow: Row
    /// The data rows, without blank lines.
    public var rows: [Row]

    /// The index of the first header field that matches one of `names`, ignoring case,
    /// accents, surrounding spaces, spaces and underscores.
    public func column(named names: String...) -> Int? {
        column(namedAnyOf: names)
    }

    /// The index of the first header field that matches one of `names`.
    public func column(namedAnyOf names: [String]) -> Int? {
        let wanted = Set(names.map(Self.headerKey))
        return header.firstIndex { wanted.contains(Self.headerKey($0)) }
    }

    static func headerKey(_ name: String) -> String {
        TextFolding.fold(name).filter { $0.isLetter || $0.isNumber }
    }
}

/// Reads and writes RFC 4180 CSV (and tab-separated) text.
public enum CSV {
    /// Parses `text`. The delimiter is a tab for `.tsv` files; otherwise the one of
    /// comma, semicolon (Dutch Excel) and tab that occurs most in the header line.
    ///
    /// Problems (an unclosed quote, a quote inside an unquoted field) are returned as
    /// diagnostics pointing at the place; parsing goes on where it can.
    public static func parse(_ text: String, path: String, delimiter: Character? = nil) -> (
        table: CSVTable?, diagnostics: [Diagnostic]
    ) {
        // The text's own bytes, not a copy of them.
        var text = text
        text.makeContiguousUTF8()
        let (parsed, diagnostics, separator) = text.utf8.withContiguousStorageIfAvailable { bytes in
            let separator = delimiter ?? sniffDelimiter(bytes, path: path)
            var parser = CSVParser(
                bytes: bytes, text: text, delimiter: UInt8(ascii: separator.unicodeScalars.first!), path: path)
            return (parser.parseAll(), parser.diagnostics, separator)
        }!
        var rows = parsed
        rows.removeAll { $0.fields.count == 1 && $0.fields[0].isEmpty }
        guard !rows.isEmpty else { return (nil, diagnostics) }
        var headerRow = rows.removeFirst()
        headerRow.fields = headerRow.fields.map { $0.trimmingWhitespace() }
        return (
            CSVTable(delimiter: separator, header: headerRow.fields, headerRow: headerRow, rows: rows), diagnostics
        )
    }

    static func sniffDelimiter(_ bytes: UnsafeBufferPointer<UInt8>, path: String) -> Character {
        if path.lowercased().hasSuffix(".tsv") || path.lowercased().hasSuffix(".tab") { return "\t" }
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, UInt8(ascii: "\t"): 0]
        var inQuotes = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
            if !inQuotes && (byte == 0x0A || byte == 0x0D) { break }
            if !inQuotes, counts[byte] != nil { counts[byte]! += 1 }
        }
        let best = counts.max { lhs, rhs in
            lhs.value != rhs.value ? lhs.value < rhs.value : lhs.key > rhs.key
        }!
        return best.value == 0 ? "," : Character(Unicode.Scalar(best.key))
    }

    /// Formats rows as CSV (or TSV with a tab delimiter), quoting fields where needed,
    /// with `\n` line endings and a final newline.
    public static func format(_ rows: [[String]], delimiter: Character = ",") -> String {
        var out = ""
        for row in rows {
            out += row.map { quote($0, delimiter: delimiter) }.joined(separator: String(delimiter))
            out += "\n"
        }
        return out
    }

    /// Quotes one field if it contains the delimiter, a quote, a line break, or leading or
    /// trailing spaces.
    public static func quote(_ field: String, delimiter: Character = ",") -> String {
        let separator = delimiter.unicodeScalars.first!
        let needsQuotes =
            field.unicodeScalars.contains { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || field.unicodeScalars.first == " " || field.unicodeScalars.last == " "
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

private struct CSVParser {
    /// The UTF-8 bytes of `text`, valid while the parser runs.
    let bytes: UnsafeBufferPointer<UInt8>
    let text: String
    let delimiter: UInt8
    let path: String
    var index = 0
    var line = 1
    var column = 1
    var diagnostics: [Diagnostic] = []

    init(bytes: UnsafeBufferPointer<UInt8>, text: String, delimiter: UInt8, path: String) {
        self.bytes = bytes
        self.text = text
        self.delimiter = delimiter
        self.path = path
    }

    mutating func parseAll() -> [CSVTable.Row] {
        var rows: [CSVTable.Row] = []
        while index < bytes.count {
            rows.append(parseRow())
        }
        return rows
    }

    private mutating func advance() {
        let byte = bytes[index]
        index += 1
        if byte == 0x0A {
            line += 1
            column = 1
        } else if byte == 0x0D {
            if index < bytes.count && bytes[index] == 0x0A { return }
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    /// The byte offsets of the physical line from `start` up to its terminator.
    private func physicalLineBytes(from start: Int) -> Range<Int> {
        var end = start
        while end < bytes.count && bytes[end] != 0x0A && bytes[end] != 0x0D { end += 1 }
        return start..<end
    }

    private func physicalLine(from start: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[physicalLineBytes(from: start)]), as: UTF8.self)
    }

    private mutating func parseRow() -> CSVTable.Row {
        let rowLine = line
        let rowStart = index
        // Room for a coding file's columns at once, instead of growing field by field.
        var fields: [String] = []
        fields.reserveCapacity(8)
        var columns: [Int] = []
        columns.reserveCapacity(8)
        var field: [UInt8] = []
        while true {
            columns.append(column)
            field.removeAll(keepingCapacity: true)
            if index < bytes.count && bytes[index] == UInt8(ascii: "\"") {
                parseQuoted(into: &field, rowStart: rowStart)
                fields.append(String(decoding: field, as: UTF8.self))
            } else {
                // An unquoted field: scan to its end, counting columns, and decode it in one go.
                let start = index
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == delimiter || byte == 0x0A || byte == 0x0D { break }
                    if ScalarClass.isLeadByte(byte) { column += 1 }
                    index += 1
                }
                fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
            }
            if index < bytes.count && bytes[index] == delimiter {
                advance()
                continue
            }
            if index < bytes.count {
                if bytes[index] == 0x0D { advance() }
                if index < bytes.count && bytes[index] == 0x0A { advance() }
            }
            break
        }
        return CSVTable.Row(
            fields: fields, line: rowLine, columns: columns, source: text,
            sourceBytes: physicalLineBytes(from: rowStart))
    }

    private mutating func parseQuoted(into field: inout [UInt8], rowStart: Int) {
        let openLine = line
        let openColumn = column
        let openIndex = index
        advance()
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                if index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\"") {
                    field.append(byte)
                    advance()
                    advance()
                    continue
                }
                advance()
                // Text after the closing quote and before the delimiter is kept, with a warning.
                if index < bytes.count && bytes[index] != delimiter && bytes[index] != 0x0A && bytes[index] != 0x0D {
                    diagnostics.append(
                        .warning(
                            "text after a closing quote; a quote inside a field must be doubled (\"\")",
                            at: SourceLocation(path: path, line: line, column: column),
                            sourceLine: physicalLine(from: rowStart)))
                    while index < bytes.count {
                        let next = bytes[index]
                        if next == delimiter || next == 0x0A || next == 0x0D { break }
                        field.append(next)
                        advance()
                    }
                }
                return
            }
            field.append(byte)
            advance()
        }
        diagnostics.append(
            .error(
                "this quote is never closed; the field was read up to the end of its line",
                at: SourceLocation(path: path, line: openLine, column: openColumn),
                sourceLine: physicalLine(from: rowStart)))
        // Recover: take the quote literally and read the field to the end of its line, so
        // the rows after it are still read and checked.
        index = openIndex
        line = openLine
        column = openColumn
        field.removeAll(keepingCapacity: true)
        while index < bytes.count {
            let byte = bytes[index]
            if byte == delimiter || byte == 0x0A || byte == 0x0D { break }
            field.append(byte)
            advance()
        }
    }
}
