import GlossCore

/// Turns an `Output` into lines of text for a given width, with or without colour.
/// Article text is always sanitised: no raw control characters reach the output.
public struct Renderer {
    public let width: Int
    public let style: Style
    public let article: Article
    /// How tables (and name–value fields) are shown: aligned text, CSV or Markdown.
    public let tables: Settings.Format

    public init(width: Int, color: Bool, article: Article, tables: Settings.Format = .text) {
        self.width = max(width, 30)
        self.style = Style(enabled: color)
        self.article = article
        self.tables = tables
    }

    /// The output as one string of lines joined by "\n", without a final newline ("" for no output).
    public func render(_ output: Output) -> String {
        lines(output).joined(separator: "\n")
    }

    public func lines(_ output: Output) -> [String] {
        switch output {
        case .none: return []
        case .lines(let lines): return lines.map(TextLayout.sanitize)
        case .prose(let text):
            return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line in
                line.isEmpty ? [""] : TextLayout.wrap(TextLayout.sanitize(String(line)), width: width)
            }
        case .fields(let fields) where tables == .csv || tables == .markdown:
            return lines(.table(Table(headers: ["field", "value"], rows: fields.map { [$0.name, $0.value] })))
        case .fields(let fields):
            let nameWidth = fields.map { TextLayout.width(of: $0.name) }.max() ?? 0
            return fields.flatMap { field -> [String] in
                let wrapped = TextLayout.wrap(TextLayout.sanitize(field.value), width: width - nameWidth - 2)
                return (wrapped.isEmpty ? [""] : wrapped).enumerated().map { k, line in
                    var s = (k == 0 ? TextLayout.pad(field.name, to: nameWidth) : String(repeating: " ", count: nameWidth)) + "  " + line
                    while s.hasSuffix(" ") { s.removeLast() }
                    return s
                }
            }
        case .sentences(let listing): return sentenceLines(listing)
        case .quotation(let q): return quotationLines(q)
        case .table(let t):
            switch tables {
            case .csv: return t.csvLines().map(TextLayout.sanitize)
            case .markdown: return t.markdownLines().map(TextLayout.sanitize)
            case .text, .json: return tableLines(t)
            }
        case .concordance(let c): return concordanceLines(c)
        case .section(let title, let body):
            let inner = Renderer(width: width - 2, color: style.enabled, article: article, tables: tables)
            return [TextLayout.sanitize(title)] + inner.lines(body).map { $0.isEmpty ? "" : "  " + $0 }
        case .stack(let parts):
            var out = [String]()
            for part in parts {
                let l = lines(part)
                if l.isEmpty { continue }
                if !out.isEmpty { out.append("") }
                out.append(contentsOf: l)
            }
            return out
        }
    }

    // MARK: sentences

    private func sentenceLines(_ listing: SentenceListing) -> [String] {
        // Each ref is written once and reused for the width and the line.
        let refs = listing.items.map { article.sentences[$0.sentence].ref.description }
        let refWidth = refs.map(\.count).max() ?? 3
        let margin = refWidth + 2
        let blankPrefix = String(repeating: " ", count: refWidth) + "  "
        // One buffer for every line: ref column, then the styled text.
        var line = [Unicode.Scalar]()
        var out = listing.header.map { [TextLayout.sanitize($0)] } ?? []
        var lastParagraph: Int?
        var lastID: Int?
        for (n, item) in listing.items.enumerated() {
            let s = article.sentences[item.sentence]
            // A blank line between paragraphs and where sentences are not consecutive.
            if let lp = lastParagraph, let li = lastID, lp != s.ref.paragraph || li + 1 != s.id { out.append("") }
            lastParagraph = s.ref.paragraph
            lastID = s.id
            let highlights = Self.merged(item.highlights)
            let firstPrefix = style.ref(TextLayout.pad(refs[n], to: refWidth, right: true)) + "  "
            article.scalars.withUnsafeBufferPointer { all in
                // The sentence in place: no copy of its code points.
                let scalars = UnsafeBufferPointer(rebasing: all[s.start..<s.end])
                for (k, r) in TextLayout.wrap(scalars, width: width - margin).enumerated() {
                    line.removeAll(keepingCapacity: true)
                    line.append(contentsOf: (k == 0 ? firstPrefix : blankPrefix).unicodeScalars)
                    styled(scalars, r, offset: s.start, highlights: highlights, into: &line)
                    out.append(Article.string(line[...]))
                }
            }
        }
        if let footer = listing.footer {
            if !out.isEmpty { out.append("") }
            out.append(style.dim(TextLayout.sanitize(footer)))
        }
        return out
    }

    /// Highlight ranges sorted, without empty ones, overlapping or touching ones joined: the same
    /// code points, in a form a line can be walked against segment by segment.
    static func merged(_ highlights: [Range<Int>]) -> [Range<Int>] {
        var out = [Range<Int>]()
        out.reserveCapacity(highlights.count)
        for h in highlights.sorted(by: { $0.lowerBound < $1.lowerBound }) where !h.isEmpty {
            if let last = out.last, h.lowerBound <= last.upperBound {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, h.upperBound)
            } else {
                out.append(h)
            }
        }
        return out
    }

    /// One wrapped line of a sentence, escaped, with highlights where they overlap it, appended to `out`.
    /// `highlights` come from `merged`, so the line is walked in segments that are wholly inside
    /// or wholly outside one, rather than testing every code point against every highlight.
    private func styled(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ r: Range<Int>, offset: Int, highlights: [Range<Int>],
                        into out: inout [Unicode.Scalar]) {
        var on = false
        var k = 0  // the first highlight not wholly before the current position
        var i = r.lowerBound
        while i < r.upperBound {
            let absolute = offset + i
            while k < highlights.count, highlights[k].upperBound <= absolute { k += 1 }
            let inside = k < highlights.count && highlights[k].lowerBound <= absolute
            if inside != on {
                out.append(contentsOf: (inside ? style.highlightOn : style.highlightOff).unicodeScalars)
                on = inside
            }
            // The segment runs to where this highlight ends, or to where the next one starts.
            let boundary = k < highlights.count ? (inside ? highlights[k].upperBound : highlights[k].lowerBound) - offset : r.upperBound
            let next = min(r.upperBound, boundary)
            for j in i..<next {
                let c = scalars[j]
                if TextLayout.isUnsafe(c) { out.append(contentsOf: TextLayout.escaped(c).unicodeScalars) } else { out.append(c) }
            }
            i = next
        }
        if on { out.append(contentsOf: style.highlightOff.unicodeScalars) }
    }

    // MARK: quotation

    private func quotationLines(_ q: Quotation) -> [String] {
        var out = q.passages.map(TextLayout.sanitize)
        out.append(style.dim("  — " + TextLayout.sanitize(q.citation)))
        return out
    }

    // MARK: table

    private func tableLines(_ t: Table) -> [String] {
        let columns = t.headers.count
        let rows = t.rows.map { row in (0..<columns).map { $0 < row.count ? TextLayout.sanitize(row[$0]) : "" } }
        var widths = (0..<columns).map { c in max(TextLayout.width(of: t.headers[c]), rows.map { TextLayout.width(of: $0[c]) }.max() ?? 0) }
        let gaps = 2 * (columns - 1)
        // Too wide: the last column wraps onto more lines (down to 16 columns), then the widest
        // other columns narrow and wrap too: long names wrap under themselves, never cut.
        // A clipped last column keeps half the width, so that the columns before it wrap first.
        let last = columns - 1
        if widths.reduce(0, +) + gaps > width, !t.numeric.contains(last) {
            let others = widths.dropLast().reduce(0, +) + gaps
            let floor = t.clipped.contains(last) ? width / 2 : 16
            widths[last] = max(min(floor, widths[last]), width - others)
        }
        // Wrapping needs 8 columns at least (TextLayout.wrap's narrowest); numbers are never narrowed.
        while widths.reduce(0, +) + gaps > width,
              let widest = widths.indices.filter({ !t.numeric.contains($0) && !(t.clipped.contains($0) && $0 == last) }).max(by: { widths[$0] < widths[$1] }), widths[widest] > 8 {
            widths[widest] -= 1
        }
        func lines(_ cells: [String]) -> [String] {
            let wrapped = (0..<columns).map { c -> [String] in
                if t.numeric.contains(c) || t.clipped.contains(c) { return [TextLayout.truncate(cells[c], to: widths[c])] }
                let w = TextLayout.wrap(cells[c], width: widths[c])
                return w.isEmpty ? [""] : w
            }
            let height = wrapped.map(\.count).max() ?? 1
            return (0..<height).map { k in
                var parts = [String]()
                for c in 0..<columns {
                    let cell = k < wrapped[c].count ? wrapped[c][k] : ""
                    parts.append(c == last && !t.numeric.contains(c) ? cell : TextLayout.pad(cell, to: widths[c], right: t.numeric.contains(c)))
                }
                var s = parts.joined(separator: "  ")
                while s.hasSuffix(" ") { s.removeLast() }
                return s
            }
        }
        var out = lines(t.headers).map(style.heading)
        out.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        for row in rows { out.append(contentsOf: lines(row)) }
        if let footer = t.footer {
            out.append("")
            out.append(style.dim(TextLayout.sanitize(footer)))
        }
        return out
    }

    // MARK: concordance

    private func concordanceLines(_ c: Concordance) -> [String] {
        let refWidth = c.lines.map { article.sentences[$0.sentence].ref.description.count }.max() ?? 3
        let available = width - refWidth - 2
        var out = [String]()
        out.reserveCapacity(c.lines.count + 2)
        let scalars = article.scalars
        var buffer = [Unicode.Scalar]()
        for line in c.lines {
            let sentence = article.sentences[line.sentence]
            // The match, cut to half the line at most; then as much context on each side as fits,
            // taken straight from the article's scalars (the sentence bounds the context).
            let matchMax = max(10, available / 2)
            var match = [Unicode.Scalar]()
            var matchWidth = 0
            var k = line.start
            while k < line.end {
                let w = Self.columns(scalars[k])
                if matchWidth + w > matchMax - (k + 1 < line.end ? 1 : 0) { match.append("…"); matchWidth += 1; break }
                Self.appendVisible(scalars[k], to: &match)
                matchWidth += w
                k += 1
            }
            let side = max(4, (available - matchWidth) / 2)
            // Left context, right-aligned in `side` columns.
            var left = [Unicode.Scalar]()
            var leftWidth = 0
            var p = line.start
            while p > sentence.start {
                let w = Self.columns(scalars[p - 1])
                if leftWidth + w > side - (p - 1 > sentence.start ? 1 : 0) { left.append("…"); leftWidth += 1; break }
                let c = scalars[p - 1]
                if c.value >= 0x20 && c.value < 0x7F {
                    left.append(c)
                } else {
                    var piece = [Unicode.Scalar]()
                    Self.appendVisible(c, to: &piece)
                    left.append(contentsOf: piece.reversed())
                }
                leftWidth += w
                p -= 1
            }
            let rightRoom = available - side - matchWidth
            var right = [Unicode.Scalar]()
            var rightWidth = 0
            var q = line.end
            while q < sentence.end {
                let w = Self.columns(scalars[q])
                if rightWidth + w > rightRoom - (q + 1 < sentence.end ? 1 : 0) { right.append("…"); break }
                Self.appendVisible(scalars[q], to: &right)
                rightWidth += w
                q += 1
            }
            buffer.removeAll(keepingCapacity: true)
            let ref = sentence.ref.description
            let refText = String(repeating: " ", count: max(0, refWidth - ref.count)) + ref
            buffer.append(contentsOf: style.ref(refText).unicodeScalars)
            buffer.append(" ")
            buffer.append(" ")
            for _ in 0..<max(0, side - leftWidth) { buffer.append(" ") }
            buffer.append(contentsOf: left.reversed())
            buffer.append(contentsOf: style.highlightOn.unicodeScalars)
            buffer.append(contentsOf: match)
            buffer.append(contentsOf: style.highlightOff.unicodeScalars)
            buffer.append(contentsOf: right)
            while buffer.last == " " { buffer.removeLast() }
            out.append(Article.string(buffer[...]))
        }
        if !out.isEmpty { out.append("") }
        out.append(style.dim(TextLayout.sanitize(c.footer)))
        return out
    }

    /// Terminal columns of a scalar as rendered: escaped controls take their escape's width.
    @inline(__always) static func columns(_ c: Unicode.Scalar) -> Int {
        if c.value >= 0x20 && c.value < 0x7F { return 1 }
        return TextLayout.isUnsafe(c) ? TextLayout.escaped(c).unicodeScalars.count : TextLayout.width(of: c)
    }

    /// Appends a scalar, or its visible escape when it must not reach a terminal raw (tabs become a space).
    @inline(__always) static func appendVisible(_ c: Unicode.Scalar, to out: inout [Unicode.Scalar]) {
        if c.value >= 0x20 && c.value < 0x7F { out.append(c); return }
        if c == "\t" { out.append(" "); return }
        if TextLayout.isUnsafe(c) { out.append(contentsOf: TextLayout.escaped(c).unicodeScalars) } else { out.append(c) }
    }
}
