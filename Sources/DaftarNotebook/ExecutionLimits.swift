/// What one notebook's program may use, so that a runaway cell ends its own notebook's run and
/// never the machine or the other notebooks of a batch: front matter `execute: {limits: …}`
/// overrides each default.
public struct ExecutionLimits: Hashable, Sendable {
    /// Bytes of heap and other private writable memory (the kernel's `RLIMIT_DATA`).
    public var memoryBytes: Int
    /// Seconds of processor time the program itself may use, all its threads together.
    public var cpuSeconds: Int
    /// Bytes the program may write to its standard output and error together.
    public var outputBytes: Int
    /// Charts, tables and other displays the program may send.
    public var displays: Int
    /// Processes the program may have running at once, itself included.
    public var processes: Int

    public init(memoryBytes: Int, cpuSeconds: Int, outputBytes: Int, displays: Int, processes: Int) {
        self.memoryBytes = memoryBytes
        self.cpuSeconds = cpuSeconds
        self.outputBytes = outputBytes
        self.displays = displays
        self.processes = processes
    }

    /// Generous for any teaching notebook, small enough that two notebooks of a `--jobs 2` batch
    /// cannot exhaust a laptop: 8 GiB of memory, twice the default time limit of processor time
    /// (numerical libraries use several cores), 1 GiB of output (of which a report keeps the first
    /// lines, `OutputBudget`), 10,000 displays, 64 processes.
    public static let defaults = ExecutionLimits(
        memoryBytes: 8 << 30, cpuSeconds: 1_200, outputBytes: 1 << 30, displays: 10_000, processes: 64)

    /// Each limit's front-matter key under `execute: limits:`, as messages name it.
    public enum Key: String, CaseIterable, Sendable {
        case memory, cpuTime = "cpu-time", output, displays, processes

        /// The key as an author writes it: `execute: {limits: {memory: …}}`.
        public var frontMatterSpelling: String { "`execute: {limits: {\(rawValue): …}}`" }
    }

    /// `8589934592` → `8 GiB`, `1536` → `1.5 KiB`: sizes in messages, in the units authors write.
    public static func describe(bytes: Int) -> String {
        let units = ["bytes", "KiB", "MiB", "GiB", "TiB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        let rounded = (value * 10).rounded() / 10
        let number = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        return "\(number) \(units[unit])"
    }

    /// `512`, `"512 MB"`, `"8GiB"`, `"64 KiB"` → bytes (decimal `KB MB GB` and binary `KiB MiB GiB`);
    /// nil for anything else or a size not above zero.
    public static func parseBytes(_ text: String) -> Int? {
        let trimmed = text.drop { $0 == " " }
        let digits = trimmed.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        let unit = String(trimmed.dropFirst(digits.count).filter { $0 != " " }).lowercased()
        let factors: [String: Double] = [
            "": 1, "b": 1, "bytes": 1, "kb": 1e3, "mb": 1e6, "gb": 1e9, "tb": 1e12,
            "kib": 1024, "mib": 1_048_576, "gib": 1_073_741_824, "tib": 1_099_511_627_776,
        ]
        guard let number = Double(digits), let factor = factors[unit] else { return nil }
        let bytes = (number * factor).rounded()
        guard bytes >= 1, bytes < Double(Int.max) else { return nil }
        return Int(bytes)
    }
}
