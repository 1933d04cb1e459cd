import ArgumentParser

/// `--param name=value` options, shared by `render` and `preview`: checked at parsing, then
/// read into the overrides a `NotebookJob` takes.
enum ParameterOverrides {
    /// A usage error for the first option without `=`.
    static func validate(_ parameters: [String]) throws {
        for parameter in parameters where !parameter.contains("=") {
            throw ValidationError("--param \(parameter): expected name=value")
        }
    }

    /// The overrides by name (a later repeat of a name wins); the value is everything after the first `=`.
    static func parse(_ parameters: [String]) -> [String: String] {
        var overrides: [String: String] = [:]
        for parameter in parameters {
            let parts = parameter.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            overrides[String(parts[0])] = String(parts[1])
        }
        return overrides
    }
}
