import Foundation

@testable import QDAInterop

/// Builds small REFI-QDA project files for tests.
struct REFIFixture {
    struct Selection {
        var start: Int
        var end: Int
        var code: String
        var user: String
        var selectionUser: String?
        var description: String?
    }

    var sourceName = "Interview Mette"
    var sourceGUID = "aaaaaaaa-0000-4000-8000-000000000001"
    var codes: [(guid: String, name: String, color: String?, children: [(String, String)])] = [
        ("c0000000-0000-4000-8000-000000000001", "Ouderbetrokkenheid", "#FF0000", []),
        (
            "c0000000-0000-4000-8000-000000000002", "Schoolklimaat", nil,
            [("c0000000-0000-4000-8000-000000000003", "Warme en veilige groepsdynamiek")]
        ),
    ]
    var users: [(guid: String, name: String)] = [
        ("u0000000-0000-4000-8000-000000000001", "Anna"), ("u0000000-0000-4000-8000-000000000002", "Bram"),
    ]
    var selections: [Selection] = []
    var notes: [(guid: String, name: String, text: String)] = []

    func codeGUID(_ name: String) -> String {
        for code in codes {
            if code.name == name { return code.guid }
            for child in code.children where child.1 == name { return child.0 }
        }
        return "missing"
    }

    func userGUID(_ name: String) -> String { users.first { $0.name == name }?.guid ?? name }

    /// The project XML.
    var xml: String {
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        out += "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"Fixture\" origin=\"Test fixture\">\n<Users>\n"
        for user in users { out += "<User guid=\"\(user.guid)\" name=\"\(user.name)\"/>\n" }
        out += "</Users>\n<CodeBook><Codes>\n"
        for code in codes {
            out +=
                "<Code guid=\"\(code.guid)\" name=\"\(code.name)\" isCodable=\"true\"\(code.color.map { " color=\"\($0)\"" } ?? "")>"
            out += "<Description>About \(code.name)</Description>"
            for child in code.children { out += "<Code guid=\"\(child.0)\" name=\"\(child.1)\" isCodable=\"true\"/>" }
            out += "</Code>\n"
        }
        out += "</Codes></CodeBook>\n<Sources>\n"
        out +=
            "<TextSource guid=\"\(sourceGUID)\" name=\"\(sourceName)\" plainTextPath=\"internal://\(sourceGUID).txt\">\n"
        for (index, selection) in selections.enumerated() {
            let selectionUser = userGUID(selection.selectionUser ?? selection.user)
            out +=
                "<PlainTextSelection guid=\"5e000000-0000-4000-8000-\(String(format: "%012d", index))\" name=\"\" startPosition=\"\(selection.start)\" endPosition=\"\(selection.end)\" creatingUser=\"\(selectionUser)\">"
            if let description = selection.description { out += "<Description>\(description)</Description>" }
            out +=
                "<Coding guid=\"c1000000-0000-4000-8000-\(String(format: "%012d", index))\" creatingUser=\"\(userGUID(selection.user))\"><CodeRef targetGUID=\"\(codeGUID(selection.code))\"/></Coding>"
            out += "</PlainTextSelection>\n"
        }
        out += "</TextSource>\n</Sources>\n"
        if !notes.isEmpty {
            out += "<Notes>\n"
            for note in notes {
                out +=
                    "<Note guid=\"\(note.guid)\" name=\"\(note.name)\"><PlainTextContent>\(note.text)</PlainTextContent></Note>\n"
            }
            out += "</Notes>\n"
        }
        out += "</Project>\n"
        return out
    }

    /// Writes the project as a `.qdpx` with `text` (bytes as given) as the source's text file.
    func write(
        text: Data, in folder: URL, named name: String = "fixture.qdpx", qdeName: String = "project.qde",
        sourcesFolder: String = "sources"
    ) throws -> String {
        try InteropTestSupport.qdpx(
            xml, sources: [("\(sourceGUID).txt", text)], named: name, qdeName: qdeName, sourcesFolder: sourcesFolder,
            in: folder)
    }
}

extension String {
    /// The UTF-16 offset of the first occurrence of `needle`.
    func utf16Offset(of needle: String, occurrence: Int = 1) -> Int {
        var searchStart = startIndex
        var found = startIndex
        for _ in 0..<occurrence {
            let range = self.range(of: needle, range: searchStart..<endIndex)!
            found = range.lowerBound
            searchStart = range.upperBound
        }
        return utf16.distance(from: utf16.startIndex, to: found)
    }

    /// The code-point offset of the first occurrence of `needle`.
    func scalarOffset(of needle: String, occurrence: Int = 1) -> Int {
        var searchStart = startIndex
        var found = startIndex
        for _ in 0..<occurrence {
            let range = self.range(of: needle, range: searchStart..<endIndex)!
            found = range.lowerBound
            searchStart = range.upperBound
        }
        return unicodeScalars.distance(from: unicodeScalars.startIndex, to: found)
    }
}
