/// What a notebook cell sees: `display(_:)` and the kernel runtime, and — as the engine arrives —
/// the activation, training and chart modules, re-exported so that one implicit
/// `import DaftarKit` gives a cell everything.
///
/// A dynamic library product: `daftar` compiles each notebook's cells with `swiftc` against it.
public enum DaftarKitVersion {
    /// Bumped with any change to what cells see or to the kernel protocol.
    public static let protocolVersion = 1
}
