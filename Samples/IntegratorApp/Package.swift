// swift-tools-version: 6.1
// A minimal integrator: a separate package that depends on Shequ by path, loads a
// county plugin and runs one of its hooks through the public API.
import PackageDescription

let package = Package(
    name: "IntegratorApp",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Shequ", path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "integrator-sample",
            dependencies: [
                .product(name: "ShequLua", package: "Shequ"),
            ]
        ),
    ]
)
