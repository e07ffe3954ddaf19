// swift-tools-version:6.1
import PackageDescription

/// LessonsMatrix: rubric × casebook → scored matrices → XLSX, CSV, text and Markdown.
///
/// The dependency direction is the pipeline's: support ← rubric ← casebook ← scoring ← writers ← pipeline ← CLI,
/// casebook ← evidence scan ← writers (the workbook's Coverage sheet), and CXlsxWriter ← XLSXKit ← writers.
let package = Package(
    name: "LessonsMatrix",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "lessons-matrix", targets: ["LessonsMatrixCommand"]),
        .library(name: "LessonsMatrix", targets: ["LessonsMatrix"]),
        .executable(name: "lessons-matrix-bench", targets: ["LessonsMatrixBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .target(name: "XLSXKit", dependencies: ["CXlsxWriter"]),
        .target(name: "MatrixSupport", dependencies: ["Yams"]),
        .target(name: "RubricModel", dependencies: ["MatrixSupport"]),
        .target(name: "CasebookModel", dependencies: ["MatrixSupport", "RubricModel"]),
        .target(name: "ScoringEngine", dependencies: ["RubricModel", "CasebookModel"]),
        .target(name: "MatrixWriters", dependencies: ["ScoringEngine", "EvidenceScan", "XLSXKit", "MatrixSupport"]),
        .target(name: "DatasetImport", dependencies: ["MatrixSupport", "RubricModel", "CasebookModel"]),
        .target(name: "EvidenceScan", dependencies: ["MatrixSupport", "RubricModel", "CasebookModel"]),
        .target(name: "LessonsMatrix", dependencies: [
            "MatrixSupport", "RubricModel", "CasebookModel", "ScoringEngine", "MatrixWriters", "DatasetImport", "EvidenceScan",
        ]),
        .executableTarget(name: "LessonsMatrixCommand", dependencies: [
            "LessonsMatrix",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "LessonsMatrixBench", dependencies: [
            "LessonsMatrix", "CasebookModel", "ScoringEngine", "MatrixWriters", "DatasetImport", "XLSXKit", "XLSXReadBack",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .target(name: "XLSXReadBack", dependencies: ["ZIPFoundation"], path: "Tests/XLSXReadBack"),
        .testTarget(name: "XLSXKitTests", dependencies: ["XLSXKit", "XLSXReadBack", "MatrixSupport"]),
        .testTarget(name: "MatrixSupportTests", dependencies: ["MatrixSupport"]),
        .testTarget(name: "RubricModelTests", dependencies: ["RubricModel"]),
        .testTarget(name: "CasebookModelTests", dependencies: ["CasebookModel"]),
        .testTarget(name: "ScoringEngineTests", dependencies: [
            "ScoringEngine", "LessonsMatrix",
            .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "DatasetImportTests", dependencies: ["DatasetImport"]),
        .testTarget(name: "EvidenceScanTests", dependencies: ["EvidenceScan", "LessonsMatrix"]),
        .testTarget(name: "MatrixWritersTests", dependencies: ["MatrixWriters", "EvidenceScan", "XLSXReadBack"],
                    exclude: ["Golden"]),
        .testTarget(name: "LessonsMatrixCommandTests", dependencies: ["LessonsMatrix", "XLSXReadBack"]),
        .target(name: "LoaderFuzzing", dependencies: ["MatrixSupport", "RubricModel", "CasebookModel", "DatasetImport", "LessonsMatrix"],
                path: "Tests/LoaderFuzzing"),
        .executableTarget(name: "LoaderFuzzer", dependencies: ["LoaderFuzzing"], path: "Tests/LoaderFuzzer"),
        .testTarget(name: "ReliabilityTests", dependencies: [
            "LessonsMatrix", "MatrixSupport", "RubricModel", "CasebookModel", "LoaderFuzzing", "XLSXReadBack",
            .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
    ]
)
