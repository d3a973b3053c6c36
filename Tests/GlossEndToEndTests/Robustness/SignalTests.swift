import Foundation
import Testing

/// Signals a shell meets: a reader that goes away (SIGPIPE), a closed terminal (SIGHUP), a resized one (SIGWINCH).
@Suite(.serialized) struct SignalTests {
    func environment(_ state: String) -> [String: String] {
        ["TERM": "xterm", "LANG": "C.UTF-8", "HOME": state, "XDG_STATE_HOME": state, "NO_COLOR": "1"]
    }

    @Test func aClosedPipeAfterTheFirstLineEndsQuietlyWithStatusZero() throws {
        // `gloss -c actors | head -1`: gloss ignores SIGPIPE and leaves at the first EPIPE, with status 0.
        let run = try GlossProcess.program("/bin/bash", ["-c", "'\(GlossBinary.path)' -c actors -c actors -c read | head -1; echo \"status ${PIPESTATUS[0]}\""]).run()
        #expect(run.stdout.hasPrefix("actor "))
        #expect(run.stdout.hasSuffix("\nstatus 0\n"))
        #expect(run.stderr.isEmpty)
    }

    @Test func aClosedTerminalKeepsEveryCompletedCellInTheJournal() throws {
        let state = GlossBinary.scratchDirectory()
        let work = GlossBinary.scratchDirectory()
        let terminal = try PseudoTerminal(executable: GlossBinary.path, arguments: [], environment: environment(state))
        #expect(terminal.read(until: "[1]> ", timeout: 10) != nil)
        terminal.send("find Zinoviev\r")
        #expect(terminal.read(until: "[2]> ", timeout: 15) != nil)
        terminal.send("tag 9.1 claim\r")
        #expect(terminal.read(until: "[3]> ", timeout: 15) != nil)
        // The window closes: the kernel hangs up the terminal and sends SIGHUP.
        terminal.hangUp()
        let status = terminal.waitForExit(timeout: 10)
        #expect(status != nil, "gloss did not end on SIGHUP")
        let journals = try FileManager.default.contentsOfDirectory(atPath: state + "/gloss/journal")
        #expect(journals.count == 1)
        let journal = try String(contentsOfFile: state + "/gloss/journal/" + journals[0], encoding: .utf8)
        #expect(journal.contains("[1]> find Zinoviev\n") && journal.contains("[2]> tag 9.1 claim\n"))
        #expect(journal.hasSuffix("```\n"))
        // The next session recovers both cells.
        let recovered = try GlossBinary.run([], stdin: "recover\ntags\n", environment: ["XDG_STATE_HOME": state], directory: work)
        #expect(recovered.stdout.hasPrefix("recovering 2 cells"), "\(recovered.stdout)\(recovered.stderr)")
        #expect(recovered.stdout.contains("claim"))
    }

    @Test func aResizedTerminalRewrapsTheNextOutput() throws {
        let state = GlossBinary.scratchDirectory()
        let terminal = try PseudoTerminal(executable: GlossBinary.path, arguments: [], environment: environment(state), columns: 100, rows: 30)
        defer { terminal.terminate() }
        #expect(terminal.read(until: "[1]> ", timeout: 10) != nil)
        terminal.send("read 2\r")
        let wide = try #require(terminal.read(until: "[2]> ", timeout: 15))
        terminal.resize(columns: 40, rows: 30)
        terminal.send("read 2\r")
        let narrow = try #require(terminal.read(until: "[3]> ", timeout: 15))
        func widest(_ s: String) -> Int {
            s.split(separator: "\r\n").filter { $0.hasPrefix("2.") || $0.hasPrefix("     ") }.map { $0.count }.max() ?? 0
        }
        #expect(widest(wide) > 40 && widest(wide) <= 100, "\(wide)")
        #expect(widest(narrow) > 0 && widest(narrow) <= 40, "\(narrow)")
        terminal.send("quit\r")
        #expect(terminal.waitForExit(timeout: 10) == 0)
    }
}
