/// A time position in a recording, as written before a speaker turn (`[00:12:05]`).
public struct Timestamp: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Seconds from the start of the recording.
    public var seconds: Double

    /// Creates a timestamp.
    public init(seconds: Double) { self.seconds = seconds }

    /// `hh:mm:ss`, or `hh:mm:ss.mmm` when there are milliseconds.
    public var description: String {
        let whole = Int(seconds)
        let millis = Int(((seconds - Double(whole)) * 1000).rounded())
        let base = "\(pad(whole / 3600)):\(pad(whole / 60 % 60)):\(pad(whole % 60))"
        return millis == 0 ? base : base + "." + String(String(millis + 1000).dropFirst())
    }

    /// Orders by time.
    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.seconds < rhs.seconds }

    /// Parses `mm:ss`, `hh:mm:ss`, `hh:mm:ss.mmm` or `hh:mm:ss,mmm` (no brackets).
    public init?(parsing text: some StringProtocol) {
        var parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3 else { return nil }
        var fraction = 0.0
        let last = parts.removeLast()
        let secondsParts = last.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == "," })
        guard secondsParts.count <= 2, let secs = Self.digits(secondsParts[0], count: 2...2), secs < 60 else {
            return nil
        }
        if secondsParts.count == 2 {
            guard let millis = Self.digits(secondsParts[1], count: 1...3) else { return nil }
            fraction = Double(millis) / pow10(secondsParts[1].count)
        }
        var total = Double(secs) + fraction
        if parts.count == 2 {
            guard let hours = Self.digits(parts[0], count: 1...3), let minutes = Self.digits(parts[1], count: 2...2),
                minutes < 60
            else { return nil }
            let elapsed: Int = hours * 3600 + minutes * 60
            total += Double(elapsed)
        } else {
            guard let minutes = Self.digits(parts[0], count: 1...3) else { return nil }
            let elapsed: Int = minutes * 60
            total += Double(elapsed)
        }
        self.seconds = total
    }

    private static func digits(_ text: some StringProtocol, count: ClosedRange<Int>) -> Int? {
        guard count.contains(text.count), text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }
}

private func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

private func pow10(_ exponent: Int) -> Double {
    var result = 1.0
    for _ in 0..<exponent { result *= 10 }
    return result
}
