/// Whether a code was defined before coding (from the interview guide or the literature)
/// or emerged from the data.
public enum CodeOrigin: String, Hashable, Sendable, Codable, CaseIterable {
    /// Defined in advance: from the interview guide, the research questions or the literature.
    case deductive
    /// Emerged while coding.
    case inductive

    /// Parses `deductive`, `inductive`, the Dutch `deductief`/`inductief`, or `d`/`i`.
    public init?(parsing text: String) {
        switch TextFolding.fold(text.trimmingWhitespace()) {
        case "deductive", "deductief", "d", "deductieve": self = .deductive
        case "inductive", "inductief", "i", "inductieve": self = .inductive
        default: return nil
        }
    }
}

/// A code in a codebook.
public struct Code: Hashable, Sendable, Codable {
    /// The name, unique in the codebook; coding files use it (or the id, or an alias).
    public var name: String
    /// An explicit identifier; when absent the identifier is a slug of the name.
    public var id: String?
    /// Deductive or inductive; `nil` when the codebook does not say.
    public var origin: CodeOrigin?
    /// What the code means and when to apply it.
    public var description: String?
    /// An example quote.
    public var example: String?
    /// Keywords and patterns for auto-coding (`verzuim*`, `"niet meer op school"`, `-vakantie`).
    public var keywords: [String]
    /// Former names of this code (after a rename or merge); codings that use them are read
    /// as this code.
    public var aliases: [String]
    /// Whether the code appears in the results chapter.
    public var report: Bool
    /// The research question, when it differs from the theme's.
    public var question: String?
    /// A display colour as `#RRGGBB`, kept from and for other QDA programs (REFI-QDA).
    public var color: String?

    /// Creates a code.
    public init(
        name: String, id: String? = nil, origin: CodeOrigin? = nil, description: String? = nil,
        example: String? = nil, keywords: [String] = [], aliases: [String] = [], report: Bool = true,
        question: String? = nil, color: String? = nil
    ) {
        self.name = name
        self.id = id
        self.origin = origin
        self.description = description
        self.example = example
        self.keywords = keywords
        self.aliases = aliases
        self.report = report
        self.question = question
        self.color = color
    }

    /// The identifier: ``id`` if given, else a slug of the name.
    public var identifier: String { id ?? TextFolding.slug(name) }
}

/// A subtheme: a group of codes within a theme.
public struct Subtheme: Hashable, Sendable, Codable {
    /// The name.
    public var name: String
    /// The heading used in the results chapter, when it differs from the name.
    public var label: String?
    /// An optional description.
    public var description: String?
    /// Whether the subtheme appears in the results chapter.
    public var report: Bool
    /// The codes, in order.
    public var codes: [Code]
    /// A display colour as `#RRGGBB`, kept from and for other QDA programs (REFI-QDA).
    public var color: String?

    /// Creates a subtheme.
    public init(
        name: String, label: String? = nil, description: String? = nil, report: Bool = true, codes: [Code] = [],
        color: String? = nil
    ) {
        self.name = name
        self.label = label
        self.description = description
        self.report = report
        self.codes = codes
        self.color = color
    }
}

/// A theme: codes directly under it and codes grouped in subthemes.
public struct Theme: Hashable, Sendable, Codable {
    /// The name.
    public var name: String
    /// The research question the theme answers (`Hoofdvraag`, `Deelvraag 1`).
    public var question: String?
    /// The heading used in the results chapter, when it differs from the name.
    public var label: String?
    /// An optional description.
    public var description: String?
    /// Whether the theme appears in the results chapter (`report: no` for a theme such as
    /// "Algemeen").
    public var report: Bool
    /// Codes directly under the theme, without a subtheme.
    public var codes: [Code]
    /// The subthemes, in order.
    public var subthemes: [Subtheme]
    /// A display colour as `#RRGGBB`, kept from and for other QDA programs (REFI-QDA).
    public var color: String?

    /// Creates a theme.
    public init(
        name: String, question: String? = nil, label: String? = nil, description: String? = nil, report: Bool = true,
        codes: [Code] = [], subthemes: [Subtheme] = [], color: String? = nil
    ) {
        self.name = name
        self.question = question
        self.label = label
        self.description = description
        self.report = report
        self.codes = codes
        self.subthemes = subthemes
        self.color = color
    }
}

// Lenient decoding for hand-written JSON codebooks: every key but the names may be left out.

extension Code {
    private enum CodingKeys: String, CodingKey {
        case name, id, origin, description, example, keywords, aliases, report, question, color
    }

    /// Decodes a code; missing lists are empty and `report` defaults to true.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try container.decode(String.self, forKey: .name),
            id: try container.decodeIfPresent(String.self, forKey: .id),
            origin: try container.decodeIfPresent(CodeOrigin.self, forKey: .origin),
            description: try container.decodeIfPresent(String.self, forKey: .description),
            example: try container.decodeIfPresent(String.self, forKey: .example),
            keywords: try container.decodeIfPresent([String].self, forKey: .keywords) ?? [],
            aliases: try container.decodeIfPresent([String].self, forKey: .aliases) ?? [],
            report: try container.decodeIfPresent(Bool.self, forKey: .report) ?? true,
            question: try container.decodeIfPresent(String.self, forKey: .question),
            color: try container.decodeIfPresent(String.self, forKey: .color))
    }
}

extension Subtheme {
    private enum CodingKeys: String, CodingKey {
        case name, label, description, report, codes, color
    }

    /// Decodes a subtheme; missing lists are empty and `report` defaults to true.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try container.decode(String.self, forKey: .name),
            label: try container.decodeIfPresent(String.self, forKey: .label),
            description: try container.decodeIfPresent(String.self, forKey: .description),
            report: try container.decodeIfPresent(Bool.self, forKey: .report) ?? true,
            codes: try container.decodeIfPresent([Code].self, forKey: .codes) ?? [],
            color: try container.decodeIfPresent(String.self, forKey: .color))
    }
}

extension Theme {
    private enum CodingKeys: String, CodingKey {
        case name, question, label, description, report, codes, subthemes, color
    }

    /// Decodes a theme; missing lists are empty and `report` defaults to true.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try container.decode(String.self, forKey: .name),
            question: try container.decodeIfPresent(String.self, forKey: .question),
            label: try container.decodeIfPresent(String.self, forKey: .label),
            description: try container.decodeIfPresent(String.self, forKey: .description),
            report: try container.decodeIfPresent(Bool.self, forKey: .report) ?? true,
            codes: try container.decodeIfPresent([Code].self, forKey: .codes) ?? [],
            subthemes: try container.decodeIfPresent([Subtheme].self, forKey: .subthemes) ?? [],
            color: try container.decodeIfPresent(String.self, forKey: .color))
    }
}
