// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Gloss",
    products: [
        .executable(name: "gloss", targets: ["gloss"]),
        .library(name: "GlossCore", targets: ["GlossCore"]),
    ],
    dependencies: [],
    targets: [
        // C shim: loads libedit with dlopen and wraps its variadic API.
        .target(name: "CEditLine", linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]),
        // C shim: loads libzmq with dlopen (the Jupyter kernel's transport) and wraps the calls the kernel makes.
        .target(name: "CZeroMQ", linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux])), .linkedLibrary("pthread", .when(platforms: [.linux]))]),
        // The text: article model, segmentation, words, actors, tags, check-worthiness. No dependencies.
        .target(name: "GlossCore", exclude: ["Actors/Generator"]),
        // The session: workspace, commands, rendering, transcripts, exports, line readers.
        .target(name: "GlossShell", dependencies: ["GlossCore", "CEditLine", "CZeroMQ"], exclude: ["Transcripts/FORMAT.md"]),
        .executableTarget(
            name: "gloss", dependencies: ["GlossShell", "GlossCore"],
            // A release binary links the Swift runtime statically: start-up drops from about 13 ms to
            // about 7.5 ms (no dynamic loading and relocation of the runtime libraries), and the binary
            // runs on machines without a Swift toolchain.
            linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))]
        ),
        // The benchmark: `swift run -c release gloss-benchmark`. Prints medians; never run by the tests.
        .executableTarget(name: "gloss-benchmark", dependencies: ["GlossShell", "GlossCore", "GlossEvaluation"], path: "Sources/GlossBenchmark"),
        // Fuzzing entry points (command, reference, transcript, analysis), shared by the fuzzer and the corpus tests.
        .target(name: "GlossFuzzTargets", dependencies: ["GlossShell", "GlossCore"]),
        // libFuzzer driver when built with -DGLOSS_FUZZ -sanitize=fuzzer (.ci/fuzz); otherwise replays files given as arguments.
        .executableTarget(name: "gloss-fuzz", dependencies: ["GlossFuzzTargets", "GlossCore"], path: "Sources/GlossFuzz"),
        // Scoring the analysis against hand-annotated real articles (Tests/Reference): the benchmark's accuracy mode and its guard test.
        .target(name: "GlossEvaluation", dependencies: ["GlossCore"]),
        // What more than one test target needs (a seeded generator), so that it exists once.
        .target(name: "GlossTestSupport", path: "Tests/GlossTestSupport"),
        .testTarget(name: "GlossCoreTests", dependencies: ["GlossCore", "GlossEvaluation", "GlossTestSupport"]),
        // Golden/ holds transcripts that pin every command's output; the tests check them like `gloss check`.
        .testTarget(name: "GlossShellTests", dependencies: ["GlossShell", "GlossCore", "GlossFuzzTargets", "GlossTestSupport"], exclude: ["Golden"]),
        // The kernel tests drive the kernel from Python (jupyter_client) through Kernel/kernel_client.py.
        .testTarget(name: "GlossEndToEndTests", dependencies: ["GlossCore", "GlossTestSupport"], exclude: ["Kernel/kernel_client.py"]),
    ],
    swiftLanguageModes: [.v6]
)
