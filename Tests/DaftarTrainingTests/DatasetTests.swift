import DaftarTraining
import Foundation
import Testing

/// The toy data sets are what their documentation says, and seeded.
@Suite struct DatasetTests {
    @Test func spiralsFollowTheIssuesDefinition() {
        let data = Dataset.spirals(count: 10, noise: 0, seed: 1)
        #expect(data.count == 10 && data.labels == [0, 0, 0, 0, 0, 1, 1, 1, 1, 1] && data.classCount == 2)
        for arm in 0..<2 {
            for k in 0..<5 {
                let t = Double(k) / 5, angle = 4 * Double.pi * t + Double(arm) * Double.pi
                let row = data.inputs.row(arm * 5 + k)
                #expect(abs(Double(row[0]) - t * cos(angle)) < 1e-6 && abs(Double(row[1]) - t * sin(angle)) < 1e-6)
            }
        }
        let noisy = Dataset.spirals(count: 2_000, noise: 0.1, seed: 2), clean = Dataset.spirals(count: 2_000, seed: 2)
        let residuals = zip(noisy.inputs.elements, clean.inputs.elements).map { Double($0 - $1) }
        let std = (residuals.reduce(0) { $0 + $1 * $1 } / Double(residuals.count)).squareRoot()
        #expect(abs(std - 0.1) < 0.005, "noise std \(std)")
        #expect(Dataset.spirals(count: 100, noise: 0.1, seed: 2).inputs == Dataset.spirals(count: 100, noise: 0.1, seed: 2).inputs)
    }

    @Test func theOtherProblemsHaveTheirShapes() {
        for data in [Dataset.xor(count: 101, seed: 1), .moons(count: 101, seed: 1), .circles(count: 101, seed: 1), .blobs(count: 101, classes: 3, seed: 1)] {
            #expect(data.count == 101 && data.inputWidth == 2)
        }
        let xor = Dataset.xor(count: 50, seed: 2)
        for i in 0..<50 { #expect(xor.labels![i] == ((xor.inputs[i, 0] > 0) != (xor.inputs[i, 1] > 0) ? 1 : 0)) }
        let circles = Dataset.circles(count: 40, seed: 3)
        for i in 0..<40 {
            let radius = hypot(Double(circles.inputs[i, 0]), Double(circles.inputs[i, 1]))
            #expect(abs(radius - (circles.labels![i] == 0 ? 1 : 0.5)) < 1e-6)
        }
        #expect(Dataset.blobs(count: 30, classes: 3, seed: 4).labels!.filter { $0 == 2 }.count == 10)
    }

    @Test func batchesCoverAShuffle() {
        let data = Dataset.moons(count: 10, seed: 1)
        let batches = data.batches(size: 4, seed: 2)
        #expect(batches.map(\.count) == [4, 4, 2])
        let rows = batches.flatMap { batch in (0..<batch.count).map { batch.inputs.row($0) } }
        #expect(Set(rows.map { $0.map(\.bitPattern) }) == Set((0..<10).map { data.inputs.row($0).map(\.bitPattern) }))
        #expect(data.shuffled(seed: 2).inputs == data.shuffled(seed: 2).inputs)
        #expect(data.shuffled(seed: 2).inputs != data.inputs)
    }

    @Test func labelsBecomeTargets() {
        let data = Dataset(inputs: Matrix(rows: 3, columns: 1), labels: [2, 0, 1])
        #expect(data.targets(width: 3) == Matrix([[0, 0, 1], [1, 0, 0], [0, 1, 0]]))
        let binary = Dataset(inputs: Matrix(rows: 2, columns: 1), labels: [1, 0])
        #expect(binary.targets(width: 1) == Matrix([[1], [0]]))
    }
}
