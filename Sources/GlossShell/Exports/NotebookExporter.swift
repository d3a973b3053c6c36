/// `export ipynb`: a Jupyter notebook (nbformat 4.5): notes as Markdown cells, commands as code cells with the
/// outputs the Gloss kernel gives them (CodeCell), numbered as the kernel numbers them when the notebook runs
/// (NotebookNumbering): execution counts and `$N` references count code cells only, so each `$N` still names
/// the command it named in the session.
struct NotebookExporter: Exporter {
    let format = "ipynb"
    let summary = "a Jupyter notebook (nbformat 4.5): notes as markdown cells, commands as code cells with outputs"

    func defaultFileName(for workspace: Workspace) -> String { "gloss-session.ipynb" }

    func export(_ workspace: Workspace) -> String { notebook(workspace).contents }

    /// Each `$N` that names a note or no recorded cell, which the notebook keeps as written.
    func remarks(for workspace: Workspace) -> [String] { notebook(workspace).remarks }

    private func notebook(_ workspace: Workspace) -> (contents: String, remarks: [String]) {
        let article = workspace.initialArticle
        let numbering = NotebookNumbering(workspace.cells)
        var remarks = [String]()
        let cells = workspace.cells.map { cell -> JSONValue in
            // nbformat 4.5 requires an id per cell: [A-Za-z0-9_-]{1,64}.
            let id = JSONValue.string("cell-\(cell.number)")
            // Only a cell that becomes a code cell has a notebook number.
            guard let number = numbering.number(ofCell: cell.number) else {
                return .object([("cell_type", .string("markdown")), ("id", id), ("metadata", .object([])),
                                ("source", CodeCell.multiline(NoteCommand.text(ofInput: cell.input)))])
            }
            let source = numbering.source(of: cell)
            remarks += source.remarks
            return .object([("cell_type", .string("code")), ("execution_count", .int(number)), ("id", id),
                            ("metadata", .object([])), ("outputs", .array(CodeCell.outputs(of: cell))),
                            ("source", CodeCell.multiline(source.input))])
        }
        let metadata = JSONValue.object([
            ("gloss", .object([("article", .string(article.source)), ("sha256", .string(article.sha256)),
                               ("transcript_format", .int(Transcript.formatVersion))])),
            ("kernelspec", .object([("display_name", .string("Gloss")), ("language", .string("gloss")), ("name", .string("gloss"))])),
            ("language_info", GlossKernel.languageInfo),
        ])
        return (JSONWriter.write(.object([("cells", .array(cells)), ("metadata", metadata), ("nbformat", .int(4)), ("nbformat_minor", .int(5))])), remarks)
    }
}
