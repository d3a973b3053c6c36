import GlossCore

/// `export annotations`: the tags as a W3C Web Annotation collection (JSON-LD), one Annotation per tag
/// with a TextQuoteSelector and a TextPositionSelector on the article, then one per attribution (motivation describing).
struct AnnotationExporter: Exporter {
    let format = "annotations"
    let summary = "the tags and who said what as a W3C Web Annotation collection (JSON-LD); orphaned tags are left out"

    func defaultFileName(for workspace: Workspace) -> String { "gloss-annotations.jsonld" }

    func export(_ workspace: Workspace) -> String {
        let a = workspace.article
        // Orphaned tags no longer point into this text, so their selectors would be false: leave them out.
        let items = workspace.tags.filter { !$0.orphaned }.map { t -> JSONValue in
            var body: [JSONValue] = [.object([("type", .string("TextualBody")), ("purpose", .string("tagging")), ("value", .string(t.label))])]
            if let note = t.note {
                body.append(.object([("type", .string("TextualBody")), ("purpose", .string("commenting")), ("value", .string(note))]))
            }
            return .object([
                ("id", .string("urn:gloss:\(a.sha256):tag:\(t.id)")),
                ("type", .string("Annotation")),
                ("motivation", .string("tagging")),
                ("body", .array(body)),
                ("target", .object([
                    ("source", .string(a.source)),
                    ("selector", .array([
                        .object([("type", .string("TextQuoteSelector")), ("exact", .string(t.anchor.exact)),
                                 ("prefix", .string(t.anchor.prefix)), ("suffix", .string(t.anchor.suffix))]),
                        .object([("type", .string("TextPositionSelector")), ("start", .int(t.anchor.start)), ("end", .int(t.anchor.end))]),
                    ])),
                ])),
            ])
        }
        // Who said what: the content selected, the speaker and cue as the body, motivation describing.
        let said = workspace.attributions.attributions.enumerated().map { k, s -> JSONValue in
            let exact = a.text(from: s.start, to: s.end)
            let speaker = s.speaker ?? (s.speakerText.isEmpty ? "unnamed" : s.speakerText)
            return .object([
                ("id", .string("urn:gloss:\(a.sha256):attribution:\(k + 1)")),
                ("type", .string("Annotation")),
                ("motivation", .string("describing")),
                ("body", .array([
                    .object([("type", .string("TextualBody")), ("purpose", .string("describing")),
                             ("value", .string("\(s.kind.rawValue) attribution to \(speaker)" + (s.cue.isEmpty ? "" : " (\(s.cue))")))]),
                    .object([("type", .string("TextualBody")), ("purpose", .string("tagging")), ("value", .string("attribution:\(s.kind.rawValue)"))]),
                ])),
                ("target", .object([
                    ("source", .string(a.source)),
                    ("selector", .array([
                        .object([("type", .string("TextQuoteSelector")), ("exact", .string(exact)),
                                 ("prefix", .string(a.text(from: max(0, s.start - 32), to: s.start))),
                                 ("suffix", .string(a.text(from: s.end, to: s.end + 32)))]),
                        .object([("type", .string("TextPositionSelector")), ("start", .int(s.start)), ("end", .int(s.end))]),
                    ])),
                ])),
            ])
        }
        return JSONWriter.write(.object([
            ("@context", .string("http://www.w3.org/ns/anno.jsonld")),
            ("id", .string("urn:gloss:\(a.sha256):tags")),
            ("type", .string("AnnotationCollection")),
            ("label", .string("Gloss tags on \(a.source)")),
            ("total", .int(items.count + said.count)),
            ("first", .object([
                ("type", .string("AnnotationPage")),
                ("startIndex", .int(0)),
                ("items", .array(items + said)),
            ])),
        ]))
    }
}
