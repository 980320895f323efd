/// Why a coefficient has no value for the data at hand.
///
/// Agreement coefficients divide by quantities that can be zero (no units, chance agreement
/// of 1, no pairable values). QDAKit never reports NaN or crashes on such data: the result is
/// ``Estimate/undefined(_:)`` with one of these reasons, which reports state in words.
public enum UndefinedReason: String, Hashable, Sendable, Codable, CaseIterable {
    /// There are no units to compare (N = 0).
    case noUnits
    /// Neither coder applied the code to any unit, so there is nothing to agree or disagree on.
    case codeNotUsed
    /// Expected chance agreement is 1 (every coder put every unit in the same single category),
    /// so the coefficient's denominator 1 − p_e is zero.
    case noVariation
    /// Fewer than two values could be paired within a unit (Krippendorff's α).
    case noPairableValues
    /// Raters per unit differ or are fewer than two (Fleiss' κ needs the same number ≥ 2 for
    /// every unit).
    case unequalRaters
    /// The categories are not mutually exclusive: some unit carries more than one of them.
    case notMutuallyExclusive
    /// A standard error needs at least two units.
    case tooFewUnits

    /// The reason in one English sentence fragment, for reports and JSON.
    public var explanation: String {
        switch self {
        case .noUnits: "there are no units to compare (N = 0)"
        case .codeNotUsed: "neither coder applied this code"
        case .noVariation: "expected chance agreement is 1 (all ratings fall in one category), so 1 − pₑ = 0"
        case .noPairableValues: "fewer than two values could be paired within a unit"
        case .unequalRaters: "every unit needs the same number of raters, at least two"
        case .notMutuallyExclusive: "some units carry more than one of these codes"
        case .tooFewUnits: "a standard error needs at least two units"
        }
    }
}

/// A coefficient's value, or the reason it has none.
public enum Estimate: Hashable, Sendable {
    /// A finite value.
    case value(Double)
    /// No value: the coefficient is undefined for these data.
    case undefined(UndefinedReason)

    /// Wraps `value`, or gives `.undefined(reason)` when it is not finite.
    public init(_ value: Double, orUndefined reason: UndefinedReason) {
        self = value.isFinite ? .value(value) : .undefined(reason)
    }

    /// The value, or `nil` when undefined.
    public var value: Double? {
        if case .value(let value) = self { return value }
        return nil
    }

    /// The reason, or `nil` when defined.
    public var undefinedReason: UndefinedReason? {
        if case .undefined(let reason) = self { return reason }
        return nil
    }

    /// Applies `transform` to a defined value.
    public func map(_ transform: (Double) -> Double) -> Estimate {
        switch self {
        case .value(let value): Estimate(transform(value), orUndefined: .noVariation)
        case .undefined: self
        }
    }
}

extension Estimate: Codable {
    private enum CodingKeys: String, CodingKey {
        case value, undefined, reason
    }

    /// Decodes `{"value": 0.4}` or `{"undefined": "noVariation", "reason": "…"}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let value = try container.decodeIfPresent(Double.self, forKey: .value) {
            self = .value(value)
        } else {
            self = .undefined(try container.decode(UndefinedReason.self, forKey: .undefined))
        }
    }

    /// Encodes `{"value": 0.4}`, or `{"undefined": "noVariation", "reason": "…"}` with the
    /// reason in words.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .value(let value):
            try container.encode(value, forKey: .value)
        case .undefined(let reason):
            try container.encode(reason, forKey: .undefined)
            try container.encode(reason.explanation, forKey: .reason)
        }
    }
}

/// A confidence interval.
public struct ConfidenceInterval: Hashable, Sendable, Codable {
    /// The lower limit.
    public var lower: Double
    /// The upper limit.
    public var upper: Double
    /// The confidence level (0.95 for a 95% interval).
    public var level: Double

    /// Creates an interval.
    public init(lower: Double, upper: Double, level: Double = 0.95) {
        self.lower = lower
        self.upper = upper
        self.level = level
    }

    /// The Wald interval `estimate ± z·se` with z = 1.959964 (95%).
    public static func wald(_ estimate: Double, standardError: Double) -> ConfidenceInterval {
        let z = 1.959_963_984_540_054
        return ConfidenceInterval(lower: estimate - z * standardError, upper: estimate + z * standardError)
    }
}
