import GlossCore

/// What a command produced, as a value: the renderer turns it into terminal text, transcript text or JSON.
public indirect enum Output: Sendable {
    case none
    /// Lines shown as they are (already laid out by the command), e.g. usage text.
    case lines([String])
    /// Prose wrapped to the width.
    case prose(String)
    /// Name–value rows ("kind  person"), names aligned, long values wrapped under themselves.
    case fields([Field])
    /// Sentences with their refs in the margin (`read`, `mentions`).
    case sentences(SentenceListing)
    /// Verbatim sentences with a citation line (`quote`).
    case quotation(Quotation)
    case table(Table)
    /// Keyword-in-context lines (`find`).
    case concordance(Concordance)
    /// A title line with an output directly under it, indented by two columns (a group of `claims`).
    case section(String, Output)
    /// Several outputs one after another, separated by a blank line.
    case stack([Output])
}

/// Sentences to show with refs in the margin, optionally with highlighted spans.
public struct SentenceListing: Sendable {
    public struct Item: Sendable {
        public let sentence: Int
        /// Code-point ranges (absolute) to highlight.
        public let highlights: [Range<Int>]
        public init(sentence: Int, highlights: [Range<Int>] = []) {
            self.sentence = sentence
            self.highlights = highlights
        }
    }
    public let items: [Item]
    /// A line above the sentences, such as "first mention:".
    public let header: String?
    /// A closing line such as "4 sentences".
    public let footer: String?
    public init(items: [Item], header: String? = nil, footer: String? = nil) {
        self.items = items
        self.header = header
        self.footer = footer
    }
}

/// One row of a `.fields` output.
public struct Field: Sendable {
    public let name: String
    public let value: String
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// Verbatim text with its citation.
public struct Quotation: Sendable {
    /// Runs of contiguous sentences, each a verbatim substring of the article.
    public let passages: [String]
    public let citation: String
}

/// A table of strings with a header row; columns right-aligned where `numeric`.
public struct Table: Sendable {
    public let headers: [String]
    public let rows: [[String]]
    public let numeric: Set<Int>
    /// Columns shown on one line, cut with "…" at the render's width instead of wrapped: a long
    /// quotation's opening is enough to find it, and its ref leads to the rest.
    public let clipped: Set<Int>
    public let footer: String?
    public init(headers: [String], rows: [[String]], numeric: Set<Int> = [], clipped: Set<Int> = [], footer: String? = nil) {
        self.headers = headers
        self.rows = rows
        self.numeric = numeric
        self.clipped = clipped
        self.footer = footer
    }
}

/// Keyword-in-context lines aligned on the match: each is a span of the article, cut to fit when rendered.
public struct Concordance: Sendable {
    /// One match: its sentence (id) and its code-point span.
    public struct Line: Sendable {
        public let sentence: Int
        public let start: Int
        public let end: Int
    }
    public let lines: [Line]
    public let footer: String
}
