/// A codebook: research question › theme › subtheme › code.
public struct Codebook: Hashable, Sendable, Codable {
    /// The title.
    public var title: String
    /// Free text under the title.
    public var preamble: String?
    /// The themes, in order.
    public var themes: [Theme]

    /// Creates a codebook.
    public init(title: String = "Codebook", preamble: String? = nil, themes: [Theme] = []) {
        self.title = title
        self.preamble = preamble
        self.themes = themes
    }

    /// Every code with its place in the codebook, in codebook order (a theme's own codes
    /// before its subthemes).
    public var entries: [CodebookEntry] {
        var result: [CodebookEntry] = []
        for theme in themes {
            for code in theme.codes {
                result.append(CodebookEntry(code: code, theme: theme, subtheme: nil, index: result.count))
            }
            for subtheme in theme.subthemes {
                for code in subtheme.codes {
                    result.append(CodebookEntry(code: code, theme: theme, subtheme: subtheme, index: result.count))
                }
            }
        }
        return result
    }

    /// All codes, in codebook order.
    public var codes: [Code] { entries.map(\.code) }

    /// The entry of the code with this exact name.
    public func entry(named name: String) -> CodebookEntry? {
        entries.first { $0.code.name == name }
    }
}

/// A code with the theme and subtheme it belongs to.
public struct CodebookEntry: Hashable, Sendable {
    /// The code.
    public var code: Code
    /// The theme's name.
    public var theme: String
    /// The theme's report heading (its label, or its name).
    public var themeHeading: String
    /// The subtheme's name, if the code is in one.
    public var subtheme: String?
    /// The subtheme's report heading.
    public var subthemeHeading: String?
    /// The research question: the code's own, else the theme's.
    public var question: String?
    /// Whether the code appears in the results chapter (the code, its subtheme and its theme
    /// must all be reported).
    public var isReported: Bool
    /// The position of the code in codebook order, from 0.
    public var index: Int

    init(code: Code, theme: Theme, subtheme: Subtheme?, index: Int) {
        self.code = code
        self.theme = theme.name
        self.themeHeading = theme.label ?? theme.name
        self.subtheme = subtheme?.name
        self.subthemeHeading = subtheme.map { $0.label ?? $0.name }
        self.question = code.question ?? theme.question
        self.isReported = code.report && theme.report && (subtheme?.report ?? true)
        self.index = index
    }
}

extension Codebook {
    private enum CodingKeys: String, CodingKey {
        case title, preamble, themes
    }

    /// Decodes a codebook; the title defaults to "Codebook".
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            title: try container.decodeIfPresent(String.self, forKey: .title) ?? "Codebook",
            preamble: try container.decodeIfPresent(String.self, forKey: .preamble),
            themes: try container.decodeIfPresent([Theme].self, forKey: .themes) ?? [])
    }
}
