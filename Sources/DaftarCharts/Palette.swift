/// The colours of data series: Okabe and Ito's palette, distinguishable with any common colour
/// vision deficiency, exposed as CSS custom properties so that a page can restyle them (the
/// report does, for dark mode) with the palette itself as the fallback.
public enum Palette {
    /// Okabe–Ito: orange, sky blue, bluish green, blue, vermilion, reddish purple, yellow, black;
    /// yellow and black come last because they read poorly on a light or dark page.
    public static let okabeIto = ["#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7", "#F0E442", "#000000"]

    /// The same series on a dark page: vermilion lightened and black turned light grey, which
    /// would otherwise read poorly on a dark background; the others as on a light page.
    public static let darkOkabeIto = ["#E69F00", "#56B4E9", "#009E73", "#0072B2", "#F07A2E", "#CC79A7", "#F0E442", "#E6E6E6"]

    /// The CSS declarations that set the series' custom properties (`--daftar-series-1: #E69F00`)
    /// for a light page, or for a dark one those that differ from the light page's.
    public static func customProperties(dark: Bool) -> [String] {
        okabeIto.indices.compactMap { index in
            let colour = dark ? darkOkabeIto[index] : okabeIto[index]
            return dark && colour == okabeIto[index] ? nil : "\(variable(index)): \(colour)"
        }
    }

    /// The CSS custom property of series `index` (0-based, cycling both ways, so −1 is the last
    /// colour): `--daftar-series-1`….
    public static func variable(_ index: Int) -> String { "--daftar-series-\(slot(index) + 1)" }

    /// Attributes that paint `property` (`fill` or `stroke`) in series `index`'s colour: a plain
    /// attribute for renderers without CSS variables, and a style the page can override.
    static func paint(_ property: String, _ index: Int) -> String {
        let fallback = okabeIto[slot(index)]
        return "\(property)=\"\(fallback)\" style=\"\(property):var(\(variable(index)),\(fallback))\""
    }

    /// `index` modulo the palette's size, in 0 ..< 8 for negative indices too (Swift's `%` keeps
    /// the dividend's sign).
    private static func slot(_ index: Int) -> Int {
        let remainder = index % okabeIto.count
        return remainder < 0 ? remainder + okabeIto.count : remainder
    }
}

/// Stable ids for the elements of one chart, derived from its content (64-bit FNV-1a), so the same
/// chart gives the same bytes and different charts on one page do not collide.
enum ChartID {
    /// `daftar-chart-` and 12 hexadecimal digits of the hash of `content`.
    static func derived(from content: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in content.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return "daftar-chart-" + String((String(repeating: "0", count: 16 - hex.count) + hex).prefix(12))
    }
}
