import GlossCore
import Testing
@testable import GlossShell

/// The one numbering rule: a notebook counts its code-cell lines only, so an exported session's `$N` references are
/// renumbered to name the same commands when the notebook runs, and the counts are what the kernel will give.
@Suite struct NotebookNumberingTests {
    /// Notes before and between `$N` cells, a reference inside a list, one inside a quoted find, a piped one.
    static let lines = ["note # Reading", "find Pyongyang", "note Two more", "note and a third", "quote $2",
                        "read 1.1,$5", "find \"$2\"", "find Kim | read $5", "tag $2 claim --note \"see $2\"", "tags"]

    func session(_ lines: [String]) -> Session {
        let session = makeSession()
        for line in lines { session.run(line) }
        return session
    }

    @Test func numbersCountCommandCellsOnly() {
        let cells = session(Self.lines).workspace.cells
        let numbering = NotebookNumbering(cells)
        #expect(cells.map { numbering.number(ofCell: $0.number) } == [nil, 1, nil, nil, 2, 3, 4, 5, 6, 7])
        #expect(numbering.number(ofCell: 11) == nil, "a cell the session never recorded has no number")
    }

    @Test func theExportedNotebookRunsItsReferencesOnTheSameCommands() throws {
        let original = session(Self.lines)
        let exported = try Notebook(Array(NotebookExporter().export(original.workspace).utf8), path: "s.ipynb")
        let counts = exported.document["cells"]?.arrayValue?.compactMap { $0["execution_count"]?.intValue }
        #expect(counts == Array(1...7))
        #expect(exported.codeCells.map(\.source) == ["find Pyongyang", "quote $1", "read 1.1,$2", "find \"$2\"",
                                                     "find Kim | read $2", "tag $1 claim --note \"see $2\"", "tags"])
        #expect(exported.notes == ["# Reading", "Two more", "and a third"])

        // Run as the kernel runs it: each code cell's sentences and text are those of the command it came from.
        let rerun = makeSession()
        for step in try exported.replayPlan().steps { rerun.run(step.input) }
        let commands = original.workspace.cells.filter(NotebookNumbering.isCode)
        #expect(rerun.workspace.cells.map(\.sentences) == commands.map(\.sentences))
        #expect(rerun.workspace.cells.map(\.output) == commands.map(\.output))
        #expect(rerun.workspace.cells.allSatisfy { !$0.failed })
        #expect(NotebookExporter().remarks(for: original.workspace).isEmpty)
    }

    @Test func aReferenceToANoteOrToNoCellIsKeptAndTheExportSaysSo() throws {
        let original = session(["note first", "find Putin", "quote $1", "read $9,$2"])
        let exported = try Notebook(Array(NotebookExporter().export(original.workspace).utf8), path: "s.ipynb")
        #expect(exported.codeCells.map(\.source) == ["find Putin", "quote $1", "read $9,$1"])
        // The command is pure: its result line is the value, and the file is only written when the session acts on it.
        let export = try ExportCommand().run(CommandCall(arguments: ["ipynb", "s.ipynb"]), in: original.workspace)
        guard case .lines(let lines) = export.output, let result = lines.first else { Issue.record("no result line"); return }
        #expect(lines.count == 1 && result.hasSuffix("; $1 in cell 3 kept as written: cell 1 is a note; $9 in cell 4 kept as written: cell 9 is not a recorded cell"),
                "\(result)")
    }

    @Test func aCheckNumbersCellsAsTheKernelDoes() {
        let session = makeSession()
        #expect(NotebookNumbering.executionCount(ofCodeCell: "info", next: session) == 1)
        #expect(NotebookNumbering.executionCount(ofCodeCell: " \n", next: session) == nil, "Jupyter never sends a blank cell")
        session.run("note not a code cell here, but the kernel ran it")
        session.run("info")
        #expect(NotebookNumbering.executionCount(ofCodeCell: "# only a comment", next: session) == 3)
        #expect(NotebookNumbering.executionCount(next: session) == session.workspace.nextCellNumber)
    }
}
