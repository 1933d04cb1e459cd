import DaftarKernelProtocol

/// What running one code cell produced, in the order it was produced: nbformat's outputs.
public struct CellResult: Codable, Hashable, Sendable {
    public enum Status: String, Codable, Hashable, Sendable {
        /// Ran to its end.
        case ok
        /// Failed to compile, trapped, exited or was killed; its error is among its outputs.
        case failed
        /// Ran past its time limit and was stopped.
        case timedOut = "timed-out"
        /// Never ran, because an earlier cell failed.
        case notRun = "not-run"
        /// Never ran, because the notebook's code did not compile (the error is in another cell).
        case notCompiled = "not-compiled"
        /// `eval: false`.
        case skipped
    }

    /// The cell's identity.
    public var id: NodeID
    public var status: Status
    public var outputs: [CellOutput]
    /// Wall time, rounded to milliseconds; nil when the cell did not run.
    public var seconds: Double?

    public init(id: NodeID, status: Status, outputs: [CellOutput] = [], seconds: Double? = nil) {
        self.id = id
        self.status = status
        self.outputs = outputs
        self.seconds = seconds
    }
}

/// One output of a cell.
public enum CellOutput: Hashable, Sendable {
    /// Text written to standard output or standard error; `hiddenLines` counts the lines cut
    /// when the cell printed more than a report should hold.
    case stream(StreamName, text: String, hiddenLines: Int)
    /// A `display(_:)` record: representations keyed by MIME type, in the order given.
    case display(MIMEBundle)
    /// Why the cell failed, with the notebook line and column the failure points at when known
    /// (no file name: frozen results must not depend on how the notebook's path was spelled).
    case error(message: String, line: Int?, column: Int?)

    public enum StreamName: String, Codable, Hashable, Sendable { case stdout, stderr }
}

/// Everything a notebook's execution produced: one result per code cell, in order, and the value
/// of each inline expression that was evaluated, by identity.
public struct NotebookResults: Codable, Hashable, Sendable {
    public var cells: [CellResult]
    public var inlineValues: [NodeID: String]

    public init(cells: [CellResult] = [], inlineValues: [NodeID: String] = [:]) {
        self.cells = cells
        self.inlineValues = inlineValues
    }

    /// The result of the cell with this identity.
    public func result(for id: NodeID) -> CellResult? {
        cells.first { $0.id == id }
    }

    /// Whether a cell failed or timed out.
    public var hasFailure: Bool {
        cells.contains { $0.status == .failed || $0.status == .timedOut }
    }
}
