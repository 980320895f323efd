import Testing

@testable import QDAKit

/// Each coefficient reproduces values published for it, with the source and the worked numbers.
@Suite("Agreement coefficients: published values")
struct PublishedValuesTests {
    /// Cohen, J. (1960). A coefficient of agreement for nominal scales. *Educational and
    /// Psychological Measurement*, 20, 37–46, Table 1: two judges, 200 cases, three categories.
    /// Diagonal .44 + .20 + .06 = p_o = .70; marginals .60/.30/.10 and .50/.30/.20 give
    /// p_c = .30 + .09 + .02 = .41; κ = (.70 − .41)/(1 − .41) = .29/.59 = .492.
    @Test("Cohen (1960) worked example: p_o = .70, p_c = .41, κ = .49")
    func cohen1960() throws {
        let table = ContingencyTable([[88, 14, 18], [10, 40, 10], [2, 6, 12]])
        let kappa = CohensKappa(table)
        #expect(try #require(kappa.observedAgreement.value) == 0.70)
        #expect(abs(try #require(kappa.expectedAgreement.value) - 0.41) < 1e-12)
        #expect(abs(try #require(kappa.kappa.value) - 0.29 / 0.59) < 1e-12)
        #expect(kappa.units == 200)
    }

    /// The textbook 2 × 2 table (e.g. Wikipedia, "Cohen's kappa", worked example): 50 proposals,
    /// both yes 20, only A yes 5, only B yes 10, both no 15. p_o = 35/50 = .70; A says yes
    /// 25/50, B 30/50, so p_e = .5·.6 + .5·.4 = .50; κ = .20/.50 = .40.
    @Test("Textbook 2×2 table 20/5/10/15: κ = 0.40 and the other indices by hand")
    func textbookTable() throws {
        let table = AgreementTable(a: 20, b: 5, c: 10, d: 15)
        let statistics = TableStatistics(table)
        #expect(abs(try #require(statistics.kappa.kappa.value) - 0.40) < 1e-12)
        #expect(abs(try #require(statistics.percentAgreement.value) - 0.70) < 1e-12)
        // a/(a + b + c) = 20/35
        #expect(abs(try #require(statistics.positiveAgreement.value) - 20.0 / 35.0) < 1e-12)
        // PI = (20 − 15)/50 = 0.1; BI = (5 − 10)/50 = −0.1; PABAK = 2·0.7 − 1 = 0.4
        #expect(abs(try #require(statistics.prevalenceIndex.value) - 0.1) < 1e-12)
        #expect(abs(try #require(statistics.biasIndex.value) + 0.1) < 1e-12)
        #expect(abs(try #require(statistics.pabak.value) - 0.4) < 1e-12)
        // AC1: π = (25/50 + 30/50)/2 = .55, p_e = 2·.55·.45 = .495, AC1 = (.70 − .495)/.505
        #expect(abs(try #require(statistics.gwetAC1.value) - 0.205 / 0.505) < 1e-12)
        // precision a/(a + b) = 20/25, recall a/(a + c) = 20/30
        #expect(abs(try #require(statistics.precision.value) - 0.8) < 1e-12)
        #expect(abs(try #require(statistics.recall.value) - 2.0 / 3.0) < 1e-12)
    }

    /// Fleiss, Cohen & Everitt (1969), Large sample standard errors of kappa and weighted kappa,
    /// *Psychological Bulletin*, 72, 323–327, as implemented by SAS/STAT PROC FREQ (AGREE
    /// option), whose documented output for the 3 × 3 table [[0,4,1],[0,8,0],[0,1,5]] is
    /// κ = 0.4842, ASE = 0.1380, 95% limits 0.2137–0.7547, ASE under H0 = 0.1484.
    @Test("Standard error of κ (Fleiss, Cohen & Everitt 1969) as printed by SAS")
    func standardErrorSAS() throws {
        let kappa = CohensKappa(ContingencyTable([[0, 4, 1], [0, 8, 0], [0, 1, 5]]))
        #expect(abs(try #require(kappa.kappa.value) - 0.4842) < 5e-5)
        #expect(abs(try #require(kappa.standardError.value) - 0.1380) < 5e-5)
        #expect(abs(try #require(kappa.standardErrorUnderNull.value) - 0.1484) < 5e-5)
        let interval = try #require(kappa.confidenceInterval)
        #expect(abs(interval.lower - 0.2137) < 5e-5)
        #expect(abs(interval.upper - 0.7547) < 5e-5)
    }

    /// The same formula worked by hand for the textbook table (proportions .4/.1/.2/.3,
    /// rows .5/.5, columns .6/.4, κ = .4, p_e = .5): diagonal terms .4(1 − 1.1·.6)² +
    /// .3(1 − .9·.6)² = .10972; off-diagonal (1 − κ)²[.1(.6 + .5)² + .2(.4 + .5)²] = .36·.283 =
    /// .10188; minus (κ − p_e(1 − κ))² = .01; divided by N(1 − p_e)² = 12.5: var = .016128,
    /// SE = .12700.
    @Test("Standard error of κ for the textbook table, worked by hand")
    func standardErrorByHand() throws {
        let kappa = AgreementTable(a: 20, b: 5, c: 10, d: 15).kappa
        #expect(abs(try #require(kappa.standardError.value) - 0.016128.squareRoot()) < 1e-9)
    }

    /// Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters.
    /// *Psychological Bulletin*, 76, 378–382, Table 1: 30 patients, 6 psychiatrists each,
    /// 5 diagnoses (depression, personality disorder, schizophrenia, neurosis, other); the paper
    /// reports κ = .430. Raw ratings as distributed with R's irr package (`diagnoses`), whose
    /// kappam.fleiss gives κ = 0.4302445 and z = 17.65183 (so SE₀ = κ/z).
    @Test("Fleiss (1971) diagnoses: κ ≈ 0.430")
    func fleiss1971() throws {
        let raw: [[Int]] = [
            [4, 4, 4, 4, 4, 4], [2, 2, 2, 5, 5, 5], [2, 3, 3, 3, 3, 5], [5, 5, 5, 5, 5, 5], [2, 2, 2, 4, 4, 4],
            [1, 1, 3, 3, 3, 3], [3, 3, 3, 3, 5, 5], [1, 1, 3, 3, 3, 4], [1, 1, 4, 4, 4, 4], [5, 5, 5, 5, 5, 5],
            [1, 4, 4, 4, 4, 4], [1, 2, 4, 4, 4, 4], [2, 2, 2, 3, 3, 3], [1, 4, 4, 4, 4, 4], [2, 2, 4, 4, 4, 5],
            [3, 3, 3, 3, 3, 5], [1, 1, 1, 4, 5, 5], [1, 1, 1, 1, 1, 2], [2, 2, 4, 4, 4, 4], [1, 3, 3, 5, 5, 5],
            [5, 5, 5, 5, 5, 5], [2, 4, 4, 4, 4, 4], [2, 2, 4, 5, 5, 5], [1, 1, 4, 4, 4, 4], [1, 4, 4, 4, 4, 5],
            [2, 2, 2, 2, 2, 4], [1, 1, 1, 1, 5, 5], [2, 2, 4, 4, 4, 4], [1, 3, 3, 3, 3, 3], [5, 5, 5, 5, 5, 5],
        ]
        let ratings = RatingCounts(ratings: raw.map { $0.map { $0 - 1 } }, categoryCount: 5)
        let kappa = FleissKappa(ratings)
        #expect(kappa.units == 30)
        #expect(kappa.raters == 6)
        let value = try #require(kappa.kappa.value)
        #expect(abs(value - 0.430) < 0.0005)
        #expect(abs(value - 0.4302445) < 1e-7)
        #expect(abs(try #require(kappa.standardErrorUnderNull.value) - 0.4302445 / 17.65183) < 1e-6)
    }

    /// Krippendorff, K. (2011). Computing Krippendorff's alpha-reliability, section C: four
    /// observers, twelve units, values 1–5, with missing values (unit 12 has one value and is
    /// not pairable). Nominal α = 0.743.
    @Test("Krippendorff (2011) nominal example with missing values: α ≈ 0.743")
    func krippendorff2011() throws {
        let observers: [[Int?]] = [
            [1, 2, 3, 3, 2, 1, 4, 1, 2, nil, nil, nil],
            [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, nil, 3],
            [nil, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, nil],
            [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, nil],
        ]
        let units = (0..<12).map { unit in observers.map { $0[unit] } }
        let alpha = KrippendorffAlpha(nominal: units)
        #expect(alpha.pairableUnits == 11)
        #expect(alpha.pairableValues == 40)
        let value = try #require(alpha.alpha.value)
        #expect(abs(value - 0.743) < 0.0005)
        // Unrounded, from the coincidence matrix worked by hand: n = 40 pairable values, the
        // off-diagonal coincidences sum to 8 and Σ_{c≠k} n_c·n_k = 1216, so
        // α = 1 − (8/40)/(1216/(40·39)) = 1 − 0.2/0.779487 = 0.743421.
        #expect(abs(value - 0.743_421) < 1e-6)
    }
}
