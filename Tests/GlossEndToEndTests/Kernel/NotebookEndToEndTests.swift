import Foundation
import Testing

/// `gloss replay` and `gloss check` on notebooks through the real binary, without Jupyter: the shipped example
/// checks, a changed output is a diff and exit 1, and a notebook Gloss cannot check is one error line.
@Suite struct NotebookEndToEndTests {
    @Test(arguments: ShippedExamplesTests.files("examples", ".ipynb"))
    func shippedNotebookChecks(_ name: String) throws {
        let result = try GlossProcess(["check", "examples/\(name)"], in: GlossProcess.packageRoot).run()
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasPrefix("examples/\(name): ok ("), "\(result.stdout)")
    }

    @Test func replayRunsTheCodeCellsAndCheckFindsAChangedOutput() throws {
        let dir = GlossProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let exported = try GlossProcess([], stdin: "note # Notes are markdown\ninfo\nquote 1.1\nexport ipynb s.ipynb\n", in: dir).run()
        #expect(exported.status == 0, "\(exported.stderr)")
        let replay = try GlossProcess(["replay", "s.ipynb"], in: dir).run()
        #expect(replay.status == 0, "\(replay.stderr)")
        #expect(replay.stdout.hasPrefix("[1]> info\nsource "), "markdown cells are not run: \(replay.stdout.prefix(200))")
        #expect(replay.stdout.contains("[2]> quote 1.1\nVladimir Putin"))

        let notebook = try dir.child("s.ipynb").read()
        try dir.child("s.ipynb").write(notebook.replacingOccurrences(of: "Vladimir Putin, the president", with: "Vladimir Putin, the leader"))
        let check = try GlossProcess(["check", "s.ipynb"], in: dir).run()
        #expect(check.status == 1)
        #expect(check.stdout.contains("--- s.ipynb: cell 3 (expected)\n+++ s.ipynb: cell 3 (actual)\n"), "\(check.stdout)")
        #expect(check.stdout.hasSuffix("s.ipynb: 1 of 2 cells differ\n"), "\(check.stdout)")
    }

    /// Notes before `$N` cells: the export numbers code cells 1…n and renumbers the references, so `gloss check`
    /// (which runs the code cells as the kernel does) finds every output as the session had it.
    @Test func anExportedSessionWithNotesBeforeReferencesChecks() throws {
        let dir = GlossProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let session = "note # Notes first\nfind Pyongyang\nnote why it matters\nquote $2\ntag $4 claim\nread 1.1,$4\nexport ipynb s.ipynb\n"
        let exported = try GlossProcess([], stdin: session, in: dir).run()
        #expect(exported.status == 0 && exported.stdout.contains("wrote s.ipynb (ipynb, "), "\(exported.stdout)\(exported.stderr)")
        #expect(!exported.stdout.contains("kept as written"), "\(exported.stdout)")
        let cells = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.child("s.ipynb"))) as? [String: Any]
        let code = (cells?["cells"] as? [[String: Any]] ?? []).filter { $0["cell_type"] as? String == "code" }
        #expect(code.map { $0["execution_count"] as? Int } == [1, 2, 3, 4])
        #expect(code.map { ($0["source"] as? [String] ?? []).joined() } == ["find Pyongyang", "quote $1", "tag $2 claim", "read 1.1,$2"])
        let check = try GlossProcess(["check", "s.ipynb"], in: dir).run()
        #expect(check.status == 0 && check.stdout == "s.ipynb: ok (4 cells)\n", "\(check.stdout)\(check.stderr)")

        // A notebook numbered the old way (notes counted) checks, says so, and --update renumbers it once.
        let text = try dir.child("s.ipynb").read()
        try dir.child("old.ipynb").write(text.replacingOccurrences(of: "\"execution_count\": 4", with: "\"execution_count\": 6"))
        let old = try GlossProcess(["check", "old.ipynb"], in: dir).run()
        #expect(old.status == 0 && old.stdout.hasPrefix("old.ipynb: 1 execution count differs from the order the cells run in"), "\(old.stdout)")
        let update = try GlossProcess(["check", "--update", "old.ipynb"], in: dir).run()
        #expect(update.stdout == "old.ipynb: updated 0 cells, renumbered 1 execution count\n", "\(update.stdout)")
        #expect(try dir.child("old.ipynb").read() == text)
    }

    /// A replayed script's `$1` is its own first cell: the session records it by its session number, and the
    /// export renumbers that for the notebook, so the citation survives both offsets.
    @Test func aReplayedReferenceKeepsItsCellInTheExport() throws {
        let dir = GlossProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try dir.child("part.gloss").write("find Pyongyang\nquote $1\n")
        let exported = try GlossProcess([], stdin: "note # Replayed\ninfo\nreplay part.gloss\nexport ipynb s.ipynb\n", in: dir).run()
        #expect(exported.status == 0 && exported.stdout.contains("[4]> quote $3\n"), "\(exported.stdout)\(exported.stderr)")
        let text = try dir.child("s.ipynb").read()
        #expect(text.contains("\"source\": [\n        \"quote $2\"\n      ]"), "\(text.prefix(3000))")
        let check = try GlossProcess(["check", "s.ipynb"], in: dir).run()
        #expect(check.status == 0 && check.stdout == "s.ipynb: ok (3 cells)\n", "\(check.stdout)\(check.stderr)")
    }

    @Test(arguments: [
        ("broken.ipynb", "{\"cells\": [", "broken.ipynb: not a notebook: invalid JSON at byte 11: unexpected end of input"),
        ("old.ipynb", "{\"nbformat\": 3, \"worksheets\": []}", "old.ipynb: nbformat 3 is not supported: Gloss reads nbformat 4 (convert with jupyter nbconvert --to notebook)"),
        ("py.ipynb", "{\"nbformat\": 4, \"metadata\": {\"kernelspec\": {\"language\": \"python\"}}, \"cells\": []}",
         "py.ipynb: a python notebook, not a Gloss one: its code cells are not Gloss commands"),
    ])
    func aNotebookGlossCannotReadIsOneErrorLine(file: String, text: String, message: String) throws {
        let dir = GlossProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try dir.child(file).write(text)
        let replay = try GlossProcess(["replay", file], in: dir).run()
        #expect(replay.status == 1 && replay.stderr == "gloss: \(message)\n", "\(replay.stderr)")
        let check = try GlossProcess(["check", file], in: dir).run()
        #expect(check.status == 1 && check.stderr == "gloss: check: \(message)\n", "\(check.stderr)")
        #expect(try dir.child(file).read() == text, "the file is untouched")
    }
}
