import GlossCore
@testable import GlossShell
import Testing

@Suite struct ExportTests {
    static let hostile = "Title <script>alert(1)</script>\nHe said \"stop\" & left <b>now</b>. It's 'over' &amp; done.\nA second paragraph."

    func workspace() -> Workspace {
        let session = Session(workspace: Workspace(article: Article(text: Self.hostile, source: "<evil>.txt")))
        for line in ["info", "note <img src=x onerror=alert(1)> & notes", "find stop"] { _ = session.run(line) }
        return session.workspace
    }

    @Test func htmlEscapesArticleTextEverywhere() {
        let spans = [StyledSpan(start: 10, end: 40, cssClass: "actor c0", title: "\"><script>x</script>"),
                     StyledSpan(start: 45, end: 60, cssClass: "tag", title: "claim & <label>")]
        let page = HTMLExporter.page(workspace(), spans: spans)
        #expect(!page.contains("<script>"))
        #expect(!page.contains("<b>now"))
        #expect(!page.contains("<img"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(page.contains("&quot;stop&quot; &amp; left &lt;b&gt;now&lt;/b&gt;"))
        #expect(page.contains("&amp;amp; done"))
        // Every & starts an entity: no raw ampersand from the article survives.
        var rest = Substring(page)
        while let amp = rest.firstIndex(of: "&") {
            let after = rest[amp...].prefix(7)
            #expect(["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].contains { after.hasPrefix($0) }, "raw & at \(after)")
            rest = rest[rest.index(after: amp)...]
        }
    }

    @Test func htmlStylesSpansAndPutsLabelsInTheMargin() {
        let page = HTMLExporter.page(workspace(), spans: [StyledSpan(start: 37, end: 43, cssClass: "tag", title: "claim")])
        #expect(page.contains("<span class=\"tag\" title=\"claim\">He sai</span>") || page.contains("title=\"claim\">"))
        #expect(page.contains("<li class=\"tag\">claim</li>"))
    }

    /// A command cell's output is display_data with text/plain, as the kernel sends it (CodeCell); the note between
    /// the two commands is a markdown cell that the counts skip, as the kernel will.
    @Test func notebookHasIdsCountsAndDisplayData() {
        let text = NotebookExporter().export(workspace())
        #expect(text.contains("\"nbformat_minor\": 5"))
        #expect(text.contains("\"id\": \"cell-2\""))
        #expect(text.contains("\"execution_count\": 2") && !text.contains("\"execution_count\": 3"))
        #expect(text.contains("\"output_type\": \"display_data\""))
        #expect(text.contains("\"text/plain\": ["))
        #expect(text.contains("\"language\": \"gloss\""))
    }

    @Test func markdownExportIsTheTranscript() throws {
        let ws = workspace()
        let parsed = try TranscriptParser.parse(Array(MarkdownExporter().export(ws).utf8), path: "x.md")
        #expect(parsed.entries == Transcript(workspace: ws).entries)
        #expect(parsed.header.article == "<evil>.txt")
    }
}
