/// Charts as standalone SVG, drawn without a chart library: horizontal bars, a heat map
/// and a line with bars. Numbers are written with fixed precision so the output is
/// byte-for-byte reproducible.
public enum SVGChart {
    /// One bar: a label and a value.
    public struct Bar: Hashable, Sendable {
        /// The label left of the bar.
        public var label: String
        /// The bar's value.
        public var value: Int

        /// Creates a bar.
        public init(label: String, value: Int) {
            self.label = label
            self.value = value
        }
    }

    static let font = "font-family=\"Helvetica, Arial, sans-serif\""
    static let barColour = "#3b6ea5"

    /// Horizontal bars with value labels and an x axis from 0 to `maximum`.
    public static func bars(title: String, bars: [Bar], maximum: Int, axisLabel: String) -> String {
        let labelWidth = 330.0
        let plotWidth = 330.0
        let rowHeight = 22.0
        let top = 34.0
        let height = top + Double(bars.count) * rowHeight + 44
        let width = labelWidth + plotWidth + 50
        let scale = plotWidth / Double(max(maximum, 1))
        var parts = [header(width: width, height: height, title: title)]
        parts.append(text(title, x: 8, y: 20, size: 14, weight: "bold"))
        for (index, bar) in bars.enumerated() {
            let y = top + Double(index) * rowHeight
            parts.append(text(truncate(bar.label, to: 52), x: labelWidth - 8, y: y + 15, size: 12, anchor: "end"))
            let length = Double(bar.value) * scale
            parts.append(
                "<rect x=\"\(f(labelWidth))\" y=\"\(f(y + 3))\" width=\"\(f(length))\" height=\"\(f(rowHeight - 6))\" fill=\"\(barColour)\"/>"
            )
            parts.append(text(String(bar.value), x: labelWidth + length + 5, y: y + 15, size: 12))
        }
        let axisY = top + Double(bars.count) * rowHeight + 4
        parts.append(line(x1: labelWidth, y1: axisY, x2: labelWidth + plotWidth, y2: axisY))
        for tick in ticks(maximum) {
            let x = labelWidth + Double(tick) * scale
            parts.append(line(x1: x, y1: axisY, x2: x, y2: axisY + 4))
            parts.append(text(String(tick), x: x, y: axisY + 16, size: 11, anchor: "middle"))
        }
        parts.append(text(axisLabel, x: labelWidth + plotWidth / 2, y: axisY + 34, size: 12, anchor: "middle"))
        parts.append("</svg>")
        return parts.joined(separator: "\n") + "\n"
    }

    /// A heat map: one row per row label, one column per column label, darker for higher counts.
    public static func heatMap(title: String, rows: [String], columns: [String], counts: [[Int]], legend: String)
        -> String
    {
        let labelWidth = 330.0
        let cell = 26.0
        let rowHeight = 17.0
        // Column labels are written rotated by 50°: long ones (`onderwijs (n = 268)`) need
        // more room above the cells and to the right of the last column.
        let labelLength = Double(columns.map(\.count).max() ?? 0) * 6.0
        let top = max(90.0, 34 + labelLength * 0.77)
        let width = labelWidth + Double(columns.count) * cell + max(20, labelLength * 0.65 - cell / 2)
        let height = top + Double(rows.count) * rowHeight + 50
        let maximum = max(counts.flatMap { $0 }.max() ?? 1, 1)
        var parts = [header(width: width, height: height, title: title)]
        parts.append(text(title, x: 8, y: 20, size: 14, weight: "bold"))
        let escapedColumns = columns.map(escape)  // once, not once per cell
        for (column, label) in columns.enumerated() {
            let x = labelWidth + Double(column) * cell + cell / 2
            parts.append(
                "<text x=\"\(f(x))\" y=\"\(f(top - 8))\" \(font) font-size=\"11\" transform=\"rotate(-50 \(f(x)) \(f(top - 8)))\">\(escape(label))</text>"
            )
        }
        for (row, label) in rows.enumerated() {
            let y = top + Double(row) * rowHeight
            parts.append(text(truncate(label, to: 52), x: labelWidth - 8, y: y + 12, size: 11, anchor: "end"))
            let escapedLabel = escape(label)
            for column in columns.indices {
                let value = row < counts.count && column < counts[row].count ? counts[row][column] : 0
                let x = labelWidth + Double(column) * cell
                parts.append(
                    "<rect x=\"\(f(x + 1))\" y=\"\(f(y + 1))\" width=\"\(f(cell - 2))\" height=\"\(f(rowHeight - 2))\" fill=\"\(shade(value, maximum: maximum))\"><title>\(escapedLabel) · \(escapedColumns[column]): \(value)</title></rect>"
                )
                if value > 0 {
                    let colour = Double(value) / Double(maximum) > 0.5 ? "#ffffff" : "#1d1d1f"
                    parts.append(
                        text(String(value), x: x + cell / 2, y: y + 12, size: 10, anchor: "middle", fill: colour))
                }
            }
        }
        parts.append(text(legend, x: labelWidth, y: height - 16, size: 11))
        parts.append("</svg>")
        return parts.joined(separator: "\n") + "\n"
    }

    /// Bars for new items per step and a line for the running total (a saturation curve).
    public static func saturation(
        title: String, steps: [String], new: [Int], cumulative: [Int], axisLabel: String, legendNew: String,
        legendTotal: String
    ) -> String {
        let left = 50.0
        let top = 40.0
        let plotHeight = 220.0
        let stepWidth = max(36.0, 560.0 / Double(max(steps.count, 1)))
        let width = left + Double(steps.count) * stepWidth + 30
        let height = top + plotHeight + 110
        let maximum = max(cumulative.max() ?? 1, 1)
        let scale = plotHeight / Double(maximum)
        var parts = [header(width: width, height: height, title: title)]
        parts.append(text(title, x: 8, y: 20, size: 14, weight: "bold"))
        let baseY = top + plotHeight
        parts.append(line(x1: left, y1: top, x2: left, y2: baseY))
        parts.append(line(x1: left, y1: baseY, x2: left + Double(steps.count) * stepWidth, y2: baseY))
        for tick in ticks(maximum) {
            let y = baseY - Double(tick) * scale
            parts.append(line(x1: left - 4, y1: y, x2: left, y2: y))
            parts.append(text(String(tick), x: left - 7, y: y + 4, size: 11, anchor: "end"))
        }
        var points: [String] = []
        for (index, label) in steps.enumerated() {
            let x = left + Double(index) * stepWidth
            let value = index < new.count ? new[index] : 0
            parts.append(
                "<rect x=\"\(f(x + stepWidth * 0.2))\" y=\"\(f(baseY - Double(value) * scale))\" width=\"\(f(stepWidth * 0.6))\" height=\"\(f(Double(value) * scale))\" fill=\"#9db9d8\"/>"
            )
            let total = index < cumulative.count ? cumulative[index] : 0
            points.append("\(f(x + stepWidth / 2)),\(f(baseY - Double(total) * scale))")
            parts.append(
                "<text x=\"\(f(x + stepWidth / 2))\" y=\"\(f(baseY + 12))\" \(font) font-size=\"10\" transform=\"rotate(50 \(f(x + stepWidth / 2)) \(f(baseY + 12)))\">\(escape(label))</text>"
            )
        }
        parts.append(
            "<polyline points=\"\(points.joined(separator: " "))\" fill=\"none\" stroke=\"\(barColour)\" stroke-width=\"2\"/>"
        )
        for point in points {
            let xy = point.split(separator: ",")
            parts.append("<circle cx=\"\(xy[0])\" cy=\"\(xy[1])\" r=\"3\" fill=\"\(barColour)\"/>")
        }
        let legendY = height - 14
        parts.append("<rect x=\"\(f(left))\" y=\"\(f(legendY - 9))\" width=\"12\" height=\"10\" fill=\"#9db9d8\"/>")
        parts.append(text(legendNew, x: left + 16, y: legendY, size: 11))
        parts.append(
            line(x1: left + 190, y1: legendY - 4, x2: left + 204, y2: legendY - 4, colour: barColour, width: 2))
        parts.append(text(legendTotal, x: left + 208, y: legendY, size: 11))
        parts.append(text(axisLabel, x: 12, y: top + plotHeight / 2, size: 12, anchor: "middle", rotate: -90))
        parts.append("</svg>")
        return parts.joined(separator: "\n") + "\n"
    }

    // MARK: Drawing helpers

    static func header(width: Double, height: Double, title: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(f(width))\" height=\"\(f(height))\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-label=\"\(escape(title))\">\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"
    }

    static func text(
        _ content: String, x: Double, y: Double, size: Int, anchor: String = "start", weight: String = "normal",
        fill: String = "#1d1d1f", rotate: Double? = nil
    ) -> String {
        let transform = rotate.map { " transform=\"rotate(\(f($0)) \(f(x)) \(f(y)))\"" } ?? ""
        return
            "<text x=\"\(f(x))\" y=\"\(f(y))\" \(font) font-size=\"\(size)\" text-anchor=\"\(anchor)\" font-weight=\"\(weight)\" fill=\"\(fill)\"\(transform)>\(escape(content))</text>"
    }

    static func line(x1: Double, y1: Double, x2: Double, y2: Double, colour: String = "#6e6e73", width: Double = 1)
        -> String
    {
        "<line x1=\"\(f(x1))\" y1=\"\(f(y1))\" x2=\"\(f(x2))\" y2=\"\(f(y2))\" stroke=\"\(colour)\" stroke-width=\"\(f(width))\"/>"
    }

    /// A colour from near-white to dark blue for `value` out of `maximum`.
    static func shade(_ value: Int, maximum: Int) -> String {
        guard value > 0 else { return "#f2f2f5" }
        let t = 0.25 + 0.75 * Double(value) / Double(maximum)
        let from = (207.0, 224.0, 240.0)
        let to = (31.0, 74.0, 125.0)
        func channel(_ a: Double, _ b: Double) -> String {
            let value = Int((a + (b - a) * t).rounded())
            let hex = String(value, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }
        return "#" + channel(from.0, to.0) + channel(from.1, to.1) + channel(from.2, to.2)
    }

    /// Axis ticks at whole steps: every 1 up to 10, then every 2, 5, 10, … so there are at most about ten.
    static func ticks(_ maximum: Int) -> [Int] {
        let steps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000]
        let step = steps.first { maximum / $0 <= 10 } ?? max(1, maximum / 10)
        return Array(stride(from: 0, through: maximum, by: step))
    }

    /// A fixed-precision number: integers without decimals, others with one.
    static func f(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(format: "%.1f", rounded)
    }

    static func truncate(_ text: String, to length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }

    /// Escapes text for XML.
    static func escape(_ text: String) -> String { HTMLRenderer.escape(text) }
}
