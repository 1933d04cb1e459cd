/// A record the runtime sends `daftar` on the records pipe, as one line of JSON. Cells and
/// expressions are named by their identity (`NodeID`'s raw value), never by position.
public enum KernelRecord: Hashable, Codable, Sendable {
    /// The first record: the protocol version the program was built with.
    case hello(version: Int)
    case cellStart(cell: String)
    case cellEnd(cell: String, seconds: Double)
    /// A `display(_:)` call; `cell` is nil outside every cell.
    case display(cell: String?, bundle: MIMEBundle)
    /// An inline expression's value, formatted for prose.
    case inline(expression: String, text: String)
    /// The program is dying of `signal` while `cell` runs (nil: outside every cell), as its own
    /// signal handler saw it.
    case signal(cell: String?, signal: Int32)
    /// `exit` was called while `cell` ran (nil: outside every cell).
    case exit(cell: String?)
    /// Every cell and expression ran.
    case done
}
