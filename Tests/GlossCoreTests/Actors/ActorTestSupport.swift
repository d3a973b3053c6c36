import GlossCore

/// Helpers shared by the actor tests.
enum ActorFixture {
    static func analyse(_ text: String) -> ActorAnalysis {
        ActorAnalysis(article: Article(text: text, source: "test"))
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
