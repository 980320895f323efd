/// The parts of a REFI-QDA project (`.qdpx`) that QDAKit uses: users, the code tree, text
/// sources with their selections and codings, and notes.
public struct REFIProject: Sendable {
    /// The project's name.
    public var name: String
    /// The program that wrote the file, as it says (`NVivo for Windows 12.6`); not reliable.
    public var origin: String?
    /// The user who created the project.
    public var creatingUser: String?
    /// The users.
    public var users: [REFIUser]
    /// The top-level codes; each may have child codes.
    public var codes: [REFICode]
    /// The text sources.
    public var sources: [REFITextSource]
    /// The notes (memos).
    public var notes: [REFINote]
    /// Figures about the file as stored (element counts and so on).
    public var statistics: REFIStatistics

    /// Creates a project.
    public init(
        name: String, origin: String? = nil, creatingUser: String? = nil, users: [REFIUser] = [],
        codes: [REFICode] = [], sources: [REFITextSource] = [], notes: [REFINote] = [],
        statistics: REFIStatistics = REFIStatistics()
    ) {
        self.name = name
        self.origin = origin
        self.creatingUser = creatingUser
        self.users = users
        self.codes = codes
        self.sources = sources
        self.notes = notes
        self.statistics = statistics
    }

    /// Every code in the tree, depth first, with its depth (1 for top-level codes) and its
    /// ancestors' names.
    public var allCodes: [(code: REFICode, depth: Int, path: [String])] {
        var result: [(REFICode, Int, [String])] = []
        func visit(_ code: REFICode, _ depth: Int, _ path: [String]) {
            result.append((code, depth, path))
            for child in code.children { visit(child, depth + 1, path + [code.name]) }
        }
        for code in codes { visit(code, 1, []) }
        return result
    }
}

/// A user of a REFI-QDA project.
public struct REFIUser: Hashable, Sendable {
    /// The GUID (or other identifier) other elements refer to.
    public var guid: String
    /// The name.
    public var name: String?
    /// A short identifier (initials), if given.
    public var id: String?

    /// Creates a user.
    public init(guid: String, name: String?, id: String? = nil) {
        self.guid = guid
        self.name = name
        self.id = id
    }
}

/// A code in a REFI-QDA code tree.
public struct REFICode: Hashable, Sendable {
    /// The GUID.
    public var guid: String
    /// The name.
    public var name: String
    /// Whether it can be applied (false for a folder-like grouping).
    public var isCodable: Bool
    /// The colour, `#RRGGBB`.
    public var color: String?
    /// The description.
    public var description: String?
    /// The child codes.
    public var children: [REFICode]

    /// Creates a code.
    public init(
        guid: String, name: String, isCodable: Bool = true, color: String? = nil, description: String? = nil,
        children: [REFICode] = []
    ) {
        self.guid = guid
        self.name = name
        self.isCodable = isCodable
        self.color = color
        self.description = description
        self.children = children
    }
}

/// A text source with its selections.
public struct REFITextSource: Sendable {
    /// The GUID.
    public var guid: String
    /// The name.
    public var name: String
    /// The text exactly as stored (line endings kept), without a byte-order mark.
    public var text: String
    /// Whether the stored text file began with a byte-order mark.
    public var hadByteOrderMark: Bool
    /// Where the text came from (`sources/<guid>.txt` or `PlainTextContent`).
    public var textLocation: String
    /// The user who created the source.
    public var creatingUser: String?
    /// The source's description.
    public var description: String?
    /// The coded selections.
    public var selections: [REFISelection]
    /// Notes attached to the source.
    public var noteRefs: [String]
    /// The 1-based line of the element in the project file.
    public var line: Int

    /// Creates a text source.
    public init(
        guid: String, name: String, text: String, hadByteOrderMark: Bool = false, textLocation: String = "",
        creatingUser: String? = nil, description: String? = nil, selections: [REFISelection] = [],
        noteRefs: [String] = [], line: Int = 0
    ) {
        self.guid = guid
        self.name = name
        self.text = text
        self.hadByteOrderMark = hadByteOrderMark
        self.textLocation = textLocation
        self.creatingUser = creatingUser
        self.description = description
        self.selections = selections
        self.noteRefs = noteRefs
        self.line = line
    }
}

/// A selection of a text source (`PlainTextSelection`), with the codings applied to it.
public struct REFISelection: Hashable, Sendable {
    /// The GUID.
    public var guid: String
    /// The start offset as written (its unit depends on the program; see ``OffsetConvention``).
    public var start: Int
    /// The end offset as written, exclusive.
    public var end: Int
    /// The user who made the selection.
    public var creatingUser: String?
    /// The selection's description (written as a memo).
    public var description: String?
    /// The codings.
    public var codings: [REFICoding]
    /// Notes attached to the selection.
    public var noteRefs: [String]
    /// The 1-based line of the element in the project file.
    public var line: Int

    /// Creates a selection.
    public init(
        guid: String, start: Int, end: Int, creatingUser: String? = nil, description: String? = nil,
        codings: [REFICoding] = [], noteRefs: [String] = [], line: Int = 0
    ) {
        self.guid = guid
        self.start = start
        self.end = end
        self.creatingUser = creatingUser
        self.description = description
        self.codings = codings
        self.noteRefs = noteRefs
        self.line = line
    }
}

/// One code applied to a selection.
public struct REFICoding: Hashable, Sendable {
    /// The GUID.
    public var guid: String
    /// The code's GUID.
    public var codeGUID: String
    /// The user who applied the code.
    public var creatingUser: String?
    /// Notes attached to the coding.
    public var noteRefs: [String]

    /// Creates a coding.
    public init(guid: String, codeGUID: String, creatingUser: String? = nil, noteRefs: [String] = []) {
        self.guid = guid
        self.codeGUID = codeGUID
        self.creatingUser = creatingUser
        self.noteRefs = noteRefs
    }
}

/// A note (memo).
public struct REFINote: Hashable, Sendable {
    /// The GUID.
    public var guid: String
    /// The name.
    public var name: String
    /// The text.
    public var text: String
    /// The user who wrote it.
    public var creatingUser: String?

    /// Creates a note.
    public init(guid: String, name: String, text: String, creatingUser: String? = nil) {
        self.guid = guid
        self.name = name
        self.text = text
        self.creatingUser = creatingUser
    }
}

/// Figures about a REFI-QDA project file as stored, counted the way its documentation
/// counts them: elements by local name anywhere in the file, distinct `creatingUser`
/// values on any element, distinct (start, end) pairs per text source.
public struct REFIStatistics: Hashable, Sendable, Codable {
    /// The number of elements with each local name.
    public var elementCounts: [String: Int]
    /// The distinct `creatingUser` values on any element.
    public var creatingUsers: Set<String>
    /// The number of distinct selection ranges per text source, in file order.
    public var distinctRangesPerSource: [Int]
    /// The depth of the code tree (1 when all codes are top-level).
    public var codeDepth: Int
    /// The number of codes with `isCodable="false"`.
    public var nonCodableCodes: Int

    /// Creates empty statistics.
    public init(
        elementCounts: [String: Int] = [:], creatingUsers: Set<String> = [], distinctRangesPerSource: [Int] = [],
        codeDepth: Int = 0, nonCodableCodes: Int = 0
    ) {
        self.elementCounts = elementCounts
        self.creatingUsers = creatingUsers
        self.distinctRangesPerSource = distinctRangesPerSource
        self.codeDepth = codeDepth
        self.nonCodableCodes = nonCodableCodes
    }

    /// The number of elements called `name`.
    public func count(_ name: String) -> Int { elementCounts[name, default: 0] }
}
