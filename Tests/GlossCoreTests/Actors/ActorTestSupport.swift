import GlossCore

/// Helpers shared by the actor tests.
enum ActorFixture {
    static func analyse(_ text: String) -> ActorAnalysis {
        ActorAnalysis(article: Article(text: text, source: "test"))
    }

    /// The kind of the actor named `name` in `text`, or nil when it is not an actor there.
    static func kind(of name: String, in text: String) -> ActorKind? {
        analyse(text).actors.first { $0.name == name }?.kind
    }

    /// "Name (kind)" for every actor, sorted.
    static func table(_ a: ActorAnalysis) -> [String] {
        a.actors.map { "\($0.name) (\($0.kind.rawValue))" }.sorted()
    }

    /// "Name: count" for every actor, sorted.
    static func counts(_ a: ActorAnalysis) -> [String] {
        a.actors.map { "\($0.name): \($0.mentions.count)" }.sorted()
    }
}
