/// `export markdown`: the session's transcript (the same document `save` writes).
struct MarkdownExporter: Exporter {
    let format = "markdown"
    let summary = "the transcript: notes as paragraphs, each cell's input and output in a fenced block"

    func defaultFileName(for workspace: Workspace) -> String { "gloss-session.md" }

    func export(_ workspace: Workspace) -> String {
        var transcript = Transcript(workspace: workspace)
        transcript.header.saved = nil
        return transcript.render()
    }
}
