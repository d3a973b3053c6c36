import GlossCore

/// `export json`: the workspace as DESIGN.md fixes it: article (paragraphs → sentences), actors, tags, attributions.
struct JSONExporter: Exporter {
    let format = "json"
    let summary = "the article (paragraphs, sentences with refs and offsets), actors, tags and attributions as JSON"

    func defaultFileName(for workspace: Workspace) -> String { "gloss-export.json" }

    func export(_ workspace: Workspace) -> String {
        let a = workspace.article
        let paragraphs = ([a.title].compactMap { $0 } + a.paragraphs).map { p -> JSONValue in
            .object([
                ("number", .int(p.number)),
                ("sentences", .array(a.sentences[p.sentences].map { s in
                    .object([("ref", .string(s.ref.description)), ("text", .string(a.text(of: s))), ("start", .int(s.start)), ("end", .int(s.end))])
                })),
            ])
        }
        return JSONWriter.write(.object([
            ("article", .object([("source", .string(a.source)), ("sha256", .string(a.sha256)), ("paragraphs", .array(paragraphs))])),
            ("actors", .array(workspace.exportedActors)),
            ("tags", .array(workspace.tags.map(Self.json))),
            ("attributions", .array(workspace.exportedAttributions)),
        ]))
    }

    /// One tag; offsets and ref are the current anchor's, or the last known ones when orphaned.
    static func json(_ t: Tag) -> JSONValue {
        .object([
            ("id", .int(t.id)), ("label", .string(t.label)), ("note", .optional(t.note)),
            ("ref", .optional(t.anchor.ref?.description)), ("exact", .string(t.anchor.exact)),
            ("prefix", .string(t.anchor.prefix)), ("suffix", .string(t.anchor.suffix)),
            ("start", .int(t.anchor.start)), ("end", .int(t.anchor.end)), ("orphaned", .bool(t.orphaned)),
        ])
    }
}

extension Workspace {
    /// The actors for `export json`: name, kind, aliases, linked state, and every mention with its
    /// sentence ref, code-point offsets and surface text.
    var exportedActors: [JSONValue] {
        actors.actors.map { a in
            .object([
                ("name", .string(a.name)),
                ("kind", .string(a.kind.rawValue)),
                ("aliases", .array(a.aliases.map(JSONValue.string))),
                ("state", .optional(a.linkedState)),
                ("mentions", .array(a.mentions.map { m in
                    .object([
                        ("ref", .string(article.sentences[m.sentence].ref.description)),
                        ("start", .int(m.start)),
                        ("end", .int(m.end)),
                        ("text", .string(m.surface)),
                    ])
                })),
            ])
        }
    }

    /// Who said what for `export json`, as DESIGN.md fixes it: type, the cue's ref, the refs the
    /// content covers, the speaker (null when unnamed), the speaker and cue as written, the content
    /// and its code-point offsets.
    var exportedAttributions: [JSONValue] {
        attributions.attributions.map { a in
            .object([
                ("type", .string(a.kind.rawValue)),
                ("ref", .string(article.sentences[a.sentence].ref.description)),
                ("refs", .array(a.sentences.map { .string(article.sentences[$0].ref.description) })),
                ("speaker", .optional(a.speaker)),
                ("speaker_text", .string(a.speakerText)),
                ("cue", .string(a.cue)),
                ("content", .string(a.content)),
                ("start", .int(a.start)),
                ("end", .int(a.end)),
            ])
        }
    }
}
