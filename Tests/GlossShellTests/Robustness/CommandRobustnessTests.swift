import Testing
import GlossCore
@testable import GlossShell

/// Bad command input through `Session.run`: each gets one clear error line, the session goes on, the cell is kept.
@Suite struct CommandRobustnessTests {
    /// Runs `line` in a fresh session and checks the common promises; returns the message.
    func failure(_ line: String, in session: Session = makeSession(), sourceLocation: SourceLocation = #_sourceLocation) -> String {
        let before = session.workspace.cells.count
        guard let execution = session.run(line) else {
            Issue.record("no cell for \(line.prefix(60).debugDescription)", sourceLocation: sourceLocation)
            return ""
        }
        let message = execution.error?.description ?? ""
        #expect(execution.error != nil, "expected an error for \(line.prefix(60).debugDescription)", sourceLocation: sourceLocation)
        #expect(!message.contains("\n"), "one line: \(message.prefix(200))", sourceLocation: sourceLocation)
        #expect(!message.unicodeScalars.contains(where: TextLayout.isUnsafe), "no raw control characters", sourceLocation: sourceLocation)
        #expect(session.workspace.cells.count == before + 1, "the failed cell is recorded", sourceLocation: sourceLocation)
        // The session goes on.
        #expect(session.run("quote 1.1")?.error == nil, sourceLocation: sourceLocation)
        return message
    }

    @Test(arguments: [
        ("frobnicate", "unknown command 'frobnicate'; type 'help' for the list"),
        ("find 'South Korea", "input: unclosed single quote"),
        ("find \"South Korea", "input: unclosed double quote"),
        ("quote 1.1\\", "input: a backslash at the end of the line escapes nothing"),
        ("quote 0.0", "no paragraph 0: paragraphs run 1–15"),
        ("quote -1", "bad reference '-1': '-1' is not a paragraph (3) or sentence (3.2) number"),
        ("quote 99.99", "no paragraph 99: paragraphs run 1–15"),
        ("quote 1.9", "no sentence 1.9: paragraph 1 has 2 sentences"),
        ("quote 1.2-1.1", "range '1.2-1.1' runs backwards; write the earlier reference first"),
        ("quote 3.2-1.1", "no sentence 3.2: paragraph 3 has 1 sentence"),
        ("quote $", "$: no result with sentences yet"),
        ("quote $999", "$999: no cell 999 (no cells yet)"),
        ("quote $0", "bad reference '$0': '$0' is not a cell result; write $N with N a cell number, or $"),
        ("quote 1..1", "bad reference '1..1': '1..1' is not a paragraph (3) or sentence (3.2) number"),
        ("quote 99999999999999999999", "bad reference '99999999999999999999': '99999999999999999999' is not a paragraph (3) or sentence (3.2) number"),
        ("find Putin | info", "info: takes no sentences from a pipe"),
        ("info | quote", "info: has no sentences to pipe into quote"),
        ("find x | | quote", "|: a pipe needs a command on each side"),
        ("find --regex '(('", "find: bad regular expression '((': "),
        ("find --regex '[z-a]'", "find: bad regular expression '[z-a]': "),
    ])
    func badCommandsGetOneClearLine(line: String, expected: String) {
        let message = failure(line)
        #expect(message.hasPrefix(expected), "\(message)")
    }

    @Test func controlCharactersInInputAreShownEscaped() {
        // An ESC that reached the terminal raw would clear the screen or retitle the window.
        #expect(failure("quote \u{1B}[2J") == "bad reference '^[[2J': '^[[2J' is not a paragraph (3) or sentence (3.2) number")
        #expect(failure("load \u{1B}]0;pwned\u{7}.txt") == "^[]0;pwned^G.txt: no such file")
        #expect(failure("frob\u{202E}nicate").contains("<U+202E>"))
        let session = makeSession()
        let execution = session.run("find \u{1B}[31mPutin")
        let shown = session.render(execution!, width: 80, color: false)
        #expect(!shown.unicodeScalars.contains(where: TextLayout.isUnsafe))
        #expect(shown.hasSuffix("no matches for '^[[31mPutin'"))
    }

    @Test func aHundredKilobyteLineIsOneCell() {
        let word = String(repeating: "x", count: 100_000)
        let session = makeSession()
        #expect(session.run("find " + word)?.cell.output == "no matches for '\(word)'")
        #expect(failure("quote " + word, in: session).hasPrefix("bad reference"))
        #expect(failure(word, in: session).hasPrefix("unknown command '\(word.prefix(40))'"))
        #expect(failure("tag 1.1 " + word, in: session).hasPrefix("tag: bad label"))
    }

    @Test(arguments: ["claim/fact", "ünïcödé", "日本", "a-b_c.d", "emoji😀"])
    func oddButPrintableLabelsAreKept(label: String) throws {
        let session = makeSession()
        #expect(session.run("tag 1.1 " + CommandLineParser.quote(label))?.error == nil)
        #expect(session.output("tags").contains(label))
    }

    @Test(arguments: ["two words", "tab\there", "esc\u{1B}[1m", "nl\u{85}", "rtl\u{202E}x", ""])
    func unprintableLabelsAreRefused(label: String) {
        #expect(failure("tag 1.1 " + CommandLineParser.quote(label)).hasPrefix("tag: bad label"))
    }

    @Test func aCatastrophicRegexIsStoppedWithinTheDeadline() {
        // (a+)+$ against a run of a's that ends in b backtracks 2^n ways: it must be cut off, not hang.
        let session = makeSession("Start. " + String(repeating: "a", count: 40) + "b end.\n")
        let wall = Self.now()
        let message = failure("find --regex '(a+)+$'", in: session)
        #expect(message.contains("was stopped"), "\(message)")
        #expect(Self.now() - wall < FindCommand.regexSeconds + 1.5)
        // An ordinary pattern on the same article still works, in the same session.
        #expect(session.output("find --regex 'a+b'").hasSuffix("1 match in 1 sentence"))
    }

    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
