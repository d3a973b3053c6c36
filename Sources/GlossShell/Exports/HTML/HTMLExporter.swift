import GlossCore

/// A stretch of the article to style in the HTML page: code points `start..<end`, a CSS class
/// (`actor c0`…`c7` for an actor's colour, `tag` for a tagged span, `said direct|indirect` for what
/// someone said) and a label for the margin and hover.
public struct StyledSpan: Sendable, Equatable {
    public let start: Int
    public let end: Int
    public let cssClass: String
    public let title: String

    public init(start: Int, end: Int, cssClass: String, title: String) {
        self.start = start
        self.end = end
        self.cssClass = cssClass
        self.title = title
    }
}

/// `export html`: one self-contained page: the article with styled spans and their labels in the margin,
/// the session's notes, then the cell log. Every piece of article and session text is escaped by `HTMLNode`.
struct HTMLExporter: Exporter {
    let format = "html"
    let summary = "one self-contained page: the article with highlighted spans and margin labels, then the cells"

    func defaultFileName(for workspace: Workspace) -> String { "gloss-session.html" }

    func export(_ workspace: Workspace) -> String {
        Self.page(workspace, spans: Self.spans(in: workspace))
    }

    /// The spans the workspace knows of. Actors' mentions and tags will add theirs here.
    static func spans(in workspace: Workspace) -> [StyledSpan] {
        let mentions = workspace.actors.actors.enumerated().flatMap { k, actor in
            actor.mentions.map { StyledSpan(start: $0.start, end: $0.end, cssClass: "actor c\(k % 8)", title: actor.name) }
        }
        // Quoted and reported content, the speaker named in the margin.
        let said = workspace.attributions.attributions.flatMap { a in
            a.parts.map { StyledSpan(start: $0.lowerBound, end: $0.upperBound, cssClass: "said \(a.kind.rawValue)", title: Self.margin(a)) }
        }
        return mentions + said + workspace.tags.filter { !$0.orphaned }.map { tag in
            StyledSpan(start: tag.anchor.start, end: tag.anchor.end, cssClass: "tag",
                       title: "#\(tag.id) \(tag.label)" + (tag.note.map { ": " + $0 } ?? ""))
        }
    }

    /// An attribution's margin label: "Vladimir Putin (issued a public notice)", "?" marking a guessed speaker.
    static func margin(_ a: Attribution) -> String {
        let who = a.speaker.map { a.resolution.isGuess ? $0 + "?" : $0 } ?? (a.speakerText.isEmpty ? "unnamed" : a.speakerText)
        return who + (a.cue.isEmpty ? "" : " (\(a.cue))")
    }

    /// The page for a workspace and the spans to style in its article.
    static func page(_ workspace: Workspace, spans: [StyledSpan]) -> String {
        let article = workspace.article
        let heading = article.title.map { article.text(from: $0.start, to: $0.end) } ?? article.source
        var rows = [HTMLNode]()
        for paragraph in [article.title].compactMap({ $0 }) + article.paragraphs {
            let inside = spans.filter { $0.start < paragraph.end && $0.end > paragraph.start && $0.start < $0.end }
            // The margin carries tag labels and notes; actor mentions are shown by colour (their name on hover).
            let saidFirst = inside.filter { $0.cssClass.hasPrefix("said") && $0.start >= paragraph.start }
            let labels = (saidFirst + inside.filter { $0.cssClass == "tag" }).map { el(.li, [.class($0.cssClass)], text: $0.title) }
            rows.append(el(.div, [.class("row")], [
                el(.p, [.class("para"), .id("p\(paragraph.number)")],
                   [el(.span, [.class("pnum")], text: "¶\(paragraph.number)")] + segments(of: paragraph, in: article, spans: inside)),
                el(.aside, [.class("margin")], labels.isEmpty ? [] : [el(.ul, [], labels)]),
            ]))
        }
        let notes = workspace.cells.filter { $0.kind == .note }.map { el(.p, [], text: NoteCommand.text(ofInput: $0.input)) }
        let log = workspace.cells.map { cell -> HTMLNode in
            if cell.kind == .note { return el(.p, [.class("note")], text: NoteCommand.text(ofInput: cell.input)) }
            var body: [HTMLNode] = [el(.b, [], text: "[\(cell.number)]> "), .text(cell.input)]
            if !cell.output.isEmpty { body.append(.text("\n" + cell.output)) }
            return el(.pre, [.class(cell.failed ? "cell failed" : "cell"), .id("cell-\(cell.number)")], [el(.code, [], body)])
        }
        let document = el(.html, [HTMLAttribute(name: .lang, value: "en")], [
            el(.head, [], [
                el(.meta, [HTMLAttribute(name: .charset, value: "utf-8")]),
                el(.meta, [HTMLAttribute(name: .name, value: "viewport"), HTMLAttribute(name: .content, value: "width=device-width, initial-scale=1")]),
                el(.title, [], text: heading),
                el(.style, [], [.trusted(css)]),
            ]),
            el(.body, [], [
                el(.header, [], [
                    el(.h1, [], text: heading),
                    el(.p, [.class("source")], text: "\(article.source) · sha256 \(article.sha256)"),
                ]),
                el(.main, [], [
                    el(.article, [], rows),
                    el(.section, [.class("notes")], notes.isEmpty ? [] : [el(.h2, [], text: "Notes")] + notes),
                    el(.section, [.class("log")], [el(.h2, [], text: "Cells")] + log),
                ]),
                el(.footer, [], text: "Exported by Gloss."),
            ]),
        ])
        return "<!DOCTYPE html>\n" + document.render() + "\n"
    }

    /// A paragraph's text cut at every sentence start and span boundary; each piece sits inside the spans that cover it.
    static func segments(of paragraph: Paragraph, in article: Article, spans: [StyledSpan]) -> [HTMLNode] {
        let sentenceStarts = article.sentences[paragraph.sentences].map { ($0.start, $0.ref.description) }
        var cuts = Set([paragraph.start, paragraph.end])
        for (start, _) in sentenceStarts { cuts.insert(start) }
        for s in spans {
            cuts.insert(min(max(s.start, paragraph.start), paragraph.end))
            cuts.insert(min(max(s.end, paragraph.start), paragraph.end))
        }
        let points = cuts.sorted()
        var nodes = [HTMLNode]()
        for (a, b) in zip(points, points.dropFirst()) where a < b {
            if let ref = sentenceStarts.first(where: { $0.0 == a })?.1 {
                nodes.append(el(.small, [.class("sref"), .id("s\(ref)")], text: ref))
            }
            var node = HTMLNode.text(article.text(from: a, to: b))
            for s in spans.reversed() where s.start <= a && s.end >= b {
                node = el(.span, [.class(s.cssClass), .title(s.title)], [node])
            }
            nodes.append(node)
        }
        return nodes
    }

    static let css: StaticString = """
        body{font:17px/1.6 Georgia,serif;margin:0 auto;max-width:72rem;padding:1rem 2rem;color:#222;background:#fff}
        header h1{font-size:1.5rem;margin-bottom:.2rem}.source{color:#666;font:13px ui-monospace,monospace;word-break:break-all}
        .row{display:grid;grid-template-columns:minmax(0,1fr) 14rem;gap:1.5rem}
        .para{margin:.4rem 0}.pnum{color:#999;font-size:.75rem;margin-right:.4rem}
        .sref{color:#0a7b83;font:11px ui-monospace,monospace;vertical-align:super;margin:0 .15rem}
        .margin ul{list-style:none;margin:.4rem 0;padding:0;font:13px/1.4 system-ui,sans-serif}
        .margin li{border-left:3px solid currentColor;padding-left:.4rem;margin-bottom:.3rem}
        .tag{background:#fff3a8}.margin .tag{color:#8a6d00}
        .said.direct{background:#e3f1e6}.said.indirect{background:#eef0f8}.margin .said{color:#2e5e3a}
        .c0{color:#b3261e}.c1{color:#1d5fbf}.c2{color:#1e7d32}.c3{color:#8e24aa}
        .c4{color:#c75b00}.c5{color:#00838f}.c6{color:#6d4c41}.c7{color:#ad1457}
        .actor{font-weight:600}
        .notes p,.note{background:#f4f7fb;border-left:3px solid #1d5fbf;padding:.3rem .6rem;font:15px/1.5 system-ui,sans-serif}
        .cell{background:#f6f6f6;padding:.5rem .7rem;overflow-x:auto;font:13px/1.4 ui-monospace,monospace}
        .cell.failed{background:#fdecea}footer{color:#999;font-size:12px;margin-top:2rem}
        @media (max-width:50rem){.row{grid-template-columns:1fr}}
        """
}
