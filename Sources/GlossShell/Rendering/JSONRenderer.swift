import GlossCore

/// Renders a cell's result as one JSON document (`set format json`): the same values the text
/// renderer shows, with refs and code-point offsets instead of layout.
struct JSONRenderer {
    let article: Article

    func render(_ execution: Session.Execution) -> String {
        var text = JSONWriter.write(document(execution))
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// The document as a value (the kernel sends it as application/json).
    func document(_ execution: Session.Execution) -> JSONValue {
        var members: [(String, JSONValue)] = [("cell", .int(execution.cell.number)), ("input", .string(execution.cell.input))]
        if let error = execution.error {
            members.append(("error", .string(error.description)))
        } else {
            members.append(("result", value(execution.output)))
            if let ids = execution.cell.sentences {
                members.append(("sentences", .array(ids.map { .string(article.sentences[$0].ref.description) })))
            }
        }
        return .object(members)
    }

    private func value(_ output: Output) -> JSONValue {
        switch output {
        case .none: return .null
        case .lines(let lines): return .object([("lines", .array(lines.map(JSONValue.string)))])
        case .prose(let text): return .object([("text", .string(text))])
        case .fields(let fields):
            // An object by name; when names repeat (a claim's unnamed note lines), name–value pairs in order.
            if Set(fields.map(\.name)).count == fields.count { return .object(fields.map { ($0.name, .string($0.value)) }) }
            return .array(fields.map { .object([("name", .string($0.name)), ("value", .string($0.value))]) })
        case .sentences(let listing):
            var members: [(String, JSONValue)] = []
            if let header = listing.header { members.append(("header", .string(header))) }
            members.append(("sentences", .array(listing.items.map { item in
                let s = article.sentences[item.sentence]
                var fields: [(String, JSONValue)] = [
                    ("ref", .string(s.ref.description)), ("text", .string(article.text(of: s))),
                    ("start", .int(s.start)), ("end", .int(s.end)),
                ]
                if !item.highlights.isEmpty {
                    fields.append(("highlights", .array(item.highlights.map { .array([.int($0.lowerBound), .int($0.upperBound)]) })))
                }
                return .object(fields)
            })))
            if let footer = listing.footer { members.append(("footer", .string(footer))) }
            return .object(members)
        case .quotation(let q):
            return .object([("passages", .array(q.passages.map(JSONValue.string))), ("citation", .string(q.citation))])
        case .table(let t):
            var members: [(String, JSONValue)] = [("rows", .array(t.rows.map { row in
                .object(t.headers.enumerated().map { k, header in (header, .string(k < row.count ? row[k] : "")) })
            }))]
            if let footer = t.footer { members.append(("footer", .string(footer))) }
            return .object(members)
        case .concordance(let c):
            return .object([
                ("matches", .array(c.lines.map { line in
                    let s = article.sentences[line.sentence]
                    return .object([
                        ("ref", .string(s.ref.description)), ("start", .int(line.start)), ("end", .int(line.end)),
                        ("match", .string(article.text(from: line.start, to: line.end))),
                        ("left", .string(article.text(from: s.start, to: line.start))),
                        ("right", .string(article.text(from: line.end, to: s.end))),
                    ])
                })),
                ("footer", .string(c.footer)),
            ])
        case .section(let title, let body): return .object([("title", .string(title)), ("body", value(body))])
        case .stack(let parts): return .array(parts.map(value))
        }
    }
}
