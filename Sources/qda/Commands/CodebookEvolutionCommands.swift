import ArgumentParser
import QDAKit

/// Options shared by the commands that change a codebook.
struct CodebookEditOptions: ParsableArguments {
    @Option(help: "The study folder (for coding files and first quotes).", completion: .directory)
    var study: String = "."

    @Option(help: "The codebook to change (default: the study's, from qda.json).", completion: .file())
    var codebook: String?

    @Option(
        name: [.short, .long], help: "Write the changed codebook here (a new version) instead of replacing it.",
        completion: .file())
    var output: String?

    @Flag(help: "Show what would change; write nothing.")
    var dryRun = false

    func evolution(rewriteCodings: Bool = false) -> CodebookEvolution.Options {
        CodebookEvolution.Options(
            study: study, codebook: codebook, output: output, rewriteCodings: rewriteCodings, dryRun: dryRun)
    }
}

/// Prints a codebook change: warnings to standard error, the summary to standard output.
private func show(_ change: CodebookChange) {
    Console.err(change.diagnostics.map(\.rendered).joined(separator: "\n"))
    Console.out(change.rendered)
}

struct CodebookAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a code to the codebook (an inductive code that emerged while coding).",
        discussion: """
            Without --example, the first quote coded with NAME in the study becomes the example. \
            Without --theme, the code goes under "Inductieve codes" (Dutch studies) or "Inductive codes".
            """)

    @Argument(help: "The code's name.")
    var name: String

    @Flag(help: "The code emerged from the data (the default).")
    var inductive = false

    @Flag(help: "The code was defined in advance.")
    var deductive = false

    @Option(help: "The theme to add it to.")
    var theme: String?

    @Option(help: "The subtheme to add it to.")
    var subtheme: String?

    @Option(help: "What the code means and when to apply it.")
    var description: String?

    @Option(help: "An example quote.")
    var example: String?

    @Option(help: "Keywords for auto-coding, ;-separated.")
    var keywords: String?

    @Flag(help: "Create the theme or subtheme even when a similar one exists.")
    var create = false

    @OptionGroup var edit: CodebookEditOptions

    func validate() throws {
        if inductive && deductive { throw ValidationError("a code is either --inductive or --deductive") }
    }

    func run() throws {
        try Console.run {
            let code = CodebookEvolution.NewCode(
                name: name, origin: deductive ? .deductive : .inductive, theme: theme, subtheme: subtheme,
                description: description, example: example,
                keywords: (keywords ?? "").split(separator: ";").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty },
                create: create)
            show(try CodebookEvolution.add(code, options: edit.evolution()))
        }
    }
}

struct CodebookAdopt: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "adopt",
        abstract: "Add every code used in coding files but missing from the codebook, as inductive codes.",
        discussion: """
            These are the candidate inductive codes that qda check lists. Each gets its first \
            quote as example. Candidates that look like a typo of an existing code are left out \
            unless --include-similar is given.
            """)

    @Option(help: "The theme to add them to.")
    var theme: String?

    @Option(name: .customLong("only"), help: "Adopt only this candidate (repeatable).")
    var only: [String] = []

    @Flag(help: "Also adopt candidates whose name is close to an existing code.")
    var includeSimilar = false

    @OptionGroup var edit: CodebookEditOptions

    func run() throws {
        try Console.run {
            show(
                try CodebookEvolution.adopt(
                    theme: theme, only: only, includeSimilar: includeSimilar, options: edit.evolution()))
        }
    }
}

struct CodebookRename: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rename",
        abstract: "Rename a code; the old name stays readable as a former name (alias).",
        discussion: """
            With --rewrite-codings every coding file of every coder is updated to the new name \
            as well, in one atomic step; the previous versions are kept in codings/.backup/. \
            Use --dry-run first to see what changes.
            """)

    @Argument(help: "The code's current name.")
    var old: String

    @Argument(help: "The new name.")
    var new: String

    @Flag(help: "Also replace the old name in every coding file.")
    var rewriteCodings = false

    @OptionGroup var edit: CodebookEditOptions

    func run() throws {
        try Console.run {
            show(try CodebookEvolution.rename(old, to: new, options: edit.evolution(rewriteCodings: rewriteCodings)))
        }
    }
}

struct CodebookMerge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge codes into one; the other names stay readable as former names (aliases).",
        discussion: """
            The target may be one of the codes, another existing code, or a new name (which takes \
            the place and description of the first code). With --rewrite-codings every coding file \
            is updated too; codings of the merged code on the same segment collapse into one, \
            their memos joined.
            """)

    @Argument(help: "The codes to merge.")
    var codes: [String]

    @Option(help: "The code they become.")
    var into: String

    @Flag(help: "Also replace the merged names in every coding file.")
    var rewriteCodings = false

    @OptionGroup var edit: CodebookEditOptions

    func validate() throws {
        if codes.isEmpty { throw ValidationError("name the codes to merge") }
    }

    func run() throws {
        try Console.run {
            show(
                try CodebookEvolution.merge(codes, into: into, options: edit.evolution(rewriteCodings: rewriteCodings)))
        }
    }
}

struct CodebookDiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two versions of a codebook, in Markdown.",
        discussion: """
            Renames and merges are recognised through the new version's aliases (former names).
            """)

    @Argument(help: "The old version.", completion: .file())
    var old: String

    @Argument(help: "The new version.", completion: .file())
    var new: String

    @Option(help: "Output: md or json.")
    var format: OutputFormat = .md

    func run() throws {
        try Console.run {
            let diff = try CodebookDiff.compare(codebookAt: old, with: new)
            switch format {
            case .json: Console.out(JSONOutput.encode(diff))
            case .md, .text: Console.out(diff.markdown)
            case .csv: throw ValidationError("diff has no CSV output; use md or json")
            }
        }
    }
}
