/// A chart's legend: a box in the plot's emptiest corner when one is free of data, else rows
/// below the plot, so that it never covers what it explains.
struct Legend: Sendable {
    var entries: [LegendEntry]

    static let rowHeight = 17.0
    static let swatchWidth = 18.0
    static let padding = 6.0

    /// Labels in a right-to-left script put their swatches on the right.
    var isRightToLeft: Bool { entries.contains { BidiText.isRightToLeft($0.label) } }

    /// The size of the boxed legend, one entry a row.
    var boxSize: (width: Double, height: Double) {
        let widest = entries.map { TextMetrics.width($0.label, fontSize: 11) }.max() ?? 0
        return (Self.padding * 2 + Self.swatchWidth + 6 + widest, Self.padding * 2 + Double(entries.count) * Self.rowHeight - 3)
    }

    /// The top-left corner of the boxed legend inside `frame`: the first corner (top right, top
    /// left, bottom right, bottom left) whose box holds none of `occupied`; nil when none is free.
    func corner(in frame: Frame, occupied: [Point]) -> Point? {
        let size = boxSize
        guard size.width < frame.width * 0.6, size.height < frame.height * 0.6 else { return nil }
        let inset = 6.0, margin = 4.0
        let lefts = [frame.maxX - inset - size.width, frame.x + inset]
        let tops = [frame.y + inset, frame.maxY - inset - size.height]
        let corners = [(lefts[0], tops[0]), (lefts[1], tops[0]), (lefts[0], tops[1]), (lefts[1], tops[1])]
        for (left, top) in corners {
            let box = Frame(x: left - margin, y: top - margin, width: size.width + 2 * margin, height: size.height + 2 * margin)
            if !occupied.contains(where: box.contains) { return Point(x: left, y: top) }
        }
        return nil
    }

    /// Rows of entries that fit `width`, for the legend below the plot.
    func rows(width: Double) -> [[LegendEntry]] {
        var rows: [[LegendEntry]] = [[]]
        var used = 0.0
        for entry in entries {
            let entryWidth = Self.swatchWidth + 6 + TextMetrics.width(entry.label, fontSize: 11) + 16
            if used + entryWidth > width, !rows[rows.count - 1].isEmpty {
                rows.append([])
                used = 0
            }
            rows[rows.count - 1].append(entry)
            used += entryWidth
        }
        return rows
    }

    /// Draws the boxed legend with its top-left corner at `origin`.
    func renderBox(at origin: Point, into svg: inout SVGWriter) {
        let size = boxSize
        svg.raw("<g font-size=\"11\">")
        svg.raw("<rect x=\"\(SVGWriter.number(origin.x))\" y=\"\(SVGWriter.number(origin.y))\" width=\"\(SVGWriter.number(size.width))\" height=\"\(SVGWriter.number(size.height))\" rx=\"3\" fill=\"#FFFFFF\" style=\"fill:var(--daftar-chart-background,#FFFFFF)\" fill-opacity=\"0.85\" stroke=\"currentColor\" stroke-opacity=\"0.25\"/>")
        let rtl = isRightToLeft
        for (row, entry) in entries.enumerated() {
            let y = origin.y + Self.padding + Double(row) * Self.rowHeight + 6
            let swatchX = rtl ? origin.x + size.width - Self.padding - Self.swatchWidth : origin.x + Self.padding
            renderSwatch(entry, x: swatchX, y: y, into: &svg)
            let textX = rtl ? swatchX - 6 : swatchX + Self.swatchWidth + 6
            svg.label(entry.label, x: textX, y: y + 4, anchor: rtl ? .right : .left, attributes: "fill=\"currentColor\"")
        }
        svg.raw("</g>")
    }

    /// Draws the legend as rows below the plot, starting at `top`, within `left ... left + width`.
    func renderRows(left: Double, top: Double, width: Double, into svg: inout SVGWriter) {
        let rtl = isRightToLeft
        svg.raw("<g font-size=\"11\">")
        for (index, row) in rows(width: width).enumerated() {
            let y = top + Double(index) * Self.rowHeight + 6
            var x = rtl ? left + width : left
            for entry in row {
                let textWidth = TextMetrics.width(entry.label, fontSize: 11)
                if rtl {
                    renderSwatch(entry, x: x - Self.swatchWidth, y: y, into: &svg)
                    svg.label(entry.label, x: x - Self.swatchWidth - 6, y: y + 4, anchor: .right, attributes: "fill=\"currentColor\"")
                    x -= Self.swatchWidth + 6 + textWidth + 16
                } else {
                    renderSwatch(entry, x: x, y: y, into: &svg)
                    svg.label(entry.label, x: x + Self.swatchWidth + 6, y: y + 4, anchor: .left, attributes: "fill=\"currentColor\"")
                    x += Self.swatchWidth + 6 + textWidth + 16
                }
            }
        }
        svg.raw("</g>")
    }

    /// The mark an entry names, drawn small at (`x`, `y`) (its left end, vertical centre).
    private func renderSwatch(_ entry: LegendEntry, x: Double, y: Double, into svg: inout SVGWriter) {
        let (left, middle, right) = (SVGWriter.number(x), SVGWriter.number(y), SVGWriter.number(x + Self.swatchWidth))
        switch entry.swatch {
        case .line(let dashed):
            svg.raw("<path d=\"M\(left) \(middle)H\(right)\" \(Palette.paint("stroke", entry.colour)) stroke-width=\"2.5\"\(dashed ? " stroke-dasharray=\"6 4\"" : "")/>")
        case .dot:
            svg.raw("<circle cx=\"\(SVGWriter.number(x + Self.swatchWidth / 2))\" cy=\"\(middle)\" r=\"4\" \(Palette.paint("fill", entry.colour))/>")
        case .area:
            svg.raw("<rect x=\"\(SVGWriter.number(x + 3))\" y=\"\(SVGWriter.number(y - 6))\" width=\"12\" height=\"12\" \(Palette.paint("fill", entry.colour))/>")
        }
    }
}
