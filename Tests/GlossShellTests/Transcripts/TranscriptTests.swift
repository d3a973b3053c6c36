import GlossCore
@testable import GlossShell
import Testing

@Suite struct TranscriptTests {
    let header = Transcript.Header(article: "a.txt", sha256: String(repeating: "ab", count: 32), title: "A \"title\": yes")

    @Test func roundTripsNotesCellsAndAwkwardOutputs() throws {
        let entries: [Transcript.Entry] = [
            .note("# Heading"),
            .note("A note with `code` and\na second line."),
            .cell(.init(number: 3, input: "find x", output: "line one\n\n  indented\n```\n````five", failed: false)),
            .cell(.init(number: 4, input: "info", output: "", failed: false)),
            .cell(.init(number: 5, input: "quote 99", output: "error: no paragraph 99", failed: true)),
            .note("```python\nprint(1)\n\nprint(2)\n```"),
        ]
        let transcript = Transcript(header: header, entries: entries)
        let parsed = try TranscriptParser.parse(Array(transcript.render().utf8), path: "t.md")
        #expect(parsed.header == header)
        #expect(parsed.entries == entries)
        #expect(parsed.render() == transcript.render())
    }

    @Test func sessionRoundTrip() throws {
        let session = Session(workspace: Workspace(article: ArticleLoader.bundled()))
        for line in ["info", "note It's a \"quoted\" note", "find Kim", "quote $3", "quote 99", "read 2"] { _ = session.run(line) }
        let transcript = Transcript(workspace: session.workspace)
        let parsed = try TranscriptParser.parse(Array(transcript.render().utf8), path: "t.md")
        #expect(parsed.entries == transcript.entries)
        #expect(parsed.entries[1] == .note("It's a \"quoted\" note"))
        #expect(parsed.cells.map(\.number) == [1, 3, 4, 5, 6])
        #expect(parsed.cells[3].failed)
    }

    @Test(arguments: [
        ("", "t.md: empty file"),
        ("# notes\n", "t.md:1: not a Gloss transcript"),
        ("---\ngloss-transcript: 1\n", "t.md:1: the front matter is not closed"),
        ("---\ngloss-transcript: 9\narticle: a\nsha256: x\n---\n", "t.md:2: format version 9 is newer"),
        ("---\narticle: a\n---\n", "t.md:1: not a Gloss transcript: no gloss-transcript"),
        ("---\ngloss-transcript: 1\narticle: a\nsha256: 12\n---\n", "t.md:4: sha256 must be"),
        ("---\ngloss-transcript: 1\narticle: a\nsha256: \(String(repeating: "0", count: 64))\n---\n\n```gloss\n[1]> info\nout\n", "t.md:7: the fenced block opened here is not closed"),
        ("---\ngloss-transcript: 1\narticle: a\nsha256: \(String(repeating: "0", count: 64))\n---\n```gloss\ninfo\n```\n", "t.md:7: a gloss block starts with"),
        ("---\ngloss-transcript: 1\n\u{0}\u{1}junk", "t.md:3: binary data"),
    ])
    func errorsNameFileAndLine(text: String, message: String) {
        #expect(throws: ShellError.self) { try TranscriptParser.parse(Array(text.utf8), path: "t.md") }
        do { _ = try TranscriptParser.parse(Array(text.utf8), path: "t.md") } catch {
            #expect(error.description.hasPrefix(message), "\(error.description)")
        }
    }

    @Test func invalidUTF8IsAnError() {
        let bytes = Array("---\n".utf8) + [0xFF, 0xFE, 0x0A]
        do { _ = try TranscriptParser.parse(bytes, path: "t.md"); Issue.record("no error") } catch {
            #expect(error.description == "t.md:2: not UTF-8 text, not a transcript")
        }
    }

    @Test func journalsTolerateATruncatedLastCell() throws {
        let text = Transcript(header: header, entries: [.cell(.init(number: 1, input: "info", output: "x", failed: false))]).render()
            + "\n```gloss\n[2]> find K"
        let parsed = try TranscriptParser.parse(Array(text.utf8), path: "j.md", tolerateTruncation: true)
        #expect(parsed.cells.count == 1)
    }

    @Test func cellNumbersInAReplayAreTheFilesOwn() {
        let session = Session(workspace: Workspace(article: ArticleLoader.bundled()))
        _ = session.run("info")
        _ = session.run("info")
        let plan = ReplayPlan(path: "s.gloss", steps: [.init(input: "find Kim", line: 1), .init(input: "quote $1", line: 2), .init(input: "replay x.gloss", line: 3)],
                              header: nil, confined: true, recoveredJournal: nil)
        var executions = [Session.Execution]()
        session.replay(plan) { executions.append($0) }
        #expect(executions[1].error == nil)
        #expect(executions[1].cell.number == 4)
        #expect(executions[1].cell.sentences == executions[0].cell.sentences)
        // Recorded with the session's number for the file's cell 1, so a transcript or notebook of the session
        // (where `$N` has no replay offset) quotes the same sentences.
        #expect(executions[1].cell.input == "quote $3")
        #expect(Transcript(workspace: session.workspace).cells.last?.input == "quote $3")
        #expect(executions[2].error?.description.contains("replays do not nest") == true)
        #expect(session.workspace.cells.count == 4)
        #expect(session.workspace.context.policy == .unrestricted)
    }

    @Test func actionsAreNotRecorded() {
        let session = Session(workspace: Workspace(article: ArticleLoader.bundled()))
        _ = session.run("info")
        let quit = session.run("quit")
        #expect(quit?.recorded == false && quit?.quit == true)
        #expect(session.workspace.cells.count == 1)
        #expect(!session.records("export html x.html") && !session.records("save") && session.records("find x"))
    }

    @Test func scriptsJoinContinuationsAndSkipComments() throws {
        let steps = try ReplayPlan.script(Array("# c\ninfo\n\nfind \\\nKim\n  # indented comment\nnote x\n".utf8), path: "s.gloss")
        #expect(steps == [.init(input: "info", line: 2), .init(input: "find  Kim", line: 4), .init(input: "note x", line: 7)])
    }

    @Test func unifiedDiff() {
        let hunks = LineDiff.unified(["a", "b", "c", "d", "e", "f", "g", "h", "i"], ["a", "b", "c", "d", "E", "f", "g", "h", "i"])
        #expect(hunks == ["@@ -2,7 +2,7 @@", " b", " c", " d", "-e", "+E", " f", " g", " h"])
        #expect(LineDiff.unified([], ["x"]) == ["@@ -0,0 +1,1 @@", "+x"])
        #expect(LineDiff.unified(["x"], ["x"]).isEmpty)
    }

    @Test func jsonQuotingRoundTrips() {
        for s in ["plain", "quote \" backslash \\ newline \n tab \t", "\u{1}\u{7F}\u{2028}", "emoji 😀 ü"] {
            #expect(JSON.unquote(JSON.quote(s)) == s)
        }
        #expect(JSON.quote("a\"\n\u{1}") == "\"a\\\"\\n\\u0001\"")
        #expect(JSON.unquote("\"\\ud83d\\ude00\"") == "😀")
        for bad in ["plain", "\"open", "\"a\" tail", "\"lone \\ud83d\"", "\"bad \\q\"", "42"] {
            #expect(JSON.unquote(bad) == nil, "\(bad)")
        }
    }
}
