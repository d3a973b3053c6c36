import Testing

/// Checks the pseudo-terminal helper itself on programs that exist everywhere; the shell's own
/// end-to-end tests build on it.
@Suite struct PseudoTerminalTests {
    let environment = ["TERM": "dumb", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]

    @Test func catEchoesAndEndsOnControlD() throws {
        let terminal = try PseudoTerminal(executable: "/bin/cat", arguments: [], environment: environment)
        terminal.send("hello Zürich\n")
        // Once from the terminal's echo, once from cat; the terminal turns "\n" into "\r\n".
        #expect(terminal.read(until: "hello Zürich\r\n", timeout: 5) != nil)
        #expect(terminal.read(until: "hello Zürich\r\n", timeout: 5) != nil)
        terminal.send("\u{4}")
        #expect(terminal.waitForExit(timeout: 5) == 0)
    }

    @Test func controlCReachesTheProgramAsSIGINT() throws {
        let terminal = try PseudoTerminal(executable: "/bin/cat", arguments: [], environment: environment)
        terminal.send("x\n")
        #expect(terminal.read(until: "x\r\nx\r\n", timeout: 5) != nil)
        terminal.send("\u{3}")
        #expect(terminal.waitForExit(timeout: 5) == 128 + SIGINT_NUMBER)
    }

    @Test func childHasTheTerminalAsControllingTerminalWithItsSize() throws {
        let script = "stty size; : </dev/tty && echo ctty-ok; exit 3"
        let terminal = try PseudoTerminal(
            executable: "/bin/sh", arguments: ["-c", script], environment: environment, columns: 77, rows: 21)
        #expect(terminal.read(until: "21 77", timeout: 5) != nil)
        #expect(terminal.read(until: "ctty-ok", timeout: 5) != nil)
        #expect(terminal.waitForExit(timeout: 5) == 3)
    }

    @Test func bashAnswersAtItsPrompt() throws {
        var env = environment
        env["PS1"] = "$ "
        let terminal = try PseudoTerminal(
            executable: "/bin/bash", arguments: ["--norc", "--noprofile", "-i"], environment: env)
        terminal.send("echo $((6*7))\n")
        #expect(terminal.read(until: "42\r\n", timeout: 10) != nil)
        terminal.send("exit 5\n")
        #expect(terminal.waitForExit(timeout: 10) == 5)
    }

    @Test func readTimesOutWithoutConsuming() throws {
        let terminal = try PseudoTerminal(executable: "/bin/cat", arguments: [], environment: environment)
        terminal.send("abc\n")
        #expect(terminal.read(until: "never printed", timeout: 0.3) == nil)
        #expect(terminal.read(until: "abc", timeout: 5) != nil)
        terminal.terminate()
    }
}

/// SIGINT is 2 on Linux and macOS.
private let SIGINT_NUMBER: Int32 = 2
