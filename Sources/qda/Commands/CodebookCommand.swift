import ArgumentParser
import QDAInterop
import QDAKit

struct CodebookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "codebook",
        abstract: "Show, convert, import, lint, change and compare codebooks.",
        subcommands: [
            CodebookShow.self, CodebookConvert.self, CodebookLintCommand.self, CodebookImport.self, CodebookAdd.self,
            CodebookAdopt.self, CodebookRename.self, CodebookMerge.self, CodebookDiffCommand.self,
        ])
}

struct CodebookShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Print a codebook as an outline, or as Markdown, CSV or JSON.")

    @Argument(help: "The codebook (.md, .csv or .json).", completion: .file())
    var codebook: String

    @Option(help: "Output: text (outline), md, csv or json.")
    var format: String = "text"

    func run() throws {
        try Console.run {
            let document = try CodebookIO.read(codebook)
            Console.err(document.diagnostics.map(\.rendered).joined(separator: "\n"))
            if format == "text" {
                Console.out(CodebookOutline.render(document.codebook))
            } else {
                guard let target = CodebookFormat(name: format) else {
                    throw QDAError.usage("unknown format `\(format)`; use text, md, csv or json")
                }
                let (text, warnings) = try CodebookIO.format(document.codebook, as: target)
                Console.err(warnings.map { "warning: \($0)" }.joined(separator: "\n"))
                Console.out(text)
            }
            if document.diagnostics.containsErrors { throw ExitCode(1) }
        }
    }
}

struct CodebookConvert: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert", abstract: "Convert a codebook between Markdown, CSV, JSON and REFI-QDA (.qdc).")

    @Argument(help: "The codebook to read.", completion: .file())
    var input: String

    @Option(help: "The format to write: md, csv, json or qdc (default: from the output's extension).")
    var to: String?

    @Option(name: [.short, .long], help: "The file to write (default: standard output).")
    var output: String?

    @Flag(help: "Replace an existing output file.")
    var force = false

    func run() throws {
        try Console.run {
            let target: CodebookFormat
            if let to {
                guard let format = CodebookFormat(name: to) else {
                    throw QDAError.usage("unknown format `\(to)`; use md, csv, json or qdc")
                }
                target = format
            } else if let output, let format = CodebookFormat(path: output) {
                target = format
            } else {
                throw QDAError.usage("say which format to write with --to md|csv|json|qdc")
            }
            let result = try REFICodebookFile.convert(codebookAt: input, to: target, output: output, overwrite: force)
            Console.err(result.diagnostics.map(\.rendered).joined(separator: "\n"))
            if let output {
                Console.err("wrote \(output)")
            } else {
                Console.out(result.text)
            }
        }
    }
}

struct CodebookLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check a codebook: duplicate names, codes without description or origin.")

    @Argument(help: "The codebook.", completion: .file())
    var codebook: String

    func run() throws {
        try Console.run {
            let diagnostics = try CodebookLint.lint(codebookAt: codebook)
            Console.out(diagnostics.map(\.rendered).joined(separator: "\n"))
            let errors = diagnostics.count(of: .error)
            let warnings = diagnostics.count(of: .warning)
            Console.out("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
            if errors > 0 { throw ExitCode(1) }
        }
    }
}

struct CodebookImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read a REFI-QDA codebook (.qdc) from ATLAS.ti, NVivo, MAXQDA or QualCoder.",
        discussion: """
            Writes the codebook as Markdown (or the format of --output's extension); the code tree \
            becomes themes, subthemes and codes, with descriptions and colours.
            """)

    @Argument(help: "The .qdc file.", completion: .file(extensions: ["qdc"]))
    var codebook: String

    @Option(name: [.short, .long], help: "The codebook file to write (default: Markdown on standard output).")
    var output: String?

    @Flag(help: "Replace an existing output file.")
    var force = false

    func run() throws {
        try Console.run {
            let target = output.flatMap { CodebookFormat(path: $0) } ?? .markdown
            let result = try REFICodebookFile.convert(
                codebookAt: codebook, to: target, output: output, overwrite: force, inputIsREFI: true)
            Console.err(result.diagnostics.map(\.rendered).joined(separator: "\n"))
            if let output {
                Console.err("wrote \(output)")
            } else {
                Console.out(result.text)
            }
        }
    }
}
