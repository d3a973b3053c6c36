import GlossCore

/// A session as a document: the header that names the article, then notes and cells in order.
/// `render()` writes the Markdown format specified in FORMAT.md; `TranscriptParser` reads it back.
public struct Transcript: Sendable, Equatable {
    /// The format version this Gloss writes and the newest it reads.
    public static let formatVersion = 1

    /// The front matter: which article the cells ran on.
    public struct Header: Sendable, Equatable {
        public var version: Int
        /// The article's source as Gloss shows it: the bundled article's name, or a path.
        public var article: String
        public var sha256: String
        public var title: String?
        /// Journals only: the transcript this session was last saved to.
        public var saved: String?

        public init(version: Int = Transcript.formatVersion, article: String, sha256: String, title: String? = nil, saved: String? = nil) {
            self.version = version
            self.article = article
            self.sha256 = sha256
            self.title = title
            self.saved = saved
        }
    }

    /// A command cell as recorded: its number, input line and exact output.
    public struct Cell: Sendable, Equatable {
        public var number: Int
        public var input: String
        public var output: String
        public var failed: Bool

        public init(number: Int, input: String, output: String, failed: Bool) {
            self.number = number
            self.input = input
            self.output = output
            self.failed = failed
        }
    }

    /// A note (Markdown, kept verbatim) or a command cell.
    public enum Entry: Sendable, Equatable {
        case note(String)
        case cell(Cell)
    }

    public var header: Header
    public var entries: [Entry]
    /// For each entry, the line of the file it starts on (empty for transcripts not read from a file).
    public var lines: [Int]

    public init(header: Header, entries: [Entry], lines: [Int] = []) {
        self.header = header
        self.entries = entries
        self.lines = lines
    }

    /// The transcript of a workspace's recorded cells.
    public init(workspace: Workspace) {
        let article = workspace.initialArticle
        header = Header(article: article.source, sha256: article.sha256,
                        title: article.title.map { article.text(from: $0.start, to: $0.end) }, saved: workspace.context.savedPath)
        entries = workspace.cells.map(Self.entry)
        lines = []
    }

    /// How a session cell appears in a transcript.
    public static func entry(_ cell: GlossShell.Cell) -> Entry {
        switch cell.kind {
        case .note: return .note(NoteCommand.text(ofInput: cell.input))
        case .command: return .cell(Cell(number: cell.number, input: cell.input, output: cell.output, failed: cell.failed))
        }
    }

    /// The command cells, in order.
    public var cells: [Cell] {
        entries.compactMap { if case .cell(let c) = $0 { return c } else { return nil } }
    }

    /// The input line that replays an entry as a session cell.
    public static func input(of entry: Entry) -> String {
        switch entry {
        case .note(let text): return "note " + text
        case .cell(let c): return c.input
        }
    }

    // MARK: rendering

    /// The whole document: front matter, then each entry followed by a blank line.
    public func render() -> String {
        var out = renderHeader()
        for entry in entries {
            out += "\n" + Self.render(entry)
        }
        return out
    }

    /// The front matter, ending with its closing `---` line.
    public func renderHeader() -> String {
        var out = "---\ngloss-transcript: \(header.version)\narticle: \(Self.scalar(header.article))\nsha256: \(header.sha256)\n"
        if let title = header.title { out += "title: \(Self.scalar(title))\n" }
        if let saved = header.saved { out += "saved: \(Self.scalar(saved))\n" }
        return out + "---\n"
    }

    /// One entry as it appears in the body, ending with a newline (a blank line separates entries).
    public static func render(_ entry: Entry) -> String {
        switch entry {
        case .note(let text):
            return text + "\n"
        case .cell(let c):
            let fence = String(repeating: "`", count: max(3, longestBacktickRun(c.input + "\n" + c.output) + 1))
            var out = fence + (c.failed ? "gloss error" : "gloss") + "\n" + "[\(c.number)]> " + c.input + "\n"
            if !c.output.isEmpty { out += c.output + "\n" }
            return out + fence + "\n"
        }
    }

    /// The longest run of backticks, so that a fence one longer can never be closed by the content.
    static func longestBacktickRun(_ s: String) -> Int {
        var longest = 0, run = 0
        for c in s.utf8 {
            if c == UInt8(ascii: "`") { run += 1; longest = max(longest, run) } else { run = 0 }
        }
        return longest
    }

    /// A header value: bare when it is plain, else a double-quoted string with JSON escapes
    /// (valid YAML too, so GitHub renders the front matter as a table).
    static func scalar(_ value: String) -> String {
        let plain = !value.isEmpty && value.unicodeScalars.allSatisfy { c in
            (c.value >= 0x30 && c.value <= 0x39) || (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A)
                || "._/-+".unicodeScalars.contains(c)
        }
        return plain ? value : JSON.quote(value)
    }
}
