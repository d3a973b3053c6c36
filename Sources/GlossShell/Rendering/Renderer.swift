import GlossCore

/// Turns an `Output` into lines of text for a given width, with or without colour.
/// Article text is always sanitised: no raw control characters reach the output.
public struct Renderer {
    public let width: Int
    public let style: Style
    public let article: Article

    public init(width: Int, color: Bool, article: Article) {
        self.width = max(width, 30)
        self.style = Style(enabled: color)
        self.article = article
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
        case .table(let t): return tableLines(t)
        case .concordance(let c): return concordanceLines(c)
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
        let refWidth = listing.items.map { article.sentences[$0.sentence].ref.description.count }.max() ?? 3
        let margin = refWidth + 2
        var out = listing.header.map { [TextLayout.sanitize($0)] } ?? []
        var lastParagraph: Int?
        var lastID: Int?
        for item in listing.items {
            let s = article.sentences[item.sentence]
            // A blank line between paragraphs and where sentences are not consecutive.
            if let lp = lastParagraph, let li = lastID, lp != s.ref.paragraph || li + 1 != s.id { out.append("") }
            lastParagraph = s.ref.paragraph
            lastID = s.id
            let scalars = Array(article.scalars[s.start..<s.end])
            let ranges = TextLayout.wrap(scalars, width: width - margin)
            for (k, r) in ranges.enumerated() {
                let refText = k == 0 ? TextLayout.pad(s.ref.description, to: refWidth, right: true) : String(repeating: " ", count: refWidth)
                let body = styled(scalars, r, offset: s.start, highlights: item.highlights)
                out.append((k == 0 ? style.ref(refText) : refText) + "  " + body)
            }
        }
        if let footer = listing.footer {
            if !out.isEmpty { out.append("") }
            out.append(style.dim(TextLayout.sanitize(footer)))
        }
        return out
    }

    /// One wrapped line of a sentence, escaped, with highlights where they overlap it.
    private func styled(_ scalars: [Unicode.Scalar], _ r: Range<Int>, offset: Int, highlights: [Range<Int>]) -> String {
        var out = [Unicode.Scalar]()
        var on = false
        for i in r {
            let absolute = offset + i
            let inside = highlights.contains { $0.contains(absolute) }
            if inside != on {
                out.append(contentsOf: (inside ? style.highlightOn : style.highlightOff).unicodeScalars)
                on = inside
            }
            let c = scalars[i]
            if TextLayout.isUnsafe(c) { out.append(contentsOf: TextLayout.escaped(c).unicodeScalars) } else { out.append(c) }
        }
        if on { out.append(contentsOf: style.highlightOff.unicodeScalars) }
        return Article.string(out[...])
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
        // other columns are cut with "…".
        let last = columns - 1
        if widths.reduce(0, +) + gaps > width, !t.numeric.contains(last) {
            let others = widths.dropLast().reduce(0, +) + gaps
            widths[last] = max(min(16, widths[last]), width - others)
        }
        while widths.reduce(0, +) + gaps > width, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 6 {
            widths[widest] -= 1
        }
        func lines(_ cells: [String]) -> [String] {
            let wrapped = t.numeric.contains(last) ? [cells[last]] : TextLayout.wrap(cells[last], width: widths[last])
            var out = [String]()
            for (k, tail) in (wrapped.isEmpty ? [""] : wrapped).enumerated() {
                var parts = [String]()
                for c in 0..<last {
                    let cell = k == 0 ? TextLayout.truncate(cells[c], to: widths[c]) : ""
                    parts.append(TextLayout.pad(cell, to: widths[c], right: t.numeric.contains(c)))
                }
                parts.append(t.numeric.contains(last) ? TextLayout.pad(TextLayout.truncate(tail, to: widths[last]), to: widths[last], right: true) : tail)
                var s = parts.joined(separator: "  ")
                while s.hasSuffix(" ") { s.removeLast() }
                out.append(s)
            }
            return out
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
        let refWidth = c.lines.map { $0.ref.description.count }.max() ?? 3
        let available = width - refWidth - 2
        var out = [String]()
        for l in c.lines {
            let match = TextLayout.truncate(TextLayout.sanitize(l.match), to: max(10, available / 2))
            let side = max(4, (available - TextLayout.width(of: match)) / 2)
            let left = TextLayout.pad(TextLayout.truncateLeft(TextLayout.sanitize(l.left), to: side), to: side, right: true)
            let right = TextLayout.truncate(TextLayout.sanitize(l.right), to: available - side - TextLayout.width(of: match))
            var line = style.ref(TextLayout.pad(l.ref.description, to: refWidth, right: true)) + "  " + left + style.match(match) + right
            while line.hasSuffix(" ") { line.removeLast() }
            out.append(line)
        }
        if !out.isEmpty { out.append("") }
        out.append(style.dim(TextLayout.sanitize(c.footer)))
        return out
    }
}
