import Foundation
import GlossCore
import Testing
import GlossTestSupport
@testable import GlossShell

/// An interrupt that arrives by message (Interruption.polling) stops a replay between its cells, is this thread's
/// alone, and is forgotten by clear(). SIGINT itself is tested end to end (KernelEndToEndTests), in a process of its own.
@Suite struct InterruptionTests {
    /// A script of `count` cells in a temporary file; its path.
    private func script(_ count: Int) throws -> String {
        let path = ScratchFolder.make("interruption") + "/script.gloss"
        try AtomicFile.write(String(repeating: "info\n", count: count), to: path)
        return path
    }

    @Test func aReplayStopsBetweenCellsAndKeepsTheCellsThatRan() throws {
        let path = try script(5)
        defer { unlink(path) }
        let session = makeSession()
        var asked = 0
        var executions: [Session.Execution] = []
        // The third check (before the third cell) finds the interrupt.
        Interruption.polling({ asked += 1; return asked == 3 }) {
            session.perform("replay " + path) { executions.append($0) }
        }
        #expect(session.workspace.cells.count == 2, "the two cells that ran are the session's")
        let last = executions.last
        guard case .interrupted(let message)? = last?.error else { Issue.record("no interruption: \(executions.map(\.cell.output))"); return }
        #expect(message == "replay: interrupted after 2 of 5 cells")
        #expect(last?.recorded == false && last?.cell.failed == true && last?.cell.output == "error: " + message)
        #expect(executions.count == 4, "the replay line, two cells, the interruption")
        #expect(CodeCell.outputs(of: last!, article: session.workspace.article).first?["ename"] == .string("KeyboardInterrupt"))
    }

    @Test func withoutAnInterruptTheReplayRunsEveryCell() throws {
        let path = try script(3)
        defer { unlink(path) }
        let session = makeSession()
        Interruption.polling({ false }) { session.perform("replay " + path) { _ in } }
        #expect(session.workspace.cells.count == 3)
    }

    @Test func aPolledInterruptIsThisThreadsAndClearForgetsIt() throws {
        Interruption.polling({ true }) {
            #expect(Interruption.requested)
            Interruption.clear()
            #expect(Interruption.requested, "the poll still says so")
        }
        var asked = 0
        Interruption.polling({ asked += 1; return asked == 1 }) {
            #expect(Interruption.requested && Interruption.requested, "kept once seen")
            Interruption.clear()
            #expect(!Interruption.requested)
        }
        #expect(!Interruption.requested, "no poll outside polling")
        let installed = DispatchSemaphore(value: 0), checked = DispatchSemaphore(value: 0)
        let other = Thread { Interruption.polling({ true }) { installed.signal(); checked.wait() } }
        other.start()
        installed.wait()
        defer { checked.signal() }
        #expect(!Interruption.requested, "another thread's poll is not asked here")
    }
}
