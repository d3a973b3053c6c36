import GlossCore

/// `tag REF LABEL`, `tag REF "exact span" LABEL`, `… | tag LABEL`: tag whole sentences or a span in one.
struct TagCommand: Command {
    let spec = CommandSpec(
        "tag",
        summary: "tag sentences, or an exact span in a sentence, with a label and an optional note",
        arguments: [.init("REF", .refs), .init("\"exact span\"", optional: true, whenPiped: false), .init("LABEL", .labels)],
        options: [.valued("--note", "TEXT", "a note kept with the tag")],
        examples: [
            "tag 9.2 claim:prediction --note \"check the wording of the notice\"",
            "tag 5.1 \"May 9th\" claim:quantity",
            "tag 9.1-9.2 attribution",
            "tag $3 putin",
            "find missile | tag weapons",
            "suggest 5 | tag claim",
        ],
        acceptsPipedSentences: true,
        details: """
            LABEL is one word of up to 64 characters. claim marks a claim; claim:TYPE gives its type, one of \
            quantity, prediction, causation, rule, personal, attribution, other (Full Fact's typology plus \
            attribution). With a span, the tag covers exactly that text, which must occur once in the sentences \
            REF selects, with the article's own characters (curly quotes and apostrophes included); when it \
            occurs more than once the tag is refused and the candidates are listed. Each tag gets an id (#1, #2…) \
            that is never reused. A tag remembers its quote with 32 characters of context on each side and its \
            offsets, so when another version of the article is loaded it re-anchors by its quote, or is \
            reported as orphaned. Tagging the same text with the same label twice is skipped.
            """)

    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult {
        let args = try arguments(call)
        let words = args.positional
        let reference: String?, span: String?, label: String
        switch (call.piped != nil, words.count) {
        case (true, 1): (reference, span, label) = (nil, nil, words[0])
        case (true, _): throw usageError("with a pipe, give only the LABEL")
        case (false, 2): (reference, span, label) = (words[0], nil, words[1])
        case (false, 3): (reference, span, label) = (words[0], words[1], words[2])
        case (false, _): throw usageError(words.count < 2 ? "needs a reference and a label" : "too many words; quote a span with spaces in it")
        }
        if let problem = Tag.labelProblem(label) { throw .usage(command: name, message: problem.description) }
        let note = args.value("--note")
        if let note, note.isEmpty { throw usageError("--note needs some text") }
        let ids = try sentences(reference: reference, call: call, in: workspace)
        guard !ids.isEmpty else { throw .notFound("tag: nothing to tag (the reference selects no sentences)") }
        let article = workspace.article
        let ranges: [Range<Int>]
        if let span {
            ranges = [try locate(span, in: ids, article: article)]
        } else {
            ranges = ids.map { article.sentences[$0].start..<article.sentences[$0].end }
        }
        var nextID = workspace.nextTagID
        var added = [Tag]()
        var skipped = 0
        for r in ranges {
            let duplicate = workspace.tags.contains { !$0.orphaned && $0.label == label && $0.anchor.start == r.lowerBound && $0.anchor.end == r.upperBound }
            if duplicate { skipped += 1; continue }
            added.append(Tag(id: nextID, label: label, note: note, anchor: TextAnchor(article: article, start: r.lowerBound, end: r.upperBound)))
            nextID += 1
        }
        let tagged = ids.filter { id in ranges.contains { article.sentences[id].start <= $0.lowerBound && $0.lowerBound < article.sentences[id].end } }
        let highlights = span == nil ? [] : ranges
        var footer = added.isEmpty ? "nothing new to tag" : "tagged \(TagFormatting.idRange(added.map(\.id))) \(label)"
            + (ranges.count > 1 ? " on \(RefFormatting.count(added.count, "sentence"))" : "")
        if skipped > 0 { footer += " (\(skipped) already tagged \(label), skipped)" }
        let listing = SentenceListing(items: tagged.map { .init(sentence: $0, highlights: highlights) }, footer: footer)
        return CommandResult(.sentences(listing), sentences: tagged, effect: added.isEmpty ? nil : .tag(added))
    }

    /// The one occurrence of `span` inside the selected sentences; refused when absent or ambiguous.
    private func locate(_ span: String, in ids: [Int], article: Article) throws(ShellError) -> Range<Int> {
        let needle = Array(span.unicodeScalars)
        guard !needle.isEmpty else { throw usageError("the span is empty") }
        var found = [Range<Int>]()
        for id in ids {
            let s = article.sentences[id]
            guard s.end - s.start >= needle.count else { continue }
            for i in s.start...(s.end - needle.count) where article.scalars[i..<(i + needle.count)].elementsEqual(needle) {
                found.append(i..<(i + needle.count))
            }
        }
        let place = ids.count == 1 ? "sentence \(article.sentences[ids[0]].ref)" : "sentences \(RefFormatting.compact(ids, in: article))"
        if found.isEmpty {
            var message = "tag: \"\(TextLayout.sanitize(span))\" does not occur exactly in \(place)"
            if let near = looseMatch(needle, in: ids, article: article) {
                message += "; did you mean \"\(TextLayout.sanitize(near))\"? (spans match character for character)"
            }
            throw .notFound(message)
        }
        guard found.count == 1 else {
            let candidates = found.map { r -> String in
                let ref = article.sentence(containing: r.lowerBound)!.ref
                let left = article.text(from: max(0, r.lowerBound - 20), to: r.lowerBound)
                let right = article.text(from: r.upperBound, to: r.upperBound + 20)
                return "\(ref) at \(r.lowerBound): …\(left)[\(article.text(from: r.lowerBound, to: r.upperBound))]\(right)…"
            }
            throw .usage(command: name, message: "\"\(TextLayout.sanitize(span))\" is ambiguous: it occurs \(found.count) times in \(place); "
                + "give a longer span or a narrower REF. Candidates: " + candidates.map(TextLayout.sanitize).joined(separator: "; "))
        }
        return found[0]
    }

    /// The article's text for a span that matches only when case, quotes and apostrophes are ignored, for a hint.
    private func looseMatch(_ needle: [Unicode.Scalar], in ids: [Int], article: Article) -> String? {
        func loose(_ c: Unicode.Scalar) -> Unicode.Scalar {
            switch c {
            case "\u{2018}", "\u{2019}": return "'"
            case "\u{201C}", "\u{201D}": return "\""
            default: return c.properties.lowercaseMapping.unicodeScalars.count == 1 ? c.properties.lowercaseMapping.unicodeScalars.first! : c
            }
        }
        let target = needle.map(loose)
        for id in ids {
            let s = article.sentences[id]
            guard s.end - s.start >= target.count else { continue }
            for i in s.start...(s.end - target.count) where article.scalars[i..<(i + target.count)].map(loose) == target {
                return article.text(from: i, to: i + target.count)
            }
        }
        return nil
    }
}
