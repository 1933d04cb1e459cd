@_implementationOnly import RealModule

/// The seeded toy problems of the literature, each drawn from one `PCG32(seed:)`.
extension Dataset {
    /// Two interleaved spirals: two arms of count / 2 points; point k of an arm sits at
    /// t = k / (count / 2), radius t, angle 4πt (the second arm turned by π), plus Gaussian noise
    /// of standard deviation `noise` on each coordinate; the label is the arm.
    public static func spirals(count: Int, noise: Double = 0, seed: Int) -> Dataset {
        var generator = PCG32(seed: seed)
        let perArm = count / 2
        var points: [Float] = [], labels: [Int] = []
        for arm in 0..<2 {
            for k in 0..<perArm {
                let t = Double(k) / Double(perArm)
                let angle = 4 * Double.pi * t + Double(arm) * Double.pi
                points.append(Float(t * Double.cos(angle) + noise * generator.nextGaussian()))
                points.append(Float(t * Double.sin(angle) + noise * generator.nextGaussian()))
                labels.append(arm)
            }
        }
        return Dataset(inputs: Matrix(rows: labels.count, columns: 2, elements: points), labels: labels, classCount: 2)
    }

    /// XOR: points uniform on [−1, 1]², labelled 1 where x and y have different signs, then
    /// moved by Gaussian noise of standard deviation `noise` (labels keep the clean point's).
    public static func xor(count: Int, noise: Double = 0, seed: Int) -> Dataset {
        var generator = PCG32(seed: seed)
        var points: [Float] = [], labels: [Int] = []
        for _ in 0..<count {
            let x = 2 * generator.nextUniform() - 1, y = 2 * generator.nextUniform() - 1
            labels.append((x > 0) != (y > 0) ? 1 : 0)
            points.append(Float(x + noise * generator.nextGaussian()))
            points.append(Float(y + noise * generator.nextGaussian()))
        }
        return Dataset(inputs: Matrix(rows: count, columns: 2, elements: points), labels: labels, classCount: 2)
    }

    /// scikit-learn's `make_moons`: an upper half circle (class 0) and a lower one shifted by
    /// (1, −½) (class 1), count / 2 evenly spaced points each (the first gets the odd one), plus noise.
    public static func moons(count: Int, noise: Double = 0, seed: Int) -> Dataset {
        var generator = PCG32(seed: seed)
        let outer = count - count / 2, inner = count / 2
        var points: [Float] = [], labels: [Int] = []
        for (label, n) in [(0, outer), (1, inner)] {
            for k in 0..<n {
                let angle = n > 1 ? Double.pi * Double(k) / Double(n - 1) : 0
                let (x, y) = label == 0 ? (Double.cos(angle), Double.sin(angle)) : (1 - Double.cos(angle), 0.5 - Double.sin(angle))
                points.append(Float(x + noise * generator.nextGaussian()))
                points.append(Float(y + noise * generator.nextGaussian()))
                labels.append(label)
            }
        }
        return Dataset(inputs: Matrix(rows: count, columns: 2, elements: points), labels: labels, classCount: 2)
    }

    /// scikit-learn's `make_circles`: an outer unit circle (class 0) and an inner one of radius
    /// `factor` (class 1), evenly spaced points, plus noise.
    public static func circles(count: Int, noise: Double = 0, factor: Double = 0.5, seed: Int) -> Dataset {
        var generator = PCG32(seed: seed)
        let outer = count - count / 2, inner = count / 2
        var points: [Float] = [], labels: [Int] = []
        for (label, n, radius) in [(0, outer, 1.0), (1, inner, factor)] {
            for k in 0..<n {
                let angle = 2 * Double.pi * Double(k) / Double(n)
                points.append(Float(radius * Double.cos(angle) + noise * generator.nextGaussian()))
                points.append(Float(radius * Double.sin(angle) + noise * generator.nextGaussian()))
                labels.append(label)
            }
        }
        return Dataset(inputs: Matrix(rows: count, columns: 2, elements: points), labels: labels, classCount: 2)
    }

    /// Gaussian blobs: `classes` centres uniform on [−5, 5] per coordinate, then count / classes
    /// points per class (the first classes take the remainder), each its centre plus Gaussian
    /// noise of standard deviation `std` on every coordinate.
    public static func blobs(count: Int, classes: Int = 3, dimensions: Int = 2, std: Double = 1, seed: Int) -> Dataset {
        precondition(classes > 0 && dimensions > 0, "blobs need classes and dimensions")
        var generator = PCG32(seed: seed)
        let centres = (0..<classes).map { _ in (0..<dimensions).map { _ in 10 * generator.nextUniform() - 5 } }
        var points: [Float] = [], labels: [Int] = []
        for label in 0..<classes {
            let n = count / classes + (label < count % classes ? 1 : 0)
            for _ in 0..<n {
                for d in 0..<dimensions { points.append(Float(centres[label][d] + std * generator.nextGaussian())) }
                labels.append(label)
            }
        }
        return Dataset(inputs: Matrix(rows: count, columns: dimensions, elements: points), labels: labels, classCount: classes)
    }
}
