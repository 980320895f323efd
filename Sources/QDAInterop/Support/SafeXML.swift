import Foundation
import QDAKit

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An XML element read by ``SafeXML``: local name, attributes, children and text.
struct XMLElementNode: Sendable {
    /// The local name (without namespace prefix).
    var name: String
    /// The attributes by local name.
    var attributes: [String: String]
    /// The child elements, in order.
    var children: [XMLElementNode] = []
    /// The text directly inside the element (all pieces joined).
    var text: String = ""
    /// The 1-based line of the start tag.
    var line: Int

    /// The first child with this local name.
    func child(_ name: String) -> XMLElementNode? { children.first { $0.name == name } }

    /// The children with this local name.
    func children(_ name: String) -> [XMLElementNode] { children.filter { $0.name == name } }

    /// Every element in the tree (this one first), depth first.
    func forEachDescendant(_ body: (XMLElementNode) -> Void) {
        body(self)
        for child in children { child.forEachDescendant(body) }
    }
}

/// Parses XML with Foundation's `XMLParser`, refusing document type declarations and
/// entity declarations before parsing (so neither external entities nor entity expansion
/// "billion laughs" can happen) and never resolving external entities.
enum SafeXML {
    /// Parses `data` into an element tree. `path` names the document in messages.
    static func parse(_ data: Data, path: String) throws -> XMLElementNode {
        for marker in ["<!DOCTYPE", "<!ENTITY", "<!doctype", "<!entity"] {
            if let range = data.range(of: Data(marker.utf8)) {
                let line = data[data.startIndex..<range.lowerBound].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
                throw QDAError.invalidData([
                    .error(
                        "has a document type or entity declaration (`\(marker.uppercased())`), which REFI-QDA files never need and which can hide external references or entity bombs; refused",
                        at: SourceLocation(path: path, line: line, column: 1))
                ])
            }
        }
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.shouldReportNamespacePrefixes = false
        let builder = TreeBuilder(parser: parser)
        parser.delegate = builder
        let ok = parser.parse()
        guard ok, let root = builder.root else {
            let line = max(parser.lineNumber, 1)
            let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let sourceLine = line <= lines.count ? String(lines[line - 1].prefix(200)) : nil
            throw QDAError.invalidData([
                .error(
                    "is not well-formed XML; the parser stopped at this line (a tag, comment or attribute is malformed)",
                    at: SourceLocation(path: path, line: line, column: max(parser.columnNumber, 0)),
                    sourceLine: sourceLine?.trimmingCharacters(in: .newlines))
            ])
        }
        return root
    }
}

private final class TreeBuilder: NSObject, XMLParserDelegate {
    weak var parser: XMLParser?
    var stack: [XMLElementNode] = []
    var root: XMLElementNode?

    init(parser: XMLParser) { self.parser = parser }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        var local: [String: String] = [:]
        for (key, value) in attributes {
            let name = key.split(separator: ":").last.map(String.init) ?? key
            if key.hasPrefix("xmlns") { continue }
            local[name] = value
        }
        let name = elementName.split(separator: ":").last.map(String.init) ?? elementName
        stack.append(XMLElementNode(name: name, attributes: local, line: parser.lineNumber))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += string
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += String(decoding: block, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard let finished = stack.popLast() else { return }
        if stack.isEmpty {
            root = finished
        } else {
            stack[stack.count - 1].children.append(finished)
        }
    }

    func parser(
        _ parser: XMLParser, foundInternalSubsetDeclaration name: String, externalID: String?, systemID: String?
    ) {
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
        parser.abortParsing()
        return nil
    }
}

/// Builds XML text with correct escaping.
struct XMLWriter {
    private(set) var text = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    private var open: [String] = []

    /// Escapes text for an attribute value or element content. Line breaks in attributes
    /// and carriage returns anywhere are written as character references, so that an XML
    /// parser gives back exactly the same characters.
    static func escape(_ value: String, attribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "\r": out += "&#13;"
            case "\n" where attribute: out += "&#10;"
            case "\t" where attribute: out += "&#9;"
            default:
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" { continue }  // not allowed in XML 1.0
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private func attributeText(_ attributes: [(String, String?)]) -> String {
        attributes.compactMap { key, value in value.map { " \(key)=\"\(Self.escape($0, attribute: true))\"" } }.joined()
    }

    private var indent: String { String(repeating: "  ", count: open.count) }

    /// Opens an element.
    mutating func start(_ name: String, _ attributes: [(String, String?)] = []) {
        text += "\(indent)<\(name)\(attributeText(attributes))>\n"
        open.append(name)
    }

    /// Writes an element without children.
    mutating func empty(_ name: String, _ attributes: [(String, String?)] = []) {
        text += "\(indent)<\(name)\(attributeText(attributes))/>\n"
    }

    /// Writes an element holding only text.
    mutating func textElement(_ name: String, _ value: String) {
        text += "\(indent)<\(name)>\(Self.escape(value, attribute: false))</\(name)>\n"
    }

    /// Closes the innermost open element.
    mutating func end() {
        let name = open.removeLast()
        text += "\(indent)</\(name)>\n"
    }
}
