/// How much of what one cell writes to one stream a report keeps: the first lines, up to a
/// number of lines and of bytes, whichever comes first; the lines beyond are only counted.
public enum OutputBudget {
    public static let lines = 2_000
    public static let bytes = 256 * 1024

    /// The budget in words, from the two numbers: `2,000 lines or 256 KB`.
    public static var description: String {
        "\(grouped(lines)) lines or \(bytes / 1024) KB"
    }

    /// `2000` → `2,000`.
    private static func grouped(_ number: Int) -> String {
        var digits = String(number)
        var index = digits.endIndex
        while digits.distance(from: digits.startIndex, to: index) > 3 {
            index = digits.index(index, offsetBy: -3)
            digits.insert(",", at: index)
        }
        return digits
    }
}
