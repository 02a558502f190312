// swift-tools-version: 6.1
import PackageDescription

// Layers, each importing only the ones below it:
//   CLua (system Lua 5.4) -> CShequLua (C shims, all code that may longjmp)
//   -> ShequLua (sandboxed Lua runtime, plugins)
//   ShequCore (governance domain and storage interfaces; no I/O, no Lua)
//   -> ShequSQLite (embedded store on GRDB)
//   -> ShequPostgres (server store on PostgresNIO, for province scale)
//   ShequCore -> ShequImport (import files and generation, over any store)
//   ShequCore + ShequLua -> ShequHooks (typed hooks: the shapes counties script against)
//   ShequCLI (the `shequ` commands) -> shequ (executable)
//   CShequWorker (rlimits, prctl, spawn) -> ShequLua -> shequ-plugin-worker (executable):
//     the child process plugins run in under process isolation
//   shequ-bench (executable): benchmarks against their ceilings
let package = Package(
    name: "Shequ",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "ShequLua", targets: ["ShequLua"]),
        .library(name: "ShequCore", targets: ["ShequCore"]),
        .library(name: "ShequSQLite", targets: ["ShequSQLite"]),
        .library(name: "ShequImport", targets: ["ShequImport"]),
        .library(name: "ShequHooks", targets: ["ShequHooks"]),
        .library(name: "ShequPostgres", targets: ["ShequPostgres"]),
        .executable(name: "shequ", targets: ["shequ"]),
        .executable(name: "shequ-bench", targets: ["shequ-bench"]),
        .executable(name: "shequ-plugin-worker", targets: ["shequ-plugin-worker"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLua",
            pkgConfig: "lua5.4",
            providers: [.apt(["liblua5.4-dev"])]
        ),
        .target(
            name: "CShequLua",
            dependencies: ["CLua"]
        ),
        // Confining a plugin worker process (rlimits, prctl, unshare) and starting one.
        .target(name: "CShequWorker"),
        .target(
            name: "ShequLua",
            dependencies: [
                "CShequLua",
                "CShequWorker",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(name: "ShequCore"),
        // The bare C host the hook benchmark measures the SDK against.
        .target(name: "CShequBenchBaseline", dependencies: ["CLua"]),
        .target(
            name: "ShequSQLite",
            dependencies: [
                "ShequCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                // The SQLite C API, to bind import rows column by column.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "ShequPostgres",
            dependencies: [
                "ShequCore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        .target(name: "ShequImport", dependencies: ["ShequCore"]),
        .target(
            name: "ShequHooks",
            dependencies: ["ShequCore", "ShequLua"]
        ),
        // Returning freed heap pages to the system between a stream's batches.
        .target(name: "CShequMemory"),
        .target(
            name: "ShequCLI",
            dependencies: [
                "CShequMemory",
                "ShequHooks",
                "ShequLua",
                "ShequCore",
                "ShequSQLite",
                "ShequPostgres",
                "ShequImport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "shequ",
            dependencies: ["ShequCLI"]
        ),
        // The child process a plugin runs in under process isolation (PluginIsolation.process).
        .executableTarget(
            name: "shequ-plugin-worker",
            dependencies: ["ShequLua"]
        ),
        // Release-mode benchmarks against their ceilings (docs/performance.md).
        .executableTarget(
            name: "shequ-bench",
            dependencies: [
                "ShequHooks",
                "ShequLua",
                "ShequCore",
                "ShequSQLite",
                "ShequImport",
                "CShequBenchBaseline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "ShequLuaTests",
            // The worker executable is built with the tests that start it.
            dependencies: ["ShequLua", "shequ-plugin-worker"],
            exclude: ["Fixtures"]  // plugin folders the tests read from disk
        ),
        .testTarget(name: "ShequCoreTests", dependencies: ["ShequCore"]),
        .testTarget(
            name: "ShequHooksTests",
            dependencies: ["ShequHooks", "ShequCore", "ShequLua", "ShequSQLite", "shequ-plugin-worker"]
        ),
        .testTarget(name: "ShequSQLiteTests", dependencies: ["ShequSQLite", "ShequCore"]),
        // One conformance suite: storage and import tests run against both stores.
        .testTarget(
            name: "ShequStoreTests",
            dependencies: [
                "ShequImport", "ShequSQLite", "ShequPostgres", "ShequCore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        .testTarget(
            name: "ShequCLITests",
            dependencies: ["ShequCLI", "shequ", "shequ-plugin-worker"],
            // Fixture plugins are read from the source tree, not bundled.
            exclude: ["Fixtures"]
        ),
    ]
)
