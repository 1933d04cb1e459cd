/// Reduces a dense polyline to what the screen can show: in each pixel column it keeps the
/// first, lowest, highest and last points, in their order.
///
/// The lines between columns are unchanged and, within a column, the kept points reach the same
/// lowest and highest values as all of them did, so every column covers the same pixels as the
/// original line: five series of 10,000 points draw as at most four points per column each.
enum Decimation {
    /// `points` (in pixels, in drawing order) with at most four per column of `columnWidth`.
    static func minMaxPerColumn(_ points: [Point], columnWidth: Double = 1) -> [Point] {
        guard points.count > 4 else { return points }
        var kept: [Point] = []
        kept.reserveCapacity(min(points.count, 1024))
        var start = 0, lastKept = -1
        while start < points.count {
            let column = (points[start].x / columnWidth).rounded(.down)
            var end = start + 1
            var lowest = start, highest = start
            while end < points.count, (points[end].x / columnWidth).rounded(.down) == column {
                if points[end].y < points[lowest].y { lowest = end }
                if points[end].y > points[highest].y { highest = end }
                end += 1
            }
            for index in [start, lowest, highest, end - 1].sorted() where index != lastKept {
                kept.append(points[index])
                lastKept = index
            }
            start = end
        }
        return kept
    }
}

/// A position in data units or in pixels.
public struct Point: Sendable, Hashable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) { (self.x, self.y) = (x, y) }
}

/// SVG path data for polylines in tenths of a unit, as integers — drawn under
/// `transform="scale(.1)"`, which saves a decimal point on most numbers of a dense line — with an
/// absolute move, then relative steps, `h` and `v` for horizontal and vertical ones.
enum PathData {
    /// The transform that maps the path's tenths back to the chart's units.
    static let transform = "transform=\"scale(.1)\""

    /// The path through `points`; a single point (or points that round to one) gets a step of a
    /// tenth, `h1`, which the round line cap draws as a dot, where `M` alone draws nothing (and
    /// librsvg draws no caps on a zero-length `h0`).
    static func polyline(_ points: [Point]) -> String {
        guard let first = points.first else { return "" }
        var previous = (x: Int((first.x * 10).rounded()), y: Int((first.y * 10).rounded()))
        var data = "M\(previous.x) \(previous.y)"
        var command: Character = "M"
        func append(_ letter: Character, _ numbers: [Int]) {
            for (index, number) in numbers.enumerated() {
                if index == 0, letter != command {
                    data.append(letter)
                    command = letter
                } else if number >= 0 {
                    data.append(" ")
                }
                data += String(number)
            }
        }
        for point in points.dropFirst() {
            let next = (x: Int((point.x * 10).rounded()), y: Int((point.y * 10).rounded()))
            let (dx, dy) = (next.x - previous.x, next.y - previous.y)
            if dx == 0, dy == 0 { continue }
            if dy == 0 { append("h", [dx]) } else if dx == 0 { append("v", [dy]) } else { append("l", [dx, dy]) }
            previous = next
        }
        if command == "M" { data += "h1" }
        return data
    }
}
