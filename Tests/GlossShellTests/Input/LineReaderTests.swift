import GlossCore
import Testing
import GlossTestSupport
@testable import GlossShell

@Suite struct ScriptedLineReaderTests {
    @Test func playsBackResultsThenEndOfInput() {
        let reader = ScriptedLineReader([.line("info"), .interrupted, .line("read 1")])
        #expect(reader.readLine(prompt: "a> ") == .line("info"))
        #expect(reader.readLine(prompt: "b> ") == .interrupted)
        #expect(reader.remaining == 1)
        #expect(reader.readLine(prompt: "c> ") == .line("read 1"))
        #expect(reader.readLine(prompt: "d> ") == .endOfInput)
        #expect(reader.readLine(prompt: "e> ") == .endOfInput)
        #expect(reader.prompts == ["a> ", "b> ", "c> ", "d> ", "e> "])
    }

    @Test func recordsHistoryAndClose() {
        let reader = ScriptedLineReader(lines: ["info", "quit"])
        #expect(reader.readLine(prompt: "> ") == .line("info"))
        reader.addHistory("info")
        #expect(reader.history == ["info"])
        #expect(!reader.isClosed)
        reader.close()
        #expect(reader.isClosed)
    }
}

@Suite struct PlainLineReaderTests {
    @Test func readsLinesWithoutLineEndingsThenEndOfInput() throws {
        var fds: [Int32] = [0, 0]
        try #require(pipe(&fds) == 0)
        let text = "info\r\nread 3.2\nZürich\n\nlast without newline"
        _ = text.utf8CString.withUnsafeBytes { write(fds[1], $0.baseAddress, $0.count - 1) }
        close(fds[1])
        let input = try #require(fdopen(fds[0], "r"))
        defer { fclose(input) }
        let reader = PlainLineReader(input: input, showPrompt: false)
        var lines: [LineReadResult] = []
        for _ in 0..<7 { lines.append(reader.readLine(prompt: "> ")) }
        #expect(lines == [
            .line("info"), .line("read 3.2"), .line("Zürich"), .line(""), .line("last without newline"),
            .endOfInput, .endOfInput,
        ])
    }
}

@Suite struct CompletionPlanTests {
    @Test func singleCandidateCompletesWithASpace() {
        #expect(CompletionPlan.make(line: "inf", candidates: ["info"]) == CompletionPlan(insertion: "o "))
        #expect(CompletionPlan.make(line: "read 3 inf", candidates: ["info"]) == CompletionPlan(insertion: "o "))
    }

    @Test func ambiguousCandidatesExtendToTheirCommonPrefixFirst() {
        #expect(CompletionPlan.make(line: "act", candidates: ["actor", "actors"]) == CompletionPlan(insertion: "or"))
    }

    @Test func ambiguousCandidatesAreListedWhenNothingCanBeAdded() {
        let plan = CompletionPlan.make(line: "actor", candidates: ["actor", "actors", "actor"])
        #expect(plan == CompletionPlan(listing: ["actor", "actors"]))
        #expect(CompletionPlan.make(line: "a", candidates: ["actor", "alias"]).listing == ["actor", "alias"])
    }

    @Test func noCandidateMeansNothingToDo() {
        #expect(CompletionPlan.make(line: "xyz", candidates: []).isEmpty)
    }

    @Test func replacementCountsUnicodeScalarsNotBytes() {
        // "zür" is replaced by "Zürich": the whole word goes (case differs), 3 scalars, 4 bytes.
        #expect(CompletionPlan.make(line: "mentions zür", candidates: ["Zürich"])
            == CompletionPlan(deleteCount: 3, insertion: "Zürich "))
        #expect(CompletionPlan.make(line: "Zü", candidates: ["Zürich", "Zürichsee"]) == CompletionPlan(insertion: "rich"))
    }

    @Test func currentWordIsAfterTheLastBlank() {
        #expect(CompletionPlan.currentWord(of: "tag 3.2 cla") == "cla")
        #expect(CompletionPlan.currentWord(of: "tag ") == "")
        #expect(CompletionPlan.currentWord(of: "help") == "help")
    }

    @Test func columnsRunDownThenAcross() {
        let text = CompletionPlan.columns(["a", "bb", "c", "dd", "e"], width: 12)
        // Cells are 4 wide, 3 per row, so 2 rows.
        #expect(text == "a   c   e\nbb  dd\n")
        #expect(CompletionPlan.columns(["only"], width: 2) == "only\n")
    }
}

/// Environment changes are process-wide: these tests run one at a time and restore what they change.
@Suite(.serialized) struct HistoryPathTests {
    @Test func honoursXDGStateHome() throws {
        let base = ScratchFolder.make("history")
        let path = withEnvironment(["XDG_STATE_HOME": base]) { EditLineReader.defaultHistoryPath() }
        #expect(path == base + "/gloss/history")
        #expect(permissions(of: base + "/gloss") == 0o700)
    }

    @Test func fallsBackToLocalStateUnderHome() throws {
        let home = ScratchFolder.make("home")
        for stateHome in [nil, "", "relative/dir"] as [String?] {
            let path = withEnvironment(["XDG_STATE_HOME": stateHome, "HOME": home]) {
                EditLineReader.defaultHistoryPath()
            }
            #expect(path == home + "/.local/state/gloss/history")
        }
        #expect(permissions(of: home + "/.local/state/gloss") == 0o700)
    }

    private func permissions(of path: String) -> mode_t {
        var info = stat()
        guard stat(path, &info) == 0 else { return 0 }
        return info.st_mode & 0o777
    }

    /// Runs `body` with the variables set (nil = unset), then puts the old values back.
    private func withEnvironment<T>(_ values: [String: String?], _ body: () -> T) -> T {
        let saved = values.keys.map { ($0, getenv($0).map { String(cString: $0) }) }
        for (name, value) in values { set(name, value) }
        defer { for (name, value) in saved { set(name, value) } }
        return body()
    }

    private func set(_ name: String, _ value: String?) {
        if let value { setenv(name, value, 1) } else { unsetenv(name) }
    }
}
