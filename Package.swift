// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Daftar",
    products: [
        .executable(name: "daftar", targets: ["daftar"]),
        .library(name: "DaftarNotebook", targets: ["DaftarNotebook"]),
        .library(name: "DaftarHTML", targets: ["DaftarHTML"]),
        .library(name: "DaftarKit", type: .dynamic, targets: ["DaftarKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(
            name: "DaftarNotebook",
            dependencies: ["CCmark", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "DaftarMath"),
        .target(
            name: "DaftarHTML",
            dependencies: ["DaftarNotebook", "DaftarMath"]
        ),
        .target(
            name: "DaftarActivations",
            dependencies: [.product(name: "RealModule", package: "swift-numerics")]
        ),
        .target(name: "DaftarKit", dependencies: ["DaftarActivations"]),
        .target(name: "DaftarHash"),
        .executableTarget(name: "daftar-stamp", dependencies: ["DaftarHash"]),
        .plugin(name: "DaftarKitStamp", capability: .buildTool(), dependencies: ["daftar-stamp"]),
        .target(
            name: "DaftarKernel",
            dependencies: ["DaftarNotebook", "DaftarHash"],
            plugins: ["DaftarKitStamp"]
        ),
        .executableTarget(
            name: "daftar",
            dependencies: [
                "DaftarNotebook",
                "DaftarHTML",
                "DaftarKernel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "activations-benchmark",
            dependencies: ["DaftarActivations"],
            path: "Benchmarks/activations-benchmark"
        ),
        .testTarget(name: "DaftarNotebookTests", dependencies: ["DaftarNotebook"]),
        .testTarget(
            name: "DaftarActivationsTests",
            dependencies: ["DaftarActivations", .product(name: "RealModule", package: "swift-numerics")],
            exclude: ["References"]
        ),
        .testTarget(name: "DaftarHashTests", dependencies: ["DaftarHash"]),
        .testTarget(name: "DaftarMathTests", dependencies: ["DaftarMath"], exclude: ["Fixtures"]),
        .testTarget(name: "DaftarHTMLTests", dependencies: ["DaftarHTML", "DaftarNotebook"]),
        .testTarget(name: "DaftarKernelTests", dependencies: ["DaftarKernel", "DaftarNotebook"]),
        .testTarget(name: "DaftarCLITests", dependencies: ["daftar"], exclude: ["Goldens"]),
    ],
    swiftLanguageModes: [.v6]
)
