/// `export ipynb`: a Jupyter notebook (nbformat 4.5): notes as Markdown cells, commands as code cells
/// with their output as a stream (stdout, or stderr for a failed cell) and their cell number as execution count.
struct NotebookExporter: Exporter {
    let format = "ipynb"
    let summary = "a Jupyter notebook (nbformat 4.5): notes as markdown cells, commands as code cells with outputs"

    func defaultFileName(for workspace: Workspace) -> String { "gloss-session.ipynb" }

    func export(_ workspace: Workspace) -> String {
        let article = workspace.initialArticle
        let cells = workspace.cells.map { cell -> String in
            // nbformat 4.5 requires an id per cell: [A-Za-z0-9_-]{1,64}.
            let id = JSON.quote("cell-\(cell.number)")
            switch cell.kind {
            case .note:
                return "  {\n   \"cell_type\": \"markdown\",\n   \"id\": \(id),\n   \"metadata\": {},\n   \"source\": "
                    + Self.lines(NoteCommand.text(ofInput: cell.input), indent: "   ") + "\n  }"
            case .command:
                var outputs = "[]"
                if !cell.output.isEmpty {
                    outputs = "[\n    {\n     \"name\": \(cell.failed ? "\"stderr\"" : "\"stdout\""),\n     \"output_type\": \"stream\",\n     \"text\": "
                        + Self.lines(cell.output, indent: "     ") + "\n    }\n   ]"
                }
                return "  {\n   \"cell_type\": \"code\",\n   \"execution_count\": \(cell.number),\n   \"id\": \(id),\n   \"metadata\": {},\n"
                    + "   \"outputs\": \(outputs),\n   \"source\": " + Self.lines(cell.input, indent: "   ") + "\n  }"
            }
        }
        let metadata = """
             "metadata": {
              "gloss": {
               "article": \(JSON.quote(article.source)),
               "sha256": \(JSON.quote(article.sha256)),
               "transcript_format": \(Transcript.formatVersion)
              },
              "kernelspec": {
               "display_name": "Gloss",
               "language": "gloss",
               "name": "gloss"
              },
              "language_info": {
               "file_extension": ".gloss",
               "name": "gloss"
              }
             },
            """
        return "{\n \"cells\": [\n" + cells.joined(separator: ",\n") + "\n ],\n" + metadata
            + "\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n"
    }

    /// Text as Jupyter stores it: an array of lines, each but the last keeping its newline.
    static func lines(_ text: String, indent: String) -> String {
        let parts = text.split(separator: "\n", omittingEmptySubsequences: false)
        let items = parts.enumerated().map { k, line in
            JSON.quote(String(line) + (k < parts.count - 1 ? "\n" : ""))
        }
        if items.isEmpty || (items.count == 1 && text.isEmpty) { return "[]" }
        return "[\n" + items.map { indent + " " + $0 }.joined(separator: ",\n") + "\n" + indent + "]"
    }
}
