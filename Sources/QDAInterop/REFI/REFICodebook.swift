import Foundation
import QDAKit

/// Maps a REFI-QDA code tree onto a QDAKit codebook (theme › subtheme › code) and back.
///
/// Import: a top-level code with children is a theme, a second-level code with children a
/// subtheme; every code with `isCodable="true"` is also a code (a theme's or subtheme's own
/// code comes first under it, with the same name); codes deeper than three levels are placed
/// in their second-level subtheme (the import report lists them); top-level codes without
/// children go into a theme called ``topLevelTheme``. Names are made unique by adding the
/// parent's name. Descriptions and colours are kept.
///
/// Export reverses this: themes and subthemes become codes with `isCodable="false"` unless
/// they have a code of their own name, and the codes of ``topLevelTheme`` become top-level
/// codes again, so that import → export → import gives the same codebook.
public enum REFICodebook {
    /// The theme that holds codes that had no parent in the REFI-QDA code tree.
    public static let topLevelTheme = "Top-level codes"

    /// The result of mapping a code tree.
    public struct Mapping: Sendable {
        /// The codebook.
        public var codebook: Codebook
        /// The code name for each REFI code GUID.
        public var codeNames: [String: String]
        /// Notes on what could not be kept as it was.
        public var notes: [String]
    }

    /// Maps `codes` (top-level REFI codes) onto a codebook titled `title`.
    public static func codebook(from codes: [REFICode], title: String) -> Mapping {
        var mapping = Mapping(codebook: Codebook(title: title), codeNames: [:], notes: [])
        var used = Set<String>()
        var flattened: [String] = []
        func name(for code: REFICode, parent: String?) -> String {
            var candidate = code.name.trimmingWhitespace().isEmpty ? "(unnamed)" : code.name.trimmingWhitespace()
            if used.contains(TextFolding.fold(candidate)), let parent {
                candidate = "\(candidate) (\(parent))"
            }
            var number = 2
            let base = candidate
            while used.contains(TextFolding.fold(candidate)) {
                candidate = "\(base) \(number)"
                number += 1
            }
            if candidate != code.name {
                mapping.notes.append("code `\(code.name)` is called `\(candidate)` because its name is used twice")
            }
            used.insert(TextFolding.fold(candidate))
            mapping.codeNames[code.guid] = candidate
            return candidate
        }
        func makeCode(_ code: REFICode, parent: String?) -> Code {
            Code(name: name(for: code, parent: parent), description: code.description, color: code.color)
        }
        func descendants(_ code: REFICode, parent: String, depth: Int) -> [Code] {
            var result: [Code] = []
            for child in code.children {
                if child.isCodable { result.append(makeCode(child, parent: parent)) }
                if depth >= 4 && child.isCodable { flattened.append(child.name) }
                result += descendants(child, parent: child.name, depth: depth + 1)
            }
            return result
        }
        var loose: [Code] = []
        for top in codes {
            if top.children.isEmpty {
                if top.isCodable {
                    loose.append(makeCode(top, parent: nil))
                } else {
                    mapping.codebook.themes.append(
                        Theme(name: top.name, description: top.description, color: top.color))
                }
                continue
            }
            var theme = Theme(name: top.name, description: top.description, color: top.color)
            if top.isCodable { theme.codes.append(makeCode(top, parent: nil)) }
            for second in top.children {
                if second.children.isEmpty {
                    if second.isCodable {
                        theme.codes.append(makeCode(second, parent: top.name))
                    } else {
                        theme.subthemes.append(
                            Subtheme(name: second.name, description: second.description, color: second.color))
                    }
                    continue
                }
                var subtheme = Subtheme(name: second.name, description: second.description, color: second.color)
                if second.isCodable { subtheme.codes.append(makeCode(second, parent: top.name)) }
                subtheme.codes += descendants(second, parent: second.name, depth: 3)
                theme.subthemes.append(subtheme)
            }
            mapping.codebook.themes.append(theme)
        }
        if !loose.isEmpty { mapping.codebook.themes.append(Theme(name: topLevelTheme, codes: loose)) }
        if !flattened.isEmpty {
            mapping.notes.append(
                "\(flattened.count) code\(flattened.count == 1 ? " is" : "s are") more than three levels deep and placed in their second-level subtheme (such as `\(flattened[0])`)"
            )
        }
        return mapping
    }

    /// The REFI-QDA code tree for `codebook`, plus top-level codes for `extraCodes` (codes
    /// used in codings but missing from the codebook). GUIDs are derived from the names, so
    /// the same codebook always gives the same file.
    public static func codes(from codebook: Codebook, extraCodes: [String] = []) -> [REFICode] {
        func node(named name: String, description: String?, color: String?, codes: [Code], children: [REFICode])
            -> REFICode
        {
            let own = codes.first { $0.name == name }
            let rest = codes.filter { $0.name != name }.map(leaf)
            return REFICode(
                guid: StableGUID.make("code", name), name: name, isCodable: own != nil,
                color: own?.color ?? color, description: own?.description ?? description, children: rest + children)
        }
        func leaf(_ code: Code) -> REFICode {
            REFICode(
                guid: StableGUID.make("code", code.name), name: code.name, color: code.color,
                description: code.description)
        }
        var result: [REFICode] = []
        for theme in codebook.themes {
            if theme.name == topLevelTheme && theme.subthemes.isEmpty {
                result += theme.codes.map(leaf)
                continue
            }
            let subthemes = theme.subthemes.map {
                node(named: $0.name, description: $0.description, color: $0.color, codes: $0.codes, children: [])
            }
            result.append(
                node(
                    named: theme.name, description: theme.description, color: theme.color, codes: theme.codes,
                    children: subthemes))
        }
        result += extraCodes.map { REFICode(guid: StableGUID.make("code", $0), name: $0) }
        return result
    }

    /// Writes code elements (inside `<Codes>`).
    static func write(_ codes: [REFICode], to writer: inout XMLWriter) {
        for code in codes {
            let attributes: [(String, String?)] = [
                ("guid", code.guid), ("name", code.name), ("isCodable", code.isCodable ? "true" : "false"),
                ("color", code.color.flatMap(validColor)),
            ]
            if code.description == nil && code.children.isEmpty {
                writer.empty("Code", attributes)
                continue
            }
            writer.start("Code", attributes)
            if let description = code.description { writer.textElement("Description", description) }
            write(code.children, to: &writer)
            writer.end()
        }
    }

    /// `#RRGGBB` or `#RGB`, or `nil` for anything the schema does not allow.
    static func validColor(_ value: String) -> String? {
        let hex = value.dropFirst()
        guard value.hasPrefix("#"), hex.count == 6 || hex.count == 3, hex.allSatisfy(\.isHexDigit) else { return nil }
        return value
    }
}

/// Name-based identifiers in GUID form, so that exporting the same study twice gives the
/// same file (FNV-1a over the kind and name, twice with different seeds).
enum StableGUID {
    static func make(_ kind: String, _ name: String) -> String {
        let bytes = Array("\(kind)\u{0}\(name)".utf8)
        func fnv(_ seed: UInt64) -> UInt64 {
            var hash = seed
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            return hash
        }
        let high = fnv(0xcbf2_9ce4_8422_2325)
        let low = fnv(0x8422_2325_cbf2_9ce4 ^ UInt64(bytes.count))
        func hex(_ value: UInt64, _ digits: Int) -> String {
            let text = String(value, radix: 16)
            return String(repeating: "0", count: max(0, digits - text.count)) + text.suffix(digits)
        }
        let timeHigh = (high & 0x0fff) | 0x8000  // version 8: custom
        let clock = (low >> 48 & 0x3fff) | 0x8000  // RFC 4122 variant
        return
            "\(hex(high >> 32, 8))-\(hex(high >> 16 & 0xffff, 4))-\(hex(timeHigh, 4))-\(hex(clock, 4))-\(hex(low & 0xffff_ffff_ffff, 12))"
    }
}
