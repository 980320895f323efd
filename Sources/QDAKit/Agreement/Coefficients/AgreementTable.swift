/// Two coders' decisions on one code over the same units, as a 2 × 2 table:
///
/// |                     | second: present | second: absent |
/// |---------------------|-----------------|----------------|
/// | **first: present**  | a               | b              |
/// | **first: absent**   | c               | d              |
///
/// Every coefficient is a pure function of the four counts, so another tool can recompute
/// each figure from them. A code that neither coder applied (a = b = c = 0) has no
/// agreement to measure: its κ, AC1 and agreement on coded units are undefined
/// (``UndefinedReason/codeNotUsed``), while the raw proportions stay defined.
public struct AgreementTable: Hashable, Sendable, Codable {
    /// Units both coders marked with the code.
    public var a: Int
    /// Units only the first coder marked.
    public var b: Int
    /// Units only the second coder marked.
    public var c: Int
    /// Units neither coder marked.
    public var d: Int

    /// Creates a table from its four counts.
    ///
    /// - Precondition: no count is negative.
    public init(a: Int, b: Int, c: Int, d: Int) {
        precondition(a >= 0 && b >= 0 && c >= 0 && d >= 0, "counts must not be negative")
        self.a = a
        self.b = b
        self.c = c
        self.d = d
    }

    /// The number of units, N = a + b + c + d.
    public var total: Int { a + b + c + d }

    /// Units on which the coders disagree, b + c.
    public var disagreements: Int { b + c }

    /// Units the first coder marked, a + b.
    public var firstMarked: Int { a + b }

    /// Units the second coder marked, a + c.
    public var secondMarked: Int { a + c }

    /// Whether neither coder applied the code.
    public var isUnused: Bool { a + b + c == 0 }

    /// The table with the coders swapped (b and c exchanged).
    public var swapped: AgreementTable { AgreementTable(a: a, b: c, c: b, d: d) }

    /// The table as a 2 × 2 ``ContingencyTable`` (category 0 = present, 1 = absent).
    public var contingencyTable: ContingencyTable { ContingencyTable([[a, b], [c, d]]) }

    /// The element-wise sum of two tables (pooling over codes).
    public static func + (lhs: AgreementTable, rhs: AgreementTable) -> AgreementTable {
        AgreementTable(a: lhs.a + rhs.a, b: lhs.b + rhs.b, c: lhs.c + rhs.c, d: lhs.d + rhs.d)
    }

    /// Percentage agreement (a + d) / N, as a proportion.
    public var percentAgreement: Estimate {
        total == 0 ? .undefined(.noUnits) : .value(Double(a + d) / Double(total))
    }

    /// Agreement on coded units a / (a + b + c): of the units at least one coder marked, the
    /// share both marked (the proportion behind hand counts such as "59% overeenkomst").
    public var positiveAgreement: Estimate {
        if total == 0 { return .undefined(.noUnits) }
        return isUnused ? .undefined(.codeNotUsed) : .value(Double(a) / Double(a + b + c))
    }

    /// Cohen's κ with its asymptotic standard error and 95% interval (see ``CohensKappa``).
    public var kappa: CohensKappa {
        var result = CohensKappa(contingencyTable)
        if total > 0 && isUnused {
            result.kappa = .undefined(.codeNotUsed)
            result.standardError = .undefined(.codeNotUsed)
            result.standardErrorUnderNull = .undefined(.codeNotUsed)
        }
        return result
    }

    /// The prevalence index (a − d) / N (Byrt, Bishop & Carlin 1993, Bias, prevalence and
    /// kappa, *Journal of Clinical Epidemiology*, 46, 423–429): near ±1 when the code is
    /// almost always or almost never present, where κ is depressed.
    public var prevalenceIndex: Estimate {
        total == 0 ? .undefined(.noUnits) : .value(Double(a - d) / Double(total))
    }

    /// The bias index (b − c) / N (Byrt, Bishop & Carlin 1993): how much more often the first
    /// coder applied the code than the second.
    public var biasIndex: Estimate {
        total == 0 ? .undefined(.noUnits) : .value(Double(b - c) / Double(total))
    }

    /// The prevalence- and bias-adjusted κ, PABAK = 2 p_o − 1 (Byrt, Bishop & Carlin 1993).
    public var pabak: Estimate { percentAgreement.map { 2 * $0 - 1 } }

    /// Gwet's AC1 (see ``GwetAC1``); undefined for a code neither coder applied.
    public var gwetAC1: Estimate {
        if total > 0 && isUnused { return .undefined(.codeNotUsed) }
        return GwetAC1.coefficient(contingencyTable)
    }

    /// The first coder's precision against the second as reference, a / (a + b): of the
    /// units the first coder marked, the share the second coder marked too.
    public var precision: Estimate {
        firstMarked == 0 ? .undefined(.codeNotUsed) : .value(Double(a) / Double(firstMarked))
    }

    /// The first coder's recall against the second as reference, a / (a + c): of the units
    /// the second coder marked, the share the first coder found.
    public var recall: Estimate {
        secondMarked == 0 ? .undefined(.codeNotUsed) : .value(Double(a) / Double(secondMarked))
    }
}
