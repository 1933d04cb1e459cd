import DaftarKernel
import Foundation

/// The compiler and DaftarKit, found once and only when a notebook needs them, whichever thread
/// asks first.
public final class Toolchain: @unchecked Sendable {
    private let swiftc: String
    private let lock = NSLock()
    private var version: Result<String, KernelError>?
    private var kit: Result<DaftarKitLocation, KernelError>?

    public init(swiftc: String) {
        self.swiftc = swiftc
    }

    /// `swiftc --version`, part of every freeze key.
    public func compilerVersion() throws -> String {
        try lock.withLock {
            if version == nil {
                version = Result { () throws(KernelError) in try Kernel.compilerVersion(swiftc: swiftc) }
            }
            return try version!.get()
        }
    }

    /// A kernel compiling with this toolchain.
    public func kernel() throws -> Kernel {
        let location = try lock.withLock {
            if kit == nil {
                kit = Result { () throws(KernelError) in
                    try DaftarKitLocation.find(nextTo: Self.executableFolder, environment: ProcessInfo.processInfo.environment)
                }
            }
            return try kit!.get()
        }
        return Kernel(swiftc: swiftc, kit: location)
    }

    /// The folder of the running `daftar`, where SwiftPM puts DaftarKit too.
    private static var executableFolder: String {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return (path as NSString).deletingLastPathComponent
    }
}
