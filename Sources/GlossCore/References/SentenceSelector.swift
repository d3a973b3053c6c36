/// A parsed sentence reference expression: "3.2", "3", "3.2-3.4", "3-5", "1.1,3.2", "$7", "$", "all".
public struct SentenceSelector: Sendable, Equatable, CustomStringConvertible {
    /// One point of a reference: a whole paragraph or one sentence in it.
    public struct Point: Sendable, Equatable {
        public let paragraph: Int
        public let sentence: Int?
    }

    /// One comma-separated item.
    public enum Item: Sendable, Equatable {
        case all
        case lastResult
        case cellResult(Int)
        case point(Point)
        case range(Point, Point)
    }

    public let items: [Item]
    public let source: String

    public var description: String { source }

    /// Whether `text` looks like a reference at all (so a command can tell a ref from a word).
    public static func looksLikeReference(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return text == "all" || first == "$" || (first.value >= 0x30 && first.value <= 0x39)
    }

    /// Parses an expression, or says what is wrong with it.
    public static func parse(_ text: String) -> Result<SentenceSelector, ReferenceError> {
        let trimmed = text.filter { $0 != " " }
        guard !trimmed.isEmpty else { return .failure(.syntax(text, "empty reference")) }
        var items = [Item]()
        for part in trimmed.split(separator: ",", omittingEmptySubsequences: false) {
            guard !part.isEmpty else { return .failure(.syntax(text, "empty item between commas")) }
            if part == "all" { items.append(.all); continue }
            if part == "$" { items.append(.lastResult); continue }
            if part.hasPrefix("$") {
                guard let n = Int(part.dropFirst()), n >= 1 else {
                    return .failure(.syntax(text, "'\(part)' is not a cell result; write $N with N a cell number, or $"))
                }
                items.append(.cellResult(n))
                continue
            }
            let ends = part.split(separator: "-", omittingEmptySubsequences: false)
            guard ends.count <= 2 else { return .failure(.syntax(text, "'\(part)' has more than one '-'")) }
            var points = [Point]()
            for end in ends {
                guard let point = parsePoint(end) else {
                    return .failure(.syntax(text, "'\(end.isEmpty ? part : end)' is not a paragraph (3) or sentence (3.2) number"))
                }
                points.append(point)
            }
            items.append(points.count == 1 ? .point(points[0]) : .range(points[0], points[1]))
        }
        return .success(SentenceSelector(items: items, source: text))
    }

    /// The cell numbers its `$N` items name, in order.
    public var cellNumbers: [Int] {
        items.compactMap { if case .cellResult(let n) = $0 { return n } else { return nil } }
    }

    /// The expression with each `$N` renumbered by `number` (nil keeps N), written back in the grammar's own
    /// form: items joined by commas, no spaces ("1.1,$3,4.2-4.3"). `$` and sentence refs are unchanged.
    public func renumberingCells(_ number: (Int) -> Int?) -> SentenceSelector {
        let renumbered = items.map { item -> Item in
            if case .cellResult(let n) = item { return .cellResult(number(n) ?? n) }
            return item
        }
        return SentenceSelector(items: renumbered, source: renumbered.map(Self.text).joined(separator: ","))
    }

    private static func text(_ item: Item) -> String {
        func point(_ p: Point) -> String { "\(p.paragraph)" + (p.sentence.map { ".\($0)" } ?? "") }
        switch item {
        case .all: return "all"
        case .lastResult: return "$"
        case .cellResult(let n): return "$\(n)"
        case .point(let p): return point(p)
        case .range(let a, let b): return point(a) + "-" + point(b)
        }
    }

    private static func parsePoint(_ s: Substring) -> Point? {
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2 else { return nil }
        guard parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && $0.count <= 9 }) else { return nil }
        guard let p = Int(parts[0]) else { return nil }
        if parts.count == 1 { return Point(paragraph: p, sentence: nil) }
        guard let sNum = Int(parts[1]) else { return nil }
        return Point(paragraph: p, sentence: sNum)
    }

    /// The sentence ids the expression selects, in reading order without repeats.
    /// `cellResult(nil)` gives the last result; `cellResult(n)` cell n's; each returns nil when there is none,
    /// or throws a message of its own through `ReferenceError`.
    public func resolve(in article: Article, cellResult: (Int?) -> Result<[Int], ReferenceError>) -> Result<[Int], ReferenceError> {
        var ids = [Int]()
        for item in items {
            switch item {
            case .all:
                ids.append(contentsOf: article.sentences.indices)
            case .lastResult:
                switch cellResult(nil) {
                case .success(let r): ids.append(contentsOf: r)
                case .failure(let e): return .failure(e)
                }
            case .cellResult(let n):
                switch cellResult(n) {
                case .success(let r): ids.append(contentsOf: r)
                case .failure(let e): return .failure(e)
                }
            case .point(let point):
                switch Self.sentences(at: point, in: article) {
                case .success(let r): ids.append(contentsOf: r)
                case .failure(let e): return .failure(e)
                }
            case .range(let a, let b):
                let first: Range<Int>, last: Range<Int>
                switch Self.sentences(at: a, in: article) {
                case .success(let r): first = r
                case .failure(let e): return .failure(e)
                }
                switch Self.sentences(at: b, in: article) {
                case .success(let r): last = r
                case .failure(let e): return .failure(e)
                }
                guard first.lowerBound < last.upperBound else {
                    return .failure(.backwards(source))
                }
                ids.append(contentsOf: first.lowerBound..<last.upperBound)
            }
        }
        var seen = Set<Int>()
        return .success(ids.filter { seen.insert($0).inserted }.sorted())
    }

    /// The sentence ids at one point, or an error saying what exists.
    static func sentences(at point: Point, in article: Article) -> Result<Range<Int>, ReferenceError> {
        guard let paragraph = article.paragraph(point.paragraph) else {
            let what = "\(point.paragraph)\(point.sentence.map { ".\($0)" } ?? "")"
            return .failure(.noParagraph(what, paragraphs: article.paragraphs.count, hasTitle: article.title != nil))
        }
        guard let s = point.sentence else { return .success(paragraph.sentences) }
        guard s >= 1, s <= paragraph.sentences.count else {
            return .failure(.noSentence(SentenceRef(paragraph: point.paragraph, sentence: s), count: paragraph.sentences.count))
        }
        let id = paragraph.sentences.lowerBound + s - 1
        return .success(id..<(id + 1))
    }
}

/// Why a reference could not be read or does not exist; each says what does exist.
public enum ReferenceError: Error, Equatable, Sendable, CustomStringConvertible {
    case syntax(String, String)
    case noParagraph(String, paragraphs: Int, hasTitle: Bool)
    case noSentence(SentenceRef, count: Int)
    case backwards(String)
    case noResult(String)

    public var description: String {
        switch self {
        case .syntax(let text, let why): return "bad reference '\(text)': \(why)"
        case .noParagraph(let what, let n, let hasTitle):
            let range = n == 0 ? "the article has no paragraphs" : "paragraphs run \(hasTitle ? 0 : 1)–\(n)\(hasTitle ? " (0 is the title)" : "")"
            return "no paragraph \(what.split(separator: ".").first ?? ""): \(range)"
        case .noSentence(let ref, let count):
            return "no sentence \(ref): paragraph \(ref.paragraph) has \(count) sentence\(count == 1 ? "" : "s")"
        case .backwards(let text): return "range '\(text)' runs backwards; write the earlier reference first"
        case .noResult(let why): return why
        }
    }
}
