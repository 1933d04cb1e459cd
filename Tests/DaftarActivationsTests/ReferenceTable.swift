import DaftarActivations
import Foundation

/// The mpmath references in `References/references.json` (made by `make_references.py`).
struct ReferenceTable: Sendable {
    /// Input points, each exactly representable as a Float.
    var points: [Double]
    /// Exact values printed to 25 digits, by reference name.
    var values: [String: [String]]

    static let shared: ReferenceTable = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("References/references.json")
        struct File: Decodable { var points: [String]; var values: [String: [String]] }
        do {
            let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
            return ReferenceTable(points: file.points.map { Double($0)! }, values: file.values)
        } catch {
            fatalError("cannot read \(url.path): \(error)")
        }
    }()

    /// The reference's name for an activation with the parameters the script used.
    static let activations: [(name: String, activation: Activation)] = [
        ("identity", .identity), ("sigmoid", .sigmoid), ("logSigmoid", .logSigmoid), ("tanh", .tanh),
        ("hardSigmoid", .hardSigmoid), ("hardTanh", .hardTanh), ("relu", .relu), ("relu6", .relu6),
        ("leakyReLU", .leakyReLU), ("elu", .elu), ("selu", .selu), ("celu", .celu), ("gelu", .gelu),
        ("geluTanh", .geluTanh), ("silu", .silu), ("swish(beta: 1.5)", .swish(beta: 1.5)), ("mish", .mish),
        ("softplus", .softplus), ("softsign", .softsign),
    ]
}

/// The worst error of one function over the table, and where it happened.
struct WorstError: CustomStringConvertible {
    var relative = 0.0, at = 0.0, expected = "", observed = 0.0
    var description: String { "max relative error \(relative) at x = \(at): expected \(expected), observed \(observed)" }
}
