/// The colours of a heatmap's values: perceptually ordered and readable with colour vision
/// deficiencies, in fixed colours (they carry meaning, so they do not change with dark mode).
public enum ColorScale: Sendable, Hashable {
    /// Viridis (matplotlib's default): dark purple for low values through green to yellow.
    case viridis
    /// Purple–grey–orange (ColorBrewer's PuOr), centred on zero: for signed values.
    case diverging

    /// The colours the scale interpolates between, from the lowest value to the highest.
    var stops: [(red: Double, green: Double, blue: Double)] {
        let hex: [UInt32]
        switch self {
        case .viridis: hex = [0x440154, 0x472C7A, 0x3B518B, 0x2C718E, 0x21908D, 0x27AD81, 0x5CC863, 0xAADC32, 0xFDE725]
        case .diverging: hex = [0x542788, 0x8073AC, 0xB2ABD2, 0xD8DAEB, 0xF7F7F7, 0xFEE0B6, 0xFDB863, 0xE08214, 0xB35806]
        }
        return hex.map { (Double($0 >> 16), Double($0 >> 8 & 0xFF), Double($0 & 0xFF)) }
    }

    /// How many distinct colours cells are drawn in: more than the eye tells apart on a smooth
    /// ramp, few enough that neighbouring cells of one colour merge into one rectangle.
    static let levels = 64

    /// The level (0 ..< `levels`) of `value` within `lower...upper`.
    func level(_ value: Double, lower: Double, upper: Double) -> Int {
        let fraction = upper > lower ? (value - lower) / (upper - lower) : 0.5
        return min(Self.levels - 1, max(0, Int((fraction * Double(Self.levels)).rounded(.down))))
    }

    /// The colour of `level`, as `#RRGGBB`.
    func colour(level: Int) -> String {
        colour(at: (Double(level) + 0.5) / Double(Self.levels))
    }

    /// The colour at `fraction` (0 … 1) of the ramp, as `#RRGGBB`.
    func colour(at fraction: Double) -> String {
        let stops = self.stops
        let position = min(1, max(0, fraction)) * Double(stops.count - 1)
        let index = min(stops.count - 2, Int(position.rounded(.down)))
        let t = position - Double(index)
        let (a, b) = (stops[index], stops[index + 1])
        let channels = [a.red + (b.red - a.red) * t, a.green + (b.green - a.green) * t, a.blue + (b.blue - a.blue) * t]
        let digits = Array("0123456789ABCDEF")
        return "#" + String(channels.flatMap { value -> [Character] in
            let byte = Int(value.rounded())
            return [digits[byte / 16], digits[byte % 16]]
        })
    }

    /// The value interval the colours span: the data's, made symmetric about zero when diverging.
    func domain(of values: [[Double]]) -> (lower: Double, upper: Double) {
        var extent = Extent()
        for row in values { for value in row { extent.include(value) } }
        let (lower, upper) = extent.orDefault(.linear)
        guard self == .diverging else { return (lower, upper) }
        let bound = max(abs(lower), abs(upper))
        return (-bound, bound)
    }
}
