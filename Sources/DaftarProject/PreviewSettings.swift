/// What `daftar preview` was asked for, handed to the `daftar-preview` executable that serves
/// it (as JSON, its one argument): the server and its library live in their own executable, so
/// that `daftar render` never loads them.
public struct PreviewSettings: Codable, Sendable, Equatable {
    /// A notebook or a folder of notebooks.
    public var path: String
    /// The address to listen on (an IP address).
    public var host: String
    /// The port asked for (0: any free one); nil for the default.
    public var port: Int?
    public var safe: Bool
    public var parameterOverrides: [String: String]
    public var swiftc: String
    public var quiet: Bool

    public init(path: String, host: String, port: Int?, safe: Bool, parameterOverrides: [String: String], swiftc: String, quiet: Bool) {
        self.path = path
        self.host = host
        self.port = port
        self.safe = safe
        self.parameterOverrides = parameterOverrides
        self.swiftc = swiftc
        self.quiet = quiet
    }
}
