/// A codebook's keywords compiled for auto-coding: for every code with keywords, what
/// includes a sentence, what excludes it and which codes the turn must also have; all
/// patterns of all codes in one ``KeywordIndex``.
public struct KeywordRules: Sendable {
    /// The rules of one code.
    public struct CodeRule: Hashable, Sendable {
        /// The code's name in the codebook.
        public var code: String
        /// Keywords whose matches code the sentence, as written.
        public var includes: [KeywordPattern]
        /// Keywords that keep a sentence from being coded.
        public var excludes: [KeywordPattern]
        /// Codes the turn must also get (by name in the codebook).
        public var requires: [String]
    }

    /// What a pattern in the index belongs to.
    struct Owner: Sendable {
        var rule: Int
        var isInclude: Bool
        var keyword: Int
    }

    /// The codes that have at least one including keyword, in codebook order.
    public private(set) var rules: [CodeRule]
    /// Rule indices in an order where every code comes after the codes it requires.
    private(set) var evaluationOrder: [Int]
    /// The position of each rule in ``evaluationOrder``.
    let evaluationRank: [Int]
    let index: KeywordIndex
    let owners: [Owner]

    /// Compiles the keywords of `codebook`. Problems (syntax errors, unknown or circular
    /// requirements) are returned as diagnostics placed with `locator`; a keyword with an
    /// error is left out.
    public static func compile(_ codebook: Codebook, locator: KeywordLocator = KeywordLocator()) -> (
        rules: KeywordRules, diagnostics: [Diagnostic]
    ) {
        var diagnostics: [Diagnostic] = []
        let resolver = CodeResolver(codebook)
        var rules: [CodeRule] = []
        for code in codebook.codes where !code.keywords.isEmpty {
            var rule = CodeRule(code: code.name, includes: [], excludes: [], requires: [])
            for (number, keyword) in code.keywords.enumerated() {
                func report(_ severity: Severity, _ message: String, offset: Int, notes: [String] = []) {
                    let (location, line) = locator.location(code: code.name, keyword: number, offset: offset)
                    diagnostics.append(
                        Diagnostic(
                            severity, "keyword `\(keyword)` of `\(code.name)`: \(message)", at: location,
                            sourceLine: line, notes: notes))
                }
                do {
                    switch try KeywordRule.parse(keyword) {
                    case .include(let pattern):
                        rule.includes.append(pattern)
                        shortPrefixWarning(pattern).map { report(.warning, $0, offset: 0) }
                    case .exclude(let pattern):
                        rule.excludes.append(pattern)
                    case .require(let name):
                        guard let target = resolver.canonicalName(name) else {
                            let hint = EditDistance.closest(to: name, in: codebook.codes.map(\.name))
                            report(
                                .error, "`\(name)` is not a code in the codebook", offset: 1,
                                notes: hint.map { ["did you mean `+\($0)`?"] } ?? [])
                            continue
                        }
                        guard target != code.name else {
                            report(.error, "a code cannot require itself", offset: 0)
                            continue
                        }
                        rule.requires.append(target)
                    }
                } catch {
                    report(.error, error.message, offset: error.offset)
                }
            }
            if rule.includes.isEmpty {
                let (location, line) = locator.location(code: code.name, keyword: 0, offset: 0)
                diagnostics.append(
                    .warning(
                        "`\(code.name)` has keywords but none that codes a sentence (only `-` or `+` items); it is never applied",
                        at: location, sourceLine: line))
                continue
            }
            rules.append(rule)
        }
        let (order, cycleProblems) = evaluationOrder(rules, locator: locator)
        diagnostics += cycleProblems
        var patterns: [KeywordPattern] = []
        var owners: [Owner] = []
        for (ruleIndex, rule) in rules.enumerated() {
            for (number, pattern) in rule.includes.enumerated() {
                patterns.append(pattern)
                owners.append(Owner(rule: ruleIndex, isInclude: true, keyword: number))
            }
            for (number, pattern) in rule.excludes.enumerated() {
                patterns.append(pattern)
                owners.append(Owner(rule: ruleIndex, isInclude: false, keyword: number))
            }
        }
        var rank = [Int](repeating: 0, count: rules.count)
        for (position, rule) in order.enumerated() { rank[rule] = position }
        let compiled = KeywordRules(
            rules: rules, evaluationOrder: order, evaluationRank: rank, index: KeywordIndex(patterns), owners: owners)
        return (compiled, diagnostics)
    }

    private static func shortPrefixWarning(_ pattern: KeywordPattern) -> String? {
        guard case .words(let words) = pattern.term, words.count == 1, words[0].isPrefix, words[0].text.count < 3
        else { return nil }
        return "`\(words[0].text)*` matches every word that starts with `\(words[0].text)`"
    }

    /// Orders rules so that required codes are evaluated first; rules in a cycle are reported.
    private static func evaluationOrder(_ rules: [CodeRule], locator: KeywordLocator) -> ([Int], [Diagnostic]) {
        let position = Dictionary(rules.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { a, _ in a })
        var state = [Int](repeating: 0, count: rules.count)  // 0 new, 1 visiting, 2 done
        var order: [Int] = []
        var diagnostics: [Diagnostic] = []
        func visit(_ index: Int, path: [String]) {
            if state[index] == 2 { return }
            if state[index] == 1 {
                let cycle = (path.drop { $0 != rules[index].code } + [rules[index].code]).joined(separator: " → ")
                let (location, line) = locator.location(code: rules[index].code, keyword: 0, offset: 0)
                diagnostics.append(
                    .error("codes require each other in a circle: \(cycle)", at: location, sourceLine: line))
                return
            }
            state[index] = 1
            for required in rules[index].requires {
                if let target = position[required] { visit(target, path: path + [rules[index].code]) }
            }
            state[index] = 2
            order.append(index)
        }
        for index in rules.indices { visit(index, path: []) }
        return (order, diagnostics)
    }
}
