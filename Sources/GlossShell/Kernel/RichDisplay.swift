import GlossCore

/// The text/html form of a result, where HTML shows more than the plain text: tables as tables, sentences
/// with their refs and highlighted spans, and keyword-in-context lines as whole sentences with the match marked. Built from HTMLNode, so article text is always escaped.
enum RichDisplay {
    /// The HTML of an output, or nil when plain text says it as well.
    static func html(_ output: Output, article: Article) -> String? {
        switch output {
        case .table(let t): return table(t).render()
        case .sentences(let listing): return sentences(listing, article: article).render()
        case .concordance(let c): return concordance(c, article: article).render()
        default: return nil
        }
    }

    private static func table(_ table: Table) -> HTMLNode {
        let head = HTMLNode.element(.thead, [], [.element(.tr, [], table.headers.map { .element(.th, [], [.text($0)]) })])
        let body = HTMLNode.element(.tbody, [], table.rows.map { row in .element(.tr, [], row.map { .element(.td, [], [.text($0)]) }) })
        var nodes = [HTMLNode.element(.table, [], [head, body])]
        if let footer = table.footer { nodes.append(.element(.p, [], [.text(footer)])) }
        return .element(.div, [], nodes)
    }

    private static func concordance(_ concordance: Concordance, article: Article) -> HTMLNode {
        let rows = concordance.lines.map { line -> HTMLNode in
            let s = article.sentences[line.sentence]
            let start = max(line.start, s.start), end = min(max(line.end, start), s.end)
            return .element(.tr, [], [
                .element(.td, [], [.element(.b, [], [.text(s.ref.description)])]),
                .element(.td, [], [.text(article.text(from: s.start, to: start)),
                                   .element(.mark, [], [.text(article.text(from: start, to: end))]),
                                   .text(article.text(from: end, to: s.end))]),
            ])
        }
        return .element(.div, [], [.element(.table, [], [.element(.tbody, [], rows)]), .element(.p, [], [.text(concordance.footer)])])
    }

    private static func sentences(_ listing: SentenceListing, article: Article) -> HTMLNode {
        var nodes = [HTMLNode]()
        if let header = listing.header { nodes.append(.element(.p, [], [.text(header)])) }
        for item in listing.items {
            let s = article.sentences[item.sentence]
            var parts: [HTMLNode] = [.element(.b, [], [.text(s.ref.description)]), .text(" ")]
            var at = s.start
            for range in item.highlights.sorted(by: { $0.lowerBound < $1.lowerBound }) where range.lowerBound >= at && range.upperBound <= s.end {
                parts.append(.text(article.text(from: at, to: range.lowerBound)))
                parts.append(.element(.mark, [], [.text(article.text(from: range.lowerBound, to: range.upperBound))]))
                at = range.upperBound
            }
            parts.append(.text(article.text(from: at, to: s.end)))
            nodes.append(.element(.p, [], parts))
        }
        if let footer = listing.footer { nodes.append(.element(.p, [], [.text(footer)])) }
        return .element(.div, [], nodes)
    }
}
