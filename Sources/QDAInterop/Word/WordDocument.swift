import Foundation
import QDAKit

/// Reads the text of a Word document (`.docx`): the paragraphs of `word/document.xml` in
/// order, one line each, with manual line breaks (`<w:br/>`) kept as line breaks and tabs
/// as tabs. Tables, comments, footnotes, headers and deleted text are left out (with a
/// note when the document has them).
public enum WordDocument {
    /// Reads the document at `path`.
    public static func read(_ path: String, limits: ArchiveLimits = ArchiveLimits()) throws -> (
        text: String, notes: [Diagnostic]
    ) {
        let archive = try SafeArchive(path: path, limits: limits)
        guard let entry = archive.find("word/document.xml") else {
            throw SafeArchive.refuse(path, "has no word/document.xml; is it a Word document (.docx)?")
        }
        let root = try SafeXML.parse(try archive.read(entry), path: "\(path)/\(entry)")
        var notes: [Diagnostic] = []
        var paragraphs: [String] = []
        var tables = 0
        guard let body = root.child("body") else {
            throw SafeArchive.refuse(path, "word/document.xml has no body")
        }
        collect(body, into: &paragraphs, tables: &tables)
        if tables > 0 {
            notes.append(
                .note(
                    "\(tables) table\(tables == 1 ? " was" : "s were") left out; only paragraphs are read",
                    at: SourceLocation(path: path)))
        }
        if archive.find("word/comments.xml") != nil {
            notes.append(.note("the document's comments were left out", at: SourceLocation(path: path)))
        }
        if archive.find("word/footnotes.xml") != nil || archive.find("word/endnotes.xml") != nil {
            notes.append(.note("footnotes and endnotes, if any, were left out", at: SourceLocation(path: path)))
        }
        return (paragraphs.joined(separator: "\n") + "\n", notes)
    }

    static func collect(_ element: XMLElementNode, into paragraphs: inout [String], tables: inout Int) {
        for child in element.children {
            switch child.name {
            case "p": paragraphs.append(paragraphText(child))
            case "tbl": tables += 1
            case "sdt", "sdtContent", "customXml", "ins", "smartTag": collect(child, into: &paragraphs, tables: &tables)
            default: break
            }
        }
    }

    static func paragraphText(_ paragraph: XMLElementNode) -> String {
        var text = ""
        func walk(_ element: XMLElementNode) {
            switch element.name {
            case "t": text += element.text
            case "tab": text += "\t"
            case "br", "cr": text += "\n"
            case "noBreakHyphen": text += "\u{2011}"
            case "del", "delText", "instrText", "commentReference", "footnoteReference", "endnoteReference", "pPr",
                "rPr":
                return
            default: element.children.forEach(walk)
            }
        }
        paragraph.children.forEach(walk)
        return text
    }
}
