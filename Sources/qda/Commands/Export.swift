import ArgumentParser
import QDAInterop
import QDAKit

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export a study for other programs.",
        subcommands: [ExportQDPX.self])
}

struct ExportQDPX: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qdpx",
        abstract: "Write the study as a REFI-QDA project (.qdpx) for ATLAS.ti, NVivo, MAXQDA or QualCoder.")

    @OptionGroup var options: StudyOptions

    @Option(name: [.short, .long], help: "The .qdpx file to write.", completion: .file(extensions: ["qdpx"]))
    var output: String

    @Flag(help: "Replace an existing file.")
    var force = false

    func run() throws {
        try Console.run {
            let report = try QDPXExporter.export(
                studyAt: options.study, options: try options.loaderOptions(), to: output, overwrite: force)
            Console.err(report.rendered)
        }
    }
}
