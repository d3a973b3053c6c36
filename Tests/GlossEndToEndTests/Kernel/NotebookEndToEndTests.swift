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
