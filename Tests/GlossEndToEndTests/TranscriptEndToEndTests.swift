import Foundation
import Testing

/// The transcript life cycle through the real binary: save, check, update, recover, replay safety, exports.
@Suite struct TranscriptEndToEndTests {
    let lines = "info\nnote The *pact*: who says what? It's worth checking.\nfind Kim\nquote $3\nquote 99\n"

    @Test func saveThenCheckThenEditThenUpdate() throws {
        let dir = GlossProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let saved = try GlossProcess([], stdin: lines + "save walk\n", in: dir).run()
        #expect(saved.stdout.contains("saved Sessions/walk.md (4 cells, 1 note)"))
        let file = dir.child("Sessions/walk.md")
        let original = try file.read()
        #expect(original.hasPrefix("---\ngloss-transcript: 1\narticle: 000_a4bbf854dd06bcc4.txt\n"))
        #expect(original.contains("The *pact*: who says what? It's worth checking.\n\n```gloss\n[3]> find Kim\n"))
        #expect(original.contains("```gloss error\n[5]> quote 99\nerror: no paragraph 99"))

        let ok = try GlossProcess(["check", "Sessions/walk.md"], in: dir).run()
        #expect(ok.status == 0, "\(ok.stdout)\(ok.stderr)")
        #expect(ok.stdout == "Sessions/walk.md: ok (4 cells)\n")

        try file.write(original.replacingOccurrences(of: "2 matches in 2 sentences", with: "3 matches in 2 sentences"))
        let bad = try GlossProcess(["check", "Sessions/walk.md"], in: dir).run()
        #expect(bad.status == 1)
        // The diff names the line where cell 3's block starts.
        let line = (original.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0 == "[3]> find Kim" } ?? 0)
        #expect(bad.stdout.contains("--- Sessions/walk.md:\(line) cell 3 (expected)\n+++ Sessions/walk.md:\(line) cell 3 (actual)\n@@ "))
        #expect(bad.stdout.contains("-3 matches in 2 sentences\n+2 matches in 2 sentences\n"))
        #expect(bad.stdout.hasSuffix("Sessions/walk.md: 1 of 4 cells differ\n"))

        let update = try GlossProcess(["check", "--update", "Sessions/walk.md"], in: dir).run()
        #expect(update.status == 0)
        #expect(try file.read() == original)
        #expect(try GlossProcess(["check", "Sessions/walk.md"], in: dir).run().status == 0)
    }

    @Test func checkReportsAnotherArticleFirst() throws {
        let dir = GlossProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try dir.child("a.txt").write("A short article.\nIt has two paragraphs.\n")
        _ = try GlossProcess(["a.txt"], stdin: "info\nread\nsave s\n", in: dir).run()
        try dir.child("a.txt").write("A short article.\nIt has two paragraphs, now edited.\n")
        let result = try GlossProcess(["check", "Sessions/s.md"], in: dir).run()
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("Sessions/s.md: the article's sha256 differs from the header"))
    }

    @Test func saveNeverOverwritesAnotherSessionWithoutForce() throws {
        let dir = GlossProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try GlossProcess([], stdin: "info\nsave s\nfind Kim\nsave s\n", in: dir).run()
        #expect(first.stderr.isEmpty, "\(first.stderr)")
        let second = try GlossProcess([], stdin: "find Putin\nsave s\nsave s --force\n", in: dir).run()
        #expect(second.stderr.contains("Sessions/s.md: exists and holds another session; add --force to replace it"))
        #expect(try dir.child("Sessions/s.md").read().contains("[1]> find Putin"))
    }

    @Test func killedSessionIsRecovered() throws {
        let dir = GlossProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // The reference: the same cells run to the end and saved.
        _ = try GlossProcess([], stdin: lines + "save reference\n", in: dir, stateHome: dir.child("other-state")).run()

        let (process, input) = try GlossProcess([], in: dir).startHoldingInput(lines)
        // Wait until the fifth cell is in the journal, then kill -9 with stdin still open.
        let journalDir = dir.child(".state/gloss/journal")
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: journalDir.path)) ?? []
            if let f = files.first, let text = try? journalDir.child(f).read(), text.contains("[5]> quote 99") { break }
            usleep(20_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try? input.fileHandleForWriting.close()
        #expect(process.terminationReason == .uncaughtSignal)

        let recovered = try GlossProcess([], stdin: "recover\nsave recovered\n", in: dir).run()
        #expect(recovered.stdout.hasPrefix("recovering 5 cells of the session of "), "\(recovered.stdout)")
        #expect(try dir.child("Sessions/recovered.md").read() == dir.child("Sessions/reference.md").read())
        // Recovered and saved: nothing is left to recover.
        let again = try GlossProcess([], stdin: "recover\n", in: dir).run()
        #expect(again.stderr.contains("no unsaved session to recover"))
    }

    @Test func hostileScriptIsRefused() throws {
        let dir = GlossProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let work = dir.child("a/b")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let outside = "/tmp/gloss-hostile-\(UUID().uuidString).html"
        try work.child("evil.gloss").write("info\nsave ../../x\nexport html \(outside)\nexport markdown ../leak.md\nload /etc/passwd\nreplay evil.gloss\n")
        let result = try GlossProcess(["replay", "evil.gloss"], in: work).run()
        #expect(result.status == 1)
        #expect(result.stderr.components(separatedBy: "not allowed in a replay").count - 1 == 5, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: outside))
        #expect(!FileManager.default.fileExists(atPath: dir.child("x.md").path))
        #expect(!FileManager.default.fileExists(atPath: dir.child("a/leak.md").path))
        // The same file replayed inside the shell is confined too.
        let shell = try GlossProcess([], stdin: "replay evil.gloss\n", in: work).run()
        #expect(shell.stderr.contains("evil.gloss:2: error: not allowed in a replay: write '../../x'"))
    }

    @Test(.enabled(if: TranscriptEndToEndTests.hasNbformat, "python3 with nbformat is not installed (pip install nbformat)"))
    func notebookPassesNbformatValidation() throws {
        let dir = GlossProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try GlossProcess([], stdin: lines + "export ipynb s.ipynb\n", in: dir).run()
        #expect(result.stdout.contains("wrote s.ipynb"))
        let validation = try GlossProcess.program("/usr/bin/env", ["python3", "-c", "import nbformat,sys; nbformat.validate(nbformat.read(sys.argv[1], as_version=4))", dir.child("s.ipynb").path]).run()
        #expect(validation.status == 0, "\(validation.stderr)")
    }

    static let hasNbformat: Bool = {
        (try? GlossProcess.program("/usr/bin/env", ["python3", "-c", "import nbformat"]).run().status) == 0
    }()

    @Test func htmlPageHasNoUnescapedArticleText() throws {
        let dir = GlossProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try dir.child("evil.txt").write("Headline <script>alert(1)</script>\nTom & Jerry said \"hi\" <img src=x onerror=alert(2)>.\n")
        let result = try GlossProcess(["evil.txt", "-c", "read", "-c", "export html page.html"], in: dir).run()
        #expect(result.status == 0, "\(result.stderr)")
        let page = try dir.child("page.html").read()
        #expect(!page.contains("<script>") && !page.contains("<img"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(page.contains("Tom &amp; Jerry said &quot;hi&quot; &lt;img src=x onerror=alert(2)&gt;."))
    }

    @Test func usageErrorsExitTwo() throws {
        let dir = GlossProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try GlossProcess(["check"], in: dir).run().status == 2)
        #expect(try GlossProcess(["replay"], in: dir).run().status == 2)
        #expect(try GlossProcess(["check", "missing.md"], in: dir).run().status == 1)
    }
}

/// Every shipped script replays cleanly and every shipped session re-checks byte for byte.
@Suite struct ShippedExamplesTests {
    static func files(_ folder: String, _ suffix: String) -> [String] {
        let url = GlossProcess.packageRoot.appendingPathComponent(folder)
        return ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).filter { $0.hasSuffix(suffix) }.sorted()
    }

    @Test(arguments: files("Scripts", ".gloss"))
    func scriptReplays(_ name: String) throws {
        let dir = GlossProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = GlossProcess.packageRoot.appendingPathComponent("Scripts/\(name)").path
        let result = try GlossProcess(["replay", script], in: dir).run()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("[1]> "))
        // Files a script exports land in the folder it is replayed in, never in the repository.
        let root = try FileManager.default.contentsOfDirectory(atPath: GlossProcess.packageRoot.path)
        #expect(!root.contains { $0.hasSuffix(".html") || $0.hasSuffix(".json") || $0.hasSuffix(".csv") }, "\(root)")
    }

    @Test(arguments: files("Sessions", ".md"))
    func sessionChecks(_ name: String) throws {
        let result = try GlossProcess(["check", "Sessions/\(name)"], in: GlossProcess.packageRoot).run()
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    /// The golden transcripts that pin every command's output check with the binary too.
    @Test(arguments: files("Tests/GlossShellTests/Golden", ".md"))
    func goldenTranscriptChecks(_ name: String) throws {
        let result = try GlossProcess(["check", "Tests/GlossShellTests/Golden/\(name)"], in: GlossProcess.packageRoot).run()
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test func examplesExist() {
        #expect(Self.files("Scripts", ".gloss").count >= 2)
        #expect(Self.files("Sessions", ".md").count >= 1)
    }
}
