import Foundation

/// The library's version, printed by `qda --version` and in report provenance.
public enum QDAKitVersion {
    /// The current version.
    public static let current = "0.1.0"
}
