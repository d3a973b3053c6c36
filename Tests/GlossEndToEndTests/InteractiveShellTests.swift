import Testing
import GlossCore
import Foundation

/// The interactive shell on a pseudo-terminal: completion, history, Ctrl-C and Ctrl-D, as a person uses them.
@Suite(.serialized) struct InteractiveShellTests {
    func start() throws -> PseudoTerminal {
        let state = GlossBinary.scratchDirectory()
        return try PseudoTerminal(
            executable: GlossBinary.path, arguments: [],
            environment: ["TERM": "xterm", "LANG": "C.UTF-8", "HOME": state, "XDG_STATE_HOME": state, "NO_COLOR": "1"])
    }

    @Test func tabCompletesUpRecallsCtrlCClearsCtrlDLeaves() throws {
        let terminal = try start()
        defer { terminal.terminate() }
        #expect(terminal.read(until: "[1]> ", timeout: 10) != nil)
        // Tab completes a unique command prefix ("inf" alone is no command, so the output proves it).
        terminal.send("inf\t")
        #expect(terminal.read(until: "o ", timeout: 15) != nil)
        terminal.send("\r")
        #expect(terminal.read(until: "paragraphs  15", timeout: 15) != nil)
        #expect(terminal.read(until: "[2]> ", timeout: 15) != nil)
        // Up recalls the last command.
        terminal.send("\u{1B}[A")
        #expect(terminal.read(until: "info", timeout: 15) != nil)
        // Ctrl-C drops the line and the session goes on at the same cell number.
        terminal.send("\u{3}")
        let afterInterrupt = terminal.read(until: "[2]> ", timeout: 15)
        #expect(afterInterrupt != nil, "screen: \(terminal.unread)")
        terminal.send("quote 14.2\r")
        #expect(terminal.read(until: "¶14.2", timeout: 15) != nil)
        #expect(terminal.read(until: "[3]> ", timeout: 15) != nil)
        // Non-ASCII input survives the line editor.
        terminal.send("find Zürich\r")
        #expect(terminal.read(until: "no matches for 'Zürich'", timeout: 15) != nil)
        #expect(terminal.read(until: "[4]> ", timeout: 15) != nil)
        // Ctrl-D on an empty line leaves with status 0. libedit prints the prompt a moment before it
        // puts the terminal in raw mode; a ^D typed in that moment is the cooked-mode EOF character,
        // which the mode switch drops (as in any libedit shell), so wait as a person would.
        usleep(200_000)
        terminal.send("\u{4}")
        let status = terminal.waitForExit(timeout: 15)
        #expect(status == 0, "still running or reaped elsewhere (errno \(errno)); screen: \(terminal.unread)")
    }

    /// Ctrl-C while a command runs stays the shell's own (libedit's handler; the kernel's Interruption is never
    /// set here): the shell lives, the replay ends as it would have, and the Ctrl-C is not taken for the next line.
    @Test func ctrlCDuringAReplayLeavesTheShellAsItWas() throws {
        let state = GlossBinary.scratchDirectory()
        let script = state + "/long.gloss"
        try String(repeating: "find --regex 'P.tin'\n", count: 300).write(toFile: script, atomically: true, encoding: .utf8)
        let terminal = try PseudoTerminal(
            executable: GlossBinary.path, arguments: [],
            environment: ["TERM": "xterm", "LANG": "C.UTF-8", "HOME": state, "XDG_STATE_HOME": state, "NO_COLOR": "1"])
        defer { terminal.terminate() }
        #expect(terminal.read(until: "[1]> ", timeout: 10) != nil)
        terminal.send("replay \(script)\r")
        #expect(terminal.read(until: "[5]> find", timeout: 15) != nil, "screen: \(terminal.unread)")
        terminal.send("\u{3}")
        #expect(terminal.read(until: "[301]> ", timeout: 60) != nil, "screen: \(terminal.unread.suffix(500))")
        terminal.send("quote 14.2\r")
        #expect(terminal.read(until: "¶14.2", timeout: 15) != nil)
        #expect(terminal.read(until: "[302]> ", timeout: 15) != nil)
    }

    @Test func theBannerWrapsAtTheTerminalsWidth() throws {
        let state = GlossBinary.scratchDirectory()
        let terminal = try PseudoTerminal(
            executable: GlossBinary.path, arguments: [],
            environment: ["TERM": "xterm", "LANG": "C.UTF-8", "HOME": state, "XDG_STATE_HOME": state, "NO_COLOR": "1"], columns: 60)
        defer { terminal.terminate() }
        let screen = try #require(terminal.read(until: "[1]> ", timeout: 10))
        let lines = screen.components(separatedBy: "\r\n").dropLast()
        #expect(lines.count > 1 && lines.allSatisfy { $0.count <= 60 }, "\(lines)")
        #expect(lines.joined(separator: " ").contains("quit or Ctrl-D to leave."), "\(lines)")
    }

    @Test func historyPersistsAcrossSessions() throws {
        let state = GlossBinary.scratchDirectory()
        let environment = ["TERM": "xterm", "LANG": "C.UTF-8", "HOME": state, "XDG_STATE_HOME": state, "NO_COLOR": "1"]
        let first = try PseudoTerminal(executable: GlossBinary.path, arguments: [], environment: environment)
        #expect(first.read(until: "[1]> ", timeout: 10) != nil)
        first.send("find Pyongyang\r")
        #expect(first.read(until: "[2]> ", timeout: 15) != nil)
        first.send("quit\r")
        #expect(first.waitForExit(timeout: 15) == 0)
        let second = try PseudoTerminal(executable: GlossBinary.path, arguments: [], environment: environment)
        defer { second.terminate() }
        #expect(second.read(until: "[1]> ", timeout: 10) != nil)
        // The last line of the first session was quit; the one before it, the search.
        second.send("\u{1B}[A")
        #expect(second.read(until: "quit", timeout: 15) != nil)
        second.send("\u{1B}[A")
        #expect(second.read(until: "find Pyongyang", timeout: 15) != nil)
    }
}
