import Foundation
import Testing
import GlossFuzzTargets

/// Every file of the fuzz corpus (Tests/FuzzCorpus/TARGET/, seeds and crash reproducers) runs through the
/// fuzzer's own entry point: a broken invariant traps, so a reproducer that crashes again fails the run.
@Suite struct FuzzCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("FuzzCorpus")

    /// (target, file name) for each corpus file.
    static let inputs: [(String, String)] = FuzzTarget.allCases.flatMap { target in
        let folder = corpus.appendingPathComponent(target.rawValue).path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.sorted().map { (target.rawValue, $0) }
    }

    @Test func everyTargetHasSeeds() {
        for target in FuzzTarget.allCases {
            #expect(Self.inputs.contains { $0.0 == target.rawValue }, "no corpus for \(target.rawValue)")
        }
    }

    @Test(arguments: inputs)
    func corpusFileRunsClean(target: String, name: String) throws {
        let data = try Data(contentsOf: Self.corpus.appendingPathComponent(target).appendingPathComponent(name))
        FuzzTarget(rawValue: target)!.run(Array(data))
    }
}
