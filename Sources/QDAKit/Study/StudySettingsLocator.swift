import Foundation

/// Finds the settings that apply to a single file: the `qda.json` of the study folder it
/// is in (its own folder, or the parent of `transcripts/`).
enum StudySettingsLocator {
    static func settings(forTranscriptAt path: String) -> StudySettings {
        var folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        for _ in 0..<2 {
            let candidate = folder.appendingPathComponent("qda.json").path
            if let text = try? TextFile.read(candidate).text {
                return StudySettings.parse(text, path: candidate).settings
            }
            folder = folder.deletingLastPathComponent()
        }
        return StudySettings()
    }
}
