import DaftarProject
import Foundation

extension Toolchain {
    /// The toolchain `--swiftc` names, else `$SWIFTC`, else `swiftc` on the `PATH`.
    static func named(_ swiftc: String?) -> Toolchain {
        Toolchain(swiftc: compilerPath(swiftc))
    }

    /// The compiler `--swiftc` names, else `$SWIFTC`, else `swiftc` on the `PATH`.
    static func compilerPath(_ swiftc: String?) -> String {
        swiftc ?? ProcessInfo.processInfo.environment["SWIFTC"] ?? "swiftc"
    }
}
