@testable import GlossCore

/// Runs the actor extractor's stages on a small text of a test's own, one stage at a time, so each
/// stage's output can be read alone.
struct StageFixture {
    var x: ActorExtractor

    /// Stage 0 (word features) done.
    init(_ text: String) {
        x = ActorExtractor(article: Article(text: text, source: "test"))
        x.prepare()
    }

    /// The index of the first word whose text is `word`.
    func index(of word: String) -> Int? {
        x.words.indices.first { x.article.text(from: Int(x.words[$0].start), to: Int(x.words[$0].end)) == word }
    }

    /// The text of words `from..<to`.
    func text(_ from: Int, _ to: Int) -> String { x.cleanName(from, to) }

    /// Stages 1–2: the typed mentions the tables give, as "surface: kind, rule".
    mutating func typedMentions() -> [String] {
        x.typeFromTables()
        return described()
    }

    /// `typedMentions` of a text, for the stage-2 suites.
    static func typed(_ text: String) -> [String] {
        var f = StageFixture(text)
        return f.typedMentions()
    }

    /// Stages 1–3: the candidate spans left for resolution.
    mutating func candidates() -> [ActorExtractor.CandidateSpan] {
        _ = typedMentions()
        return x.nameRuns()
    }

    /// Stages 1–4 and the drafts: the actors, and every mention as "surface: kind, rule".
    mutating func resolved() -> (actors: [Actor], mentions: [String]) {
        let candidates = candidates()
        x.resolve(candidates)
        x.acronyms()
        return (x.finish().actors, described())
    }

    /// Every typed mention so far, in text order, as "surface: kind, rule" (the rule's case name).
    func described() -> [String] {
        var out = [(Int, String)]()
        for draft in x.drafts {
            for span in draft.spans {
                out.append((span.from, "\(text(span.from, span.to)): \(draft.kind.rawValue), \(Self.name(of: span.rule))"))
            }
        }
        return out.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// The case name of a rule: "headWord", "gazetteer", "fullName" …
    static func name(of rule: MentionRule) -> String {
        String(String(describing: rule).prefix { $0 != "(" })
    }
}
