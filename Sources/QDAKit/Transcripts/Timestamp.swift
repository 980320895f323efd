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

extension Timestamp {
    /// `Timestamp(parsing:)` for text made only of the digits 0–9, `:`, `.` and `,` (as written
    /// before a speaker label), without allocating; `nil` for any other character, so that the
    /// caller falls back to the general parser. Gives exactly the value `Timestamp(parsing:)`
    /// gives for such text.
    init?<C: Collection>(stampScalars text: C) where C.Element == Unicode.Scalar {
        var values = (0, 0, 0)  // the whole number of each `:`-separated field
        var digits = (0, 0, 0)  // its digits
        var field = 0
        var separators = 0  // `.` or `,` in the current field
        var millis = 0
        var fractionDigits = 0
        for scalar in text {
            switch scalar.value {
            case 0x30...0x39:
                let digit = Int(scalar.value - 0x30)
                if separators == 0 {
                    switch field {
                    case 0:
                        if digits.0 < 4 { values.0 = values.0 * 10 + digit }
                        digits.0 += 1
                    case 1:
                        if digits.1 < 4 { values.1 = values.1 * 10 + digit }
                        digits.1 += 1
                    default:
                        if digits.2 < 4 { values.2 = values.2 * 10 + digit }
                        digits.2 += 1
                    }
                } else {
                    if fractionDigits < 4 { millis = millis * 10 + digit }
                    fractionDigits += 1
                }
            case 0x3A:  // `:`; a field before the last may not have a fraction
                guard separators == 0, field < 2 else { return nil }
                field += 1
            case 0x2E, 0x2C:
                separators += 1
            default:
                return nil
            }
        }
        guard field >= 1, separators <= 1 else { return nil }
        let (secondsValue, secondsDigits) = field == 1 ? (values.1, digits.1) : (values.2, digits.2)
        guard secondsDigits == 2, secondsValue < 60 else { return nil }
        var fraction = 0.0
        if separators == 1 {
            guard (1...3).contains(fractionDigits) else { return nil }
            fraction = Double(millis) / pow10(fractionDigits)
        }
        var total = Double(secondsValue) + fraction
        if field == 2 {
            guard (1...3).contains(digits.0), digits.1 == 2, values.1 < 60 else { return nil }
            let elapsed: Int = values.0 * 3600 + values.1 * 60
            total += Double(elapsed)
        } else {
            guard (1...3).contains(digits.0) else { return nil }
            let elapsed: Int = values.0 * 60
            total += Double(elapsed)
        }
        self.init(seconds: total)
    }
}
