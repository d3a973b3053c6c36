import Testing
import Foundation

/// The built gloss-benchmark: --help and a mistyped flag answer at once instead of starting a long run.
@Suite struct BenchmarkCommandLineTests {
    /// gloss-benchmark sits beside gloss in the products folder.
    static let benchmark = URL(fileURLWithPath: GlossBinary.path).deletingLastPathComponent().appendingPathComponent("gloss-benchmark").path

    @Test func helpPrintsUsageAndRunsNothing() throws {
        let run = try GlossProcess.program(Self.benchmark, ["--help"]).run()
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("usage: gloss-benchmark [--quick] [--json PATH]\n"))
        #expect(!run.stdout.contains("load + analysis"))
    }

    @Test func anUnknownFlagIsOneErrorLineAndExitTwo() throws {
        let run = try GlossProcess.program(Self.benchmark, ["--quik"]).run()
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "gloss-benchmark: unknown argument '--quik'; --help for usage\n")
    }

    @Test func aFlagMissingItsValueIsAnError() throws {
        let run = try GlossProcess.program(Self.benchmark, ["--quick", "--json"]).run()
        #expect(run.status == 2)
        #expect(run.stderr == "gloss-benchmark: --json needs a value; --help for usage\n")
    }

    @Test func aMissingReferenceFolderIsOneErrorLine() throws {
        let run = try GlossProcess.program(Self.benchmark, ["--accuracy", "/nonexistent-gloss-folder"]).run()
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "gloss-benchmark: cannot read the folder /nonexistent-gloss-folder\n")
    }
}
