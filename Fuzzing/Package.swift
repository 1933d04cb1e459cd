// swift-tools-version: 6.0
import PackageDescription

/// libFuzzer targets for daftar's readers, kept out of the main package: they only link with
/// `-sanitize=fuzzer`, which provides `main`. Build and run them with `Fuzzing/fuzz.sh`.
let package = Package(
    name: "DaftarFuzzing",
    dependencies: [.package(name: "Daftar", path: "..")],
    targets: [
        .executableTarget(name: "FuzzNotebook", dependencies: [
            .product(name: "DaftarNotebook", package: "Daftar"), .product(name: "DaftarHTML", package: "Daftar"),
        ]),
        .executableTarget(name: "FuzzTeX", dependencies: [.product(name: "DaftarMath", package: "Daftar")]),
        .executableTarget(name: "FuzzBibTeX", dependencies: [.product(name: "DaftarNotebook", package: "Daftar")]),
    ]
)
