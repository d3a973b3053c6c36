/// `export ipynb`: a Jupyter notebook (nbformat 4.5): notes as Markdown cells, commands as code cells with the
/// outputs the Gloss kernel gives them (CodeCell) and their cell number as execution count.
struct NotebookExporter: Exporter {
    let format = "ipynb"
    let summary = "a Jupyter notebook (nbformat 4.5): notes as markdown cells, commands as code cells with outputs"

    func defaultFileName(for workspace: Workspace) -> String { "gloss-session.ipynb" }

    func export(_ workspace: Workspace) -> String {
        let article = workspace.initialArticle
        let cells = workspace.cells.map { cell -> JSONValue in
            // nbformat 4.5 requires an id per cell: [A-Za-z0-9_-]{1,64}.
            let id = JSONValue.string("cell-\(cell.number)")
            switch cell.kind {
            case .note:
                return .object([("cell_type", .string("markdown")), ("id", id), ("metadata", .object([])),
                                ("source", CodeCell.multiline(NoteCommand.text(ofInput: cell.input)))])
            case .command:
                return .object([("cell_type", .string("code")), ("execution_count", .int(cell.number)), ("id", id),
                                ("metadata", .object([])), ("outputs", .array(CodeCell.outputs(of: cell))),
                                ("source", CodeCell.multiline(cell.input))])
            }
        }
        let metadata = JSONValue.object([
            ("gloss", .object([("article", .string(article.source)), ("sha256", .string(article.sha256)),
                               ("transcript_format", .int(Transcript.formatVersion))])),
            ("kernelspec", .object([("display_name", .string("Gloss")), ("language", .string("gloss")), ("name", .string("gloss"))])),
            ("language_info", GlossKernel.languageInfo),
        ])
        return JSONWriter.write(.object([("cells", .array(cells)), ("metadata", metadata), ("nbformat", .int(4)), ("nbformat_minor", .int(5))]))
    }
}
