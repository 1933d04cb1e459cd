/// The contract between a compiled notebook program (DaftarKit's runtime) and `daftar`
/// (DaftarKernel), shared by both so that neither can drift from the other.
///
/// `daftar` starts the program with two environment variables: `recordsDescriptor` names a pipe
/// that takes `KernelRecord`s as JSON, one a line; `marker` is a token the runtime writes on
/// standard output and error (`streamMarker(token:cell:)`) before each cell, so that every byte
/// written after it — by Swift or by C — belongs to that cell. The first record is always
/// `.hello` with the runtime's own version, and `daftar` refuses a program whose version differs
/// from its own (one built against another DaftarKit).
public enum KernelProtocol {
    /// Bumped with any change to the records, the markers or the variables.
    public static let version = 2

    /// The environment variable naming the records pipe's file descriptor.
    public static let recordsDescriptor = "DAFTAR_RECORDS_FD"
    /// The environment variable holding the stream marker token.
    public static let marker = "DAFTAR_MARKER"

    /// What the runtime writes on both streams before the cell with this identity runs.
    public static func streamMarker(token: String, cell: String) -> String {
        "\u{1E}\(token):cell:\(cell)\u{1E}"
    }

    /// What the runtime writes on standard output where a display record falls among printed text.
    public static func displayMarker(token: String) -> String {
        "\u{1E}\(token):display\u{1E}"
    }
}
