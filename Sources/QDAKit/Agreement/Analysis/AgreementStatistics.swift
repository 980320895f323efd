/// One code's agreement over the compared units.
public struct CodeAgreement: Hashable, Sendable, Codable {
    /// The code (its codebook name after alias mapping).
    public var code: String
    /// Per coder (in the order given), the units they marked with the code.
    public var marked: [Int]
    /// Units on which the coders differ about this code.
    public var disputedUnits: Int
    /// Two coders: the 2 × 2 table and every figure computed from it.
    public var twoCoders: TableStatistics?
    /// Three or more coders: Fleiss' κ (present/absent) over the units every coder coded.
    public var fleiss: FleissKappa?
    /// Krippendorff's α (nominal, present/absent; missing data allowed).
    public var alpha: KrippendorffAlpha

    /// Cohen's κ for two coders, else Fleiss' κ.
    public var kappa: Estimate {
        twoCoders?.kappa.kappa ?? fleiss?.kappa ?? .undefined(.noUnits)
    }

    /// Whether no coder applied the code.
    public var isUnused: Bool { marked.allSatisfy { $0 == 0 } }
}

/// Percentage agreement over code applications: every code applied to a unit by at least one
/// coder is one application; it is agreed when every coder who coded the unit applied that
/// code to it, disputed otherwise. Percentage = agreed / (agreed + disputed). For two coders
/// this is Σa / Σ(a + b + c) over the codes' 2 × 2 tables.
public struct ApplicationAgreement: Hashable, Sendable, Codable {
    /// Code applications all coders made.
    public var agreed: Int
    /// Code applications some but not all coders made.
    public var disputed: Int
    /// agreed / (agreed + disputed).
    public var proportion: Estimate

    /// Creates the figure from its counts.
    public init(agreed: Int, disputed: Int) {
        self.agreed = agreed
        self.disputed = disputed
        proportion =
            agreed + disputed == 0 ? .undefined(.codeNotUsed) : .value(Double(agreed) / Double(agreed + disputed))
    }
}

/// A code left out of the mean κ, and why.
public struct ExcludedCode: Hashable, Sendable, Codable {
    /// The code.
    public var code: String
    /// Why its κ is undefined.
    public var reason: UndefinedReason
}

/// The mean of the per-code κ values that are defined.
public struct MeanKappa: Hashable, Sendable, Codable {
    /// The mean; undefined when no code has a κ.
    public var mean: Estimate
    /// How many codes were averaged.
    public var codes: Int
    /// The codes left out, with the reason.
    public var excluded: [ExcludedCode]
}

/// Two coders' agreement over all codes, for studies with three or more coders (one per pair).
public struct PairAgreement: Hashable, Sendable, Codable {
    /// The first coder.
    public var first: CoderID
    /// The second coder.
    public var second: CoderID
    /// Units both coded.
    public var units: Int
    /// Percentage agreement over code applications.
    public var applications: ApplicationAgreement
    /// Pooled κ over the codes either used.
    public var pooled: PooledKappa
    /// Mean κ over codes.
    public var mean: MeanKappa
}

/// Agreement over a group of codes used as mutually exclusive categories (a theme, or a set
/// given by the user): each unit falls in one code of the group or in "none".
public struct GroupAgreement: Hashable, Sendable, Codable {
    /// Where the group comes from.
    public enum Source: String, Hashable, Sendable, Codable {
        /// A codebook theme.
        case theme
        /// A set named by the user.
        case user
    }

    /// The group's name (the theme's, or the codes joined).
    public var name: String
    /// Where the group comes from.
    public var source: Source
    /// The codes, in order; the last category, "none", is implicit.
    public var codes: [String]
    /// Units every coder coded.
    public var units: Int
    /// Per coder, units that carry more than one code of the group (0 everywhere when the
    /// codes are mutually exclusive).
    public var unitsWithSeveralCodes: [Int]
    /// Two coders: the (k + 1) × (k + 1) table, last row and column "none".
    public var table: ContingencyTable?
    /// Two coders: Cohen's κ over the categories; undefined when they are not mutually exclusive.
    public var kappa: Estimate
    /// Two coders: Cohen's κ in full (SE, interval), when the codes are mutually exclusive.
    public var cohen: CohensKappa?
    /// Three or more coders: Fleiss' κ over the categories.
    public var fleiss: FleissKappa?
    /// Krippendorff's α over the categories.
    public var alpha: KrippendorffAlpha?

    /// Whether every unit carries at most one code of the group, for every coder.
    public var isMutuallyExclusive: Bool { unitsWithSeveralCodes.allSatisfy { $0 == 0 } }
}

/// All statistics of a comparison, computed from a ``CodingMatrix`` alone.
public struct AgreementStatistics: Hashable, Sendable, Codable {
    /// The coders, in the order given.
    public var coders: [CoderID]
    /// The number of units.
    public var units: Int
    /// Per code, in report order.
    public var codes: [CodeAgreement]
    /// Percentage agreement over code applications.
    public var applications: ApplicationAgreement
    /// Two coders: pooled κ over the codes either coder used.
    public var pooled: PooledKappa?
    /// Mean κ over codes (Cohen's for two coders, Fleiss' for more).
    public var mean: MeanKappa
    /// Three or more coders: Fleiss' κ over all codes (units × codes as subjects).
    public var fleiss: FleissKappa?
    /// Krippendorff's α over all codes (units × codes as units).
    public var alpha: KrippendorffAlpha
    /// Three or more coders: every pair's agreement.
    public var pairs: [PairAgreement]
    /// The code groups examined as mutually exclusive categories.
    public var groups: [GroupAgreement]
}
