import GlossCore

/// `gloss check`: re-runs a transcript's cells in a fresh session and compares every output byte for byte.
public enum Checker {
    /// What checking one transcript found.
    public struct Report: Sendable {
        /// Lines for stdout: the sha256 notice, one unified diff per differing cell, a summary.
        public var lines: [String] = []
        /// The transcript could not be checked (unreadable, unknown article, a cell that is an action).
        public var error: ShellError?
        public var cells = 0
        public var mismatches = 0
        public var articleChanged = false
        /// Whether `--update` rewrote the file.
        public var updated = false

        /// Whether the check failed: an error, a differing cell, or another article (unless updated).
        public var failed: Bool { error != nil || (!updated && (mismatches > 0 || articleChanged)) }

        /// The closing line of a check that rewrote nothing: ok, or how many cells differ.
        func verdict(_ path: String) -> String {
            let counted = RefFormatting.count(cells, "cell")
            return mismatches == 0 && !articleChanged ? "\(path): ok (\(counted))" : "\(path): \(mismatches) of \(counted) differ"
        }
    }

    /// A fresh session on `article` to re-run cells in, confined to the working directory like a replay.
    static func freshSession(on article: Article) -> Session {
        var workspace = Workspace(article: article)
        workspace.context.policy = .confinedToWorkingDirectory()
        return Session(workspace: workspace)
    }

    /// Checks the transcript at `path`; with `update`, rewrites its outputs (and sha256) in place, keeping the notes.
    public static func check(_ path: String, update: Bool) -> Report {
        var report = Report()
        do throws(ShellError) {
            try run(path, update: update, into: &report)
        } catch {
            report.error = error
        }
        return report
    }

    private static func run(_ path: String, update: Bool, into report: inout Report) throws(ShellError) {
        if path.hasSuffix(".ipynb") { return try checkNotebook(path, update: update, into: &report) }
        let bytes: [UInt8]
        do { bytes = try FileReader.readBytes(atPath: path, limit: ReplayPlan.maximumBytes) } catch { throw .article(error) }
        let transcript = try TranscriptParser.parse(bytes, path: path)
        let article = try articleFor(transcript.header, transcriptPath: path)
        if article.sha256 != transcript.header.sha256 {
            report.articleChanged = true
            report.lines.append("\(path): the article's sha256 differs from the header: the transcript was recorded on "
                + "\(transcript.header.sha256), \(article.source) is \(article.sha256); outputs may differ")
        }
        let session = freshSession(on: article)
        var updated = transcript
        updated.header.sha256 = article.sha256
        for (k, entry) in transcript.entries.enumerated() {
            let line = k < transcript.lines.count ? transcript.lines[k] : 0
            let input = Transcript.input(of: entry)
            // Actions write files or replay others; a transcript never records them, so check never runs them.
            guard session.records(input) else {
                throw .transcript(path: path, line: line, message: "'\(TextLayout.sanitize(input))' is an action, not a cell: transcripts cannot contain it")
            }
            guard let execution = session.run(input) else {
                throw .transcript(path: path, line: line, message: "a cell whose input is empty or a comment")
            }
            guard case .cell(let expected) = entry else { continue }
            report.cells += 1
            let actual = Transcript.Cell(number: execution.cell.number, input: expected.input,
                                         output: execution.cell.output, failed: execution.cell.failed)
            updated.entries[k] = .cell(actual)
            guard actual != expected else { continue }
            report.mismatches += 1
            report.lines.append("--- \(path):\(line) cell \(expected.number) (expected)")
            report.lines.append("+++ \(path):\(line) cell \(actual.number) (actual)")
            report.lines.append(contentsOf: LineDiff.unified(display(expected), display(actual)))
        }
        if update && (report.mismatches > 0 || report.articleChanged) {
            try AtomicFile.write(updated.render(), to: path)
            report.updated = true
            report.lines.append("\(path): updated \(RefFormatting.count(report.mismatches, "cell"))")
        } else {
            report.lines.append(report.verdict(path))
        }
    }

    /// A cell as the diff shows it: the prompt line (so a renumbered or now failing cell shows), then the output.
    private static func display(_ cell: Transcript.Cell) -> [String] {
        var lines = ["[\(cell.number)]> \(cell.input)" + (cell.failed ? "   (failed)" : "")]
        if !cell.output.isEmpty { lines.append(contentsOf: cell.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)) }
        return lines
    }

    /// The article a transcript names: the bundled one by its name, else a file beside the transcript or in the current directory.
    public static func articleFor(_ header: Transcript.Header, transcriptPath: String) throws(ShellError) -> Article {
        if header.article == BundledArticle.name { return ArticleLoader.bundled() }
        var candidates = [header.article]
        if !header.article.hasPrefix("/"), let slash = transcriptPath.lastIndex(of: "/") {
            candidates.insert(String(transcriptPath[...slash]) + header.article, at: 0)
        }
        for candidate in candidates where AtomicFile.exists(candidate) {
            do { return try ArticleLoader.load(path: candidate) } catch { throw .article(error) }
        }
        throw .notFound("\(transcriptPath): the article \(header.article) is not beside the transcript nor in the current directory")
    }
}
