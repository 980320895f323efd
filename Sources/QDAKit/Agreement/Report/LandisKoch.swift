/// Interpretation labels for κ, always printed with their source.
enum LandisKoch {
    /// The Landis & Koch (1977) label of a κ value, in `language`.
    static func landisKoch(_ kappa: Double, _ language: ReportLanguage) -> String {
        let labels =
            language == .dutch
            ? ["slecht", "gering", "redelijk", "matig", "substantieel", "bijna perfect"]
            : ["poor", "slight", "fair", "moderate", "substantial", "almost perfect"]
        switch kappa {
        case ..<0: return labels[0]
        case ..<0.205: return labels[1]
        case ..<0.405: return labels[2]
        case ..<0.605: return labels[3]
        case ..<0.805: return labels[4]
        default: return labels[5]
        }
    }

    /// The source of the labels, as cited after them.
    static let landisKochSource = "Landis & Koch, 1977"
}
