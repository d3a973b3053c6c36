import GlossCore
import Testing
@testable import GlossShell

/// Notebooks as transcripts: what the reader takes from a notebook Jupyter saved, the outputs it compares, and the
/// one error for each kind of notebook it cannot check.
@Suite struct NotebookTests {
    static let saved = #"""
    {"cells": [
      {"cell_type": "markdown", "id": "n1", "metadata": {}, "source": ["# Notes\n", "are kept"]},
      {"cell_type": "code", "execution_count": 3, "id": "c1", "metadata": {"execution": {"iopub.status.busy": "2026-01-01T00:00:00Z"}},
       "outputs": [{"output_type": "display_data", "data": {"text/plain": ["source  x\n", "title   y\n"], "application/json": {"a": 1}}, "metadata": {}},
                   {"output_type": "stream", "name": "stdout", "text": "more\n"},
                   {"output_type": "error", "ename": "GlossError", "evalue": "bad", "traceback": ["error: bad"]}],
       "source": "info \\\n--x\n# a comment\nquote 1.1"},
      {"cell_type": "raw", "metadata": {}, "source": ""}
    ], "metadata": {"kernelspec": {"display_name": "Gloss", "language": "gloss", "name": "gloss"}}, "nbformat": 4, "nbformat_minor": 5}
    """#

    @Test func readsCodeCellsTheirOutputTextAndNotes() throws {
        let notebook = try Notebook(Array(Self.saved.utf8), path: "nb.ipynb")
        #expect(notebook.notes == ["# Notes\nare kept"])
        #expect(notebook.codeCells == [Notebook.StoredCell(index: 1, source: "info \\\n--x\n# a comment\nquote 1.1", text: "source  x\ntitle   y\nmore\nerror: bad\n", executionCount: 3)])
        #expect(notebook.header == nil, "a notebook started in Jupyter names no article")
        #expect(try notebook.replayPlan().steps.map(\.input) == ["info  --x", "quote 1.1"])
    }

    @Test func replacingOutputsKeepsTheRestOfTheDocument() throws {
        var notebook = try Notebook(Array(Self.saved.utf8), path: "nb.ipynb")
        notebook.replaceOutputs(ofCellAt: 1, with: [], executionCount: 7)
        let cell = notebook.document["cells"]?.arrayValue?[1]
        #expect(cell?["outputs"] == .array([]) && cell?["execution_count"] == .int(7))
        #expect(cell?["metadata"]?["execution"]?["iopub.status.busy"] != nil)
        #expect(cell?["id"] == .string("c1"))
    }

    @Test func theExportAndTheReaderAgreeOnEveryCellsText() throws {
        let session = makeSession()
        for line in ["note # Title", "info", "quote 1.1", "quote 99.1", "tag 1.1 claim"] { session.run(line) }
        let exported = Exporters.all.first { $0.format == "ipynb" }!.export(session.workspace)
        let notebook = try Notebook(Array(exported.utf8), path: "s.ipynb")
        let commands = session.workspace.cells.filter { $0.kind == .command }
        #expect(notebook.codeCells.map(\.text) == commands.map(CodeCell.text))
        #expect(notebook.codeCells[2].text.hasPrefix("error: no paragraph 99"))
        #expect(notebook.header?.sha256 == session.workspace.article.sha256)
    }

    @Test(arguments: [
        ("{", "nb.ipynb: not a notebook: invalid JSON at byte 1: expected a member name"),
        (#"{"nbformat": 3}"#, "nb.ipynb: nbformat 3 is not supported: Gloss reads nbformat 4 (convert with jupyter nbconvert --to notebook)"),
        (#"{"nbformat": 4, "metadata": {"kernelspec": {"language": "python"}}, "cells": []}"#,
         "nb.ipynb: a python notebook, not a Gloss one: its code cells are not Gloss commands"),
        (#"{"nbformat": 4, "cells": [{"cell_type": "code", "source": 3}]}"#, "nb.ipynb: cell 1: source is not text"),
        (#"{"nbformat": 4, "cells": [{"cell_type": "code", "source": "", "metadata": {"vscode": {"languageId": "python"}}}]}"#,
         "nb.ipynb: cell 1 is a python cell, not Gloss"),
        (#"{"nbformat": 4, "cells": [{"cell_type": "code", "source": "", "outputs": [{"output_type": "widget"}]}]}"#,
         "nb.ipynb: cell 1: an output Gloss cannot read"),
        (#"{"nbformat": 4}"#, "nb.ipynb: not a notebook: no cells list"),
    ])
    func refusesWithOneError(text: String, message: String) {
        do {
            _ = try Notebook(Array(text.utf8), path: "nb.ipynb")
            Issue.record("read \(text)")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func refusesHugeOutputs() {
        // The limit is a parameter so that the test need not build 8 MB; the default is Notebook.maximumCellText.
        let outputs = (0..<3).map { _ in #"{"output_type": "stream", "name": "stdout", "text": "# + JSON.quote(String(repeating: "x", count: 400)) + "}" }
        let text = #"{"nbformat": 4, "cells": [{"cell_type": "code", "source": "info", "outputs": ["# + outputs.joined(separator: ",") + "]}]}"
        #expect((try? Notebook(Array(text.utf8), path: "nb.ipynb", maximumCellText: 1200)) != nil)
        do {
            _ = try Notebook(Array(text.utf8), path: "nb.ipynb", maximumCellText: 1000)
            Issue.record("read a cell over the limit")
        } catch {
            #expect(error.description == "nb.ipynb: cell 1: outputs over 1000 bytes; Gloss checks smaller cells")
        }
        #expect(Notebook.maximumCellText == 8 << 20)
    }
}
