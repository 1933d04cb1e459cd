#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The mean and sample standard deviation of some numbers (the deviation is 0 for one number).
public struct Statistics: Sendable, Hashable {
    public var count: Int
    public var mean: Double
    public var standardDeviation: Double

    public init(_ values: [Double]) {
        count = values.count
        let mean = values.isEmpty ? .nan : values.reduce(0, +) / Double(values.count)
        let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        self.mean = mean
        standardDeviation = values.count > 1 ? sqrt(squares / Double(values.count - 1)) : 0
    }
}
