import Foundation
import QDAKit

/// What an import needs to know about the study it writes into.
public struct StudyContext: Sendable {
    /// The study folder (it need not exist yet).
    public var root: String
    /// The study's settings (defaults when it has no `qda.json`).
    public var settings: StudySettings
    /// Whether the study has a `qda.json`.
    public var hasSettingsFile: Bool
    /// Where transcripts go, relative to the study: `transcripts` when that folder exists, else `.`.
    public var transcriptFolder: String

    /// Reads the settings of the study at `root`, if any.
    public init(root: String) {
        self.root = root
        let settingsPath = Paths.join(root, "qda.json")
        hasSettingsFile = FileManager.default.fileExists(atPath: settingsPath)
        if hasSettingsFile, let text = try? TextFile.read(settingsPath).text {
            settings = StudySettings.parse(text, path: settingsPath).settings
        } else {
            settings = StudySettings()
        }
        var isDirectory: ObjCBool = false
        let transcripts = Paths.join(root, "transcripts")
        transcriptFolder =
            FileManager.default.fileExists(atPath: transcripts, isDirectory: &isDirectory) && isDirectory.boolValue
            ? "transcripts" : "."
    }

    /// The interviewer labels in force.
    public var interviewerLabels: [String] { settings.interviewers ?? TranscriptParser.defaultInterviewerLabels }
}
