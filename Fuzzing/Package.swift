// swift-tools-version: 6.0
import PackageDescription

/// libFuzzer targets for daftar's readers, kept out of the main package: they only link with
/// `-sanitize=fuzzer`, which provides the fuzzing driver each one's `main` starts. Build and run
/// them with `Fuzzing/fuzz.sh`.
let package = Package(
    name: "DaftarFuzzing",
    dependencies: [.package(name: "Daftar", path: "..")],
    targets: [
        .target(name: "FuzzDriver"),
        .executableTarget(name: "FuzzNotebook", dependencies: [
            "FuzzDriver", .product(name: "DaftarNotebook", package: "Daftar"), .product(name: "DaftarHTML", package: "Daftar"),
        ]),
        .executableTarget(name: "FuzzIpynb", dependencies: [
            "FuzzDriver", .product(name: "DaftarNotebook", package: "Daftar"), .product(name: "DaftarHTML", package: "Daftar"),
        ]),
        .executableTarget(name: "FuzzTeX", dependencies: ["FuzzDriver", .product(name: "DaftarMath", package: "Daftar")]),
        .executableTarget(name: "FuzzBibTeX", dependencies: ["FuzzDriver", .product(name: "DaftarNotebook", package: "Daftar")]),
    ]
)
