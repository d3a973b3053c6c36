import Foundation
import Testing
import GlossCore
@testable import GlossShell

/// The golden transcripts under Tests/GlossShellTests/Golden pin the whole output of every command.
/// They are checked like any transcript (`gloss check`, in-process here and by the end-to-end tests) and
/// re-recorded on purpose with `gloss check --update Tests/GlossShellTests/Golden/*.md`.
@Suite struct GoldenTranscriptTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")

    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
    }

    @Test(arguments: files)
    func goldenTranscriptChecks(_ name: String) throws {
        let report = Checker.check(Self.folder.appendingPathComponent(name).path, update: false)
        #expect(!report.failed && report.error == nil, "\(report.lines.joined(separator: "\n"))")
    }

    /// Every command that transcripts record has its output pinned in some golden transcript.
    @Test func everyRecordedCommandIsPinned() throws {
        var pinned = Set<String>()
        for name in Self.files {
            let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
            for entry in try TranscriptParser.parse(Array(text.utf8), path: name).entries {
                for stage in (try? CommandLineParser.parse(Transcript.input(of: entry)).get()) ?? [] { pinned.insert(stage.name) }
            }
        }
        let recorded = CommandRegistry.standard.commands.filter(\.spec.recorded).map(\.name)
        #expect(recorded.filter { !pinned.contains($0) } == [])
    }
}
