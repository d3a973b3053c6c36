/// Finds the spans between quotation marks in one paragraph: double quotes (straight, curly, guillemets)
/// and, outside them, single quotes. Quotes nested inside a double quote stay part of it.
///
/// Marks are paired by their shape and their neighbours: a straight `"` opens after a space and closes
/// before one; a closing mark with no quote open that is followed by another closing mark before any
/// opening one is a mistyped opening mark (`Russia” as soft as possible”`); a double quote still open
/// at the end of the paragraph runs to it, as quotes running over paragraphs do in news copy.
enum QuotationFinder {
    /// One quoted span: the marks' offsets (`close` nil when it runs to the paragraph's end) and the
    /// text inside, without the marks and the spaces next to them.
    struct Span: Equatable {
        let open: Int
        let close: Int?
        let inner: Range<Int>
    }

    private enum Role { case open, close, either }

    static func spans(in s: [Unicode.Scalar], range: Range<Int>) -> [Span] {
        var marks = [(at: Int, role: Role)]()
        for i in range {
            switch s[i] {
            case "\u{201C}", "\u{201E}", "\u{00AB}": marks.append((i, .open))
            case "\u{201D}", "\u{00BB}": marks.append((i, .close))
            case "\"":
                let before = i > range.lowerBound ? s[i - 1] : " "
                let after = i + 1 < range.upperBound ? s[i + 1] : " "
                if isOpeningContext(before) && !CharacterClass.isSpace(after) { marks.append((i, .open)) }
                else if !CharacterClass.isSpace(before) && isClosingContext(after) { marks.append((i, .close)) }
                else { marks.append((i, .either)) }
            default: continue
            }
        }
        var spans = [Span]()
        var open: Int?
        // A straight mark that looks like an opening one while a quote is open, with no mark after it in
        // the paragraph, closes that quote (`… this season. "Seles, slow …`): otherwise it would open a
        // quote running over the rest of the text.
        let lastStraight = marks.lastIndex { s[$0.at] == "\"" }
        for (k, m) in marks.enumerated() {
            var role: Role = m.role == .either ? (open == nil ? .open : .close) : m.role
            if role == .open, open != nil, s[m.at] == "\"", k == lastStraight, k == marks.count - 1 { role = .close }
            switch role {
            case .open:
                // A quote still open when the next opens ends there, as a quote running over paragraphs does
                // (the next paragraph reopens it; in copy flattened to one line, the paragraphs are gone).
                if let o = open { spans.append(span(open: o, close: nil, end: m.at, in: s)) }
                open = m.at
            case .close:
                if let o = open {
                    spans.append(span(open: o, close: m.at, in: s))
                    open = nil
                } else if k + 1 < marks.count, marks[k + 1].role != .open {
                    // A closing mark where a quote should open, and the next mark closes: a mistyped opening mark.
                    open = m.at
                }
            case .either: break
            }
        }
        if let o = open { spans.append(span(open: o, close: nil, end: range.upperBound, in: s)) }
        return (spans + singleQuotes(in: s, range: range, outside: spans)).filter { !$0.inner.isEmpty }.sorted { $0.open < $1.open }
    }

    /// Single-quoted spans outside the double-quoted ones. Apostrophes inside words never count; a
    /// closing candidate after a plural "s" ("ministers’ decision") closes only when no later one does.
    private static func singleQuotes(in s: [Unicode.Scalar], range: Range<Int>, outside doubles: [Span]) -> [Span] {
        // Candidates come in ascending order and the double quotes are sorted: one pointer walks them.
        var d = 0
        func inDouble(_ i: Int) -> Bool {
            while d < doubles.count, (doubles[d].close ?? range.upperBound) < i { d += 1 }
            return d < doubles.count && doubles[d].open <= i
        }
        var opens = [Int](), closes = [Int]()
        for i in range where (s[i] == "\u{2018}" || s[i] == "\u{2019}" || s[i] == "'") && !inDouble(i) {
            let before = i > range.lowerBound ? s[i - 1] : " "
            let after = i + 1 < range.upperBound ? s[i + 1] : " "
            if s[i] != "\u{2019}", isOpeningContext(before), CharacterClass.isWordScalar(after) { opens.append(i) }
            else if s[i] != "\u{2018}", !CharacterClass.isSpace(before), !CharacterClass.isWordScalar(after) { closes.append(i) }
        }
        var spans = [Span]()
        var lastEnd = range.lowerBound - 1
        func weak(_ c: Int) -> Bool { s[c - 1] == "s" && (c + 1 >= range.upperBound || CharacterClass.isSpace(s[c + 1])) }
        var c = 0
        for o in opens where o > lastEnd {
            while c < closes.count, closes[c] <= o { c += 1 }
            var e = c
            while e < closes.count, closes[e] - o < 600 { e += 1 }
            let candidates = closes[c..<e]
            guard let close = candidates.first(where: { !weak($0) }) ?? candidates.first else { continue }
            spans.append(span(open: o, close: close, in: s))
            lastEnd = close
        }
        return spans
    }

    private static func span(open: Int, close: Int?, end: Int? = nil, in s: [Unicode.Scalar]) -> Span {
        var a = open + 1, b = close ?? end ?? (open + 1)
        while a < b, CharacterClass.isSpace(s[a]) { a += 1 }
        while b > a, CharacterClass.isSpace(s[b - 1]) || s[b - 1] == "," { b -= 1 }
        return Span(open: open, close: close, inner: a..<b)
    }

    private static func isOpeningContext(_ c: Unicode.Scalar) -> Bool { CharacterClass.isSpace(c) || "([{—–-/:".unicodeScalars.contains(c) }
    private static func isClosingContext(_ c: Unicode.Scalar) -> Bool { CharacterClass.isSpace(c) || ",.;:!?)]}—–-".unicodeScalars.contains(c) }
}
