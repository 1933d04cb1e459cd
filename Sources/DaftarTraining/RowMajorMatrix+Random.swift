/// Seeded random matrices, drawn row after row from one `PCG32`.
extension RowMajorMatrix {
    /// Samples of N(mean, std²) by Box–Muller (`PCG32.nextGaussian`).
    public static func randomNormal(rows: Int, columns: Int, mean: Double = 0, std: Double = 1, seed: Int) -> RowMajorMatrix {
        var generator = PCG32(seed: seed)
        return randomNormal(rows: rows, columns: columns, mean: mean, std: std, using: &generator)
    }

    /// Samples of N(mean, std²) from `generator`.
    public static func randomNormal(rows: Int, columns: Int, mean: Double = 0, std: Double = 1,
                                    using generator: inout PCG32) -> RowMajorMatrix {
        var matrix = RowMajorMatrix(rows: rows, columns: columns)
        for i in matrix.elements.indices { matrix.elements[i] = Scalar(mean + std * generator.nextGaussian()) }
        return matrix
    }

    /// Samples uniform on `interval` (53-bit uniforms, rounded to the scalar type).
    public static func randomUniform(rows: Int, columns: Int, in interval: ClosedRange<Double> = 0...1, seed: Int) -> RowMajorMatrix {
        var generator = PCG32(seed: seed)
        return randomUniform(rows: rows, columns: columns, in: interval, using: &generator)
    }

    /// Samples uniform on `interval` from `generator`.
    public static func randomUniform(rows: Int, columns: Int, in interval: ClosedRange<Double> = 0...1,
                                     using generator: inout PCG32) -> RowMajorMatrix {
        var matrix = RowMajorMatrix(rows: rows, columns: columns)
        let width = interval.upperBound - interval.lowerBound
        for i in matrix.elements.indices {
            matrix.elements[i] = Scalar(interval.lowerBound + width * generator.nextUniform())
        }
        return matrix
    }

    /// A matrix of zeros.
    public static func zeros(rows: Int, columns: Int) -> RowMajorMatrix { RowMajorMatrix(rows: rows, columns: columns) }
}
