import Foundation
import Testing
import GlossTestSupport
@testable import GlossShell

/// Atomic writes: the target is whole, and a killed writer's half-written temporary is swept.
@Suite struct AtomicFileTests {
    @Test func writesAndSweepsAbandonedTemporaries() throws {
        let dir = URL(fileURLWithPath: ScratchFolder.make("atomic"))
        defer { try? FileManager.default.removeItem(at: dir) }
        // A pid above Linux's largest (4,194,304) belongs to no process: its temporary is abandoned.
        let abandoned = dir.appendingPathComponent(".s.md.tmp-99999999").path
        let live = dir.appendingPathComponent(".s.md.tmp-1").path  // pid 1 always exists
        let other = dir.appendingPathComponent(".t.md.tmp-99999999").path
        for path in [abandoned, live, other] { FileManager.default.createFile(atPath: path, contents: Data("half".utf8)) }
        try AtomicFile.write("whole\n", to: dir.appendingPathComponent("s.md").path)
        #expect(try String(contentsOf: dir.appendingPathComponent("s.md"), encoding: .utf8) == "whole\n")
        #expect(!FileManager.default.fileExists(atPath: abandoned))
        #expect(FileManager.default.fileExists(atPath: live))
        #expect(FileManager.default.fileExists(atPath: other))  // another file's temporary is not ours to judge
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".s.md.tmp-") && !$0.hasSuffix("-1") }
        #expect(leftovers.isEmpty)
    }
}
