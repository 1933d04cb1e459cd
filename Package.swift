// swift-tools-version: 6.0
import PackageDescription

/// The Float kernels are optimised in every build, debug included, so that the tests run the
/// vectorised code the benchmark times (both targets are small: seconds to compile).
let optimizedKernels = ["-O"]
/// Compiles `DaftarFloatKernelsAVX512` for x86-64-v4 with 512-bit vectors. On other hosts the
/// target is compiled as the baseline one and never chosen.
#if arch(x86_64)
let x86_64v4Flags = optimizedKernels + ["-Xcc", "-march=x86-64-v4", "-Xcc", "-mprefer-vector-width=512"]
#else
let x86_64v4Flags = optimizedKernels
#endif

let package = Package(
    name: "Daftar",
    products: [
        .executable(name: "daftar", targets: ["daftar"]),
        .executable(name: "daftar-preview", targets: ["daftar-preview"]),
        .library(name: "DaftarNotebook", targets: ["DaftarNotebook"]),
        .library(name: "DaftarHTML", targets: ["DaftarHTML"]),
        .library(name: "DaftarMath", targets: ["DaftarMath"]),
        .library(name: "DaftarKit", type: .dynamic, targets: ["DaftarKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(
            name: "DaftarNotebook",
            dependencies: ["CCmark", "DaftarKernelProtocol", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "DaftarMath"),
        .target(
            name: "DaftarHTML",
            dependencies: ["DaftarNotebook", "DaftarMath", "DaftarCharts"]
        ),
        .target(name: "CCPUFeatures"),
        .target(name: "DaftarFloatKernels", swiftSettings: [.unsafeFlags(optimizedKernels)]),
        .target(
            name: "DaftarFloatKernelsAVX512",
            dependencies: ["DaftarFloatKernels"],
            swiftSettings: [.unsafeFlags(x86_64v4Flags)]
        ),
        .target(
            name: "DaftarActivations",
            dependencies: [
                "CCPUFeatures", "DaftarFloatKernels", "DaftarFloatKernelsAVX512",
                .product(name: "RealModule", package: "swift-numerics"),
            ]
        ),
        .target(name: "DaftarCharts"),
        /// OpenBLAS opened at run time, after its core type is chosen (see its header).
        .target(name: "COpenBLAS", linkerSettings: [.linkedLibrary("dl")]),
        /// Optimised in every build, as the kernels are: its tests train real networks.
        .target(
            name: "DaftarTraining",
            dependencies: ["COpenBLAS", "DaftarActivations", .product(name: "RealModule", package: "swift-numerics")],
            swiftSettings: [.unsafeFlags(optimizedKernels)]
        ),
        .target(name: "DaftarKernelProtocol"),
        .target(name: "DaftarKit", dependencies: ["DaftarKernelProtocol", "DaftarActivations", "DaftarCharts", "DaftarTraining"]),
        .target(name: "DaftarHash"),
        .target(name: "DaftarSourceStamp", dependencies: ["DaftarHash"]),
        .executableTarget(name: "daftar-stamp", dependencies: ["DaftarSourceStamp"]),
        .plugin(name: "DaftarKitStamp", capability: .buildTool(), dependencies: ["daftar-stamp"]),
        .target(
            name: "DaftarKernel",
            dependencies: ["DaftarNotebook", "DaftarKernelProtocol", "DaftarHash"],
            plugins: ["DaftarKitStamp"]
        ),
        .target(name: "DaftarProject", dependencies: ["DaftarNotebook", "DaftarHTML", "DaftarKernel"]),
        /// `daftar preview`'s server, watcher and reload channel; only `preview` calls into it.
        .target(
            name: "DaftarPreview",
            dependencies: ["DaftarProject", "DaftarKernel", "DaftarNotebook", "DaftarHTML", .product(name: "FlyingFox", package: "FlyingFox")]
        ),
        .executableTarget(
            name: "daftar",
            dependencies: [
                "DaftarNotebook",
                "DaftarHTML",
                "DaftarKernel",
                "DaftarProject",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        /// The preview server, which `daftar preview` becomes: FlyingFox (and the libcurl that
        /// Foundation's networking links) stay out of `daftar`, so `render` starts as before.
        .executableTarget(name: "daftar-preview", dependencies: ["DaftarPreview", "DaftarProject", "DaftarHTML"]),
        .executableTarget(
            name: "activations-benchmark",
            dependencies: ["DaftarActivations", "DaftarFloatKernels"],
            path: "Benchmarks/activations-benchmark"
        ),
        .executableTarget(
            name: "training-benchmark",
            dependencies: ["DaftarTraining", "DaftarActivations"],
            path: "Benchmarks/training-benchmark"
        ),
        .target(name: "DaftarTestSupport", path: "Tests/DaftarTestSupport"),
        .testTarget(name: "DaftarNotebookTests", dependencies: ["DaftarNotebook", "DaftarKernelProtocol"]),
        .testTarget(
            name: "DaftarActivationsTests",
            dependencies: [
                "DaftarActivations", "DaftarFloatKernels", "DaftarFloatKernelsAVX512", "DaftarTestSupport",
                .product(name: "RealModule", package: "swift-numerics"),
            ],
            exclude: ["References"]
        ),
        .testTarget(name: "DaftarHashTests", dependencies: ["DaftarHash"]),
        .testTarget(name: "DaftarSourceStampTests", dependencies: ["DaftarSourceStamp"]),
        .testTarget(name: "DaftarChartsTests", dependencies: ["DaftarCharts", "DaftarTestSupport"], exclude: ["Goldens"]),
        .testTarget(name: "DaftarKitTests", dependencies: ["DaftarKit"]),
        .testTarget(name: "DaftarTrainingTests", dependencies: ["DaftarTraining", "DaftarActivations"]),
        .testTarget(name: "DaftarMathTests", dependencies: ["DaftarMath", "DaftarTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "DaftarHTMLTests", dependencies: ["DaftarHTML", "DaftarNotebook", "DaftarTestSupport"]),
        .testTarget(name: "DaftarKernelTests", dependencies: ["DaftarKernel", "DaftarKernelProtocol", "DaftarNotebook"]),
        .testTarget(name: "DaftarProjectTests", dependencies: ["DaftarProject", "DaftarNotebook", "DaftarHTML"]),
        .testTarget(name: "DaftarPreviewTests", dependencies: ["DaftarPreview"]),
        .testTarget(name: "DaftarCLITests", dependencies: ["daftar", "daftar-preview", "DaftarKernel"], exclude: ["Goldens", "Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
