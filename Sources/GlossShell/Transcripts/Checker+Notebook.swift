import GlossCore

extension Checker {
    /// Checks a notebook like a transcript: re-runs each code cell's lines in a fresh session (as the kernel would)
    /// and compares the cell's text with the text of its stored outputs, byte for byte.
    static func checkNotebook(_ path: String, update: Bool, into report: inout Report) throws(ShellError) {
        var notebook = try Notebook.load(path)
        let article: Article
        if let header = notebook.header {
            article = try articleFor(header, transcriptPath: path)
            if article.sha256 != header.sha256 {
                report.articleChanged = true
                report.lines.append("\(path): the article's sha256 differs from the notebook's: it was recorded on "
                    + "\(header.sha256), \(article.source) is \(article.sha256); outputs may differ")
                notebook.recordSHA256(article.sha256)
            }
        } else {
            // A notebook started in Jupyter names no article: the kernel opened the bundled one (or a `load` cell another).
            article = ArticleLoader.bundled()
        }
        let session = freshSession(on: article)
        var renumbered = 0
        for cell in notebook.codeCells {
            let executionCount = NotebookNumbering.executionCount(ofCodeCell: cell.source, next: session)
            var executions = [Session.Execution]()
            for line in try CodeCell.lines(cell.source, path: path) {
                guard session.records(line) else {
                    throw .transcript(path: path, line: nil, message: "cell \(cell.index + 1): '\(TextLayout.sanitize(line))' is an action, not a cell: check cannot run it")
                }
                if let execution = session.run(line) { executions.append(execution) }
            }
            report.cells += 1
            let actual = executions.map { CodeCell.text(of: $0.cell) }.joined()
            guard actual != cell.text else {
                // Outputs agree but the count does not (a notebook run out of order, or exported before Gloss
                // numbered as the kernel does): not a mismatch, but `--update` writes the kernel's number.
                if cell.executionCount != executionCount {
                    renumbered += 1
                    notebook.replaceExecutionCount(ofCellAt: cell.index, with: executionCount)
                }
                continue
            }
            report.mismatches += 1
            // The outputs the kernel would give, rich forms included, numbered as the kernel numbers them.
            notebook.replaceOutputs(ofCellAt: cell.index, with: executions.flatMap { CodeCell.outputs(of: $0, article: session.workspace.article) },
                                    executionCount: executionCount)
            report.lines.append("--- \(path): cell \(cell.index + 1) (expected)")
            report.lines.append("+++ \(path): cell \(cell.index + 1) (actual)")
            report.lines.append(contentsOf: LineDiff.unified(displayLines(cell.source, cell.text), displayLines(cell.source, actual)))
        }
        let renumberedText = RefFormatting.count(renumbered, "execution count")
        if update && (report.mismatches > 0 || report.articleChanged || renumbered > 0) {
            try AtomicFile.write(JSONWriter.write(notebook.document), to: path)
            report.updated = true
            report.lines.append("\(path): updated \(RefFormatting.count(report.mismatches, "cell"))"
                + (renumbered > 0 ? ", renumbered \(renumberedText)" : ""))
        } else {
            if renumbered > 0 && report.mismatches == 0 && !report.articleChanged {
                report.lines.append("\(path): \(renumberedText) \(renumbered == 1 ? "differs" : "differ") from the order the cells run in (--update renumbers them)")
            }
            report.lines.append(report.verdict(path))
        }
    }

    /// A notebook cell as the diff shows it: its source lines as prompts, then its text.
    private static func displayLines(_ source: String, _ text: String) -> [String] {
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }
        var body = text
        if body.hasSuffix("\n") { body.removeLast() }
        if !text.isEmpty { lines.append(contentsOf: body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)) }
        return lines
    }
}
