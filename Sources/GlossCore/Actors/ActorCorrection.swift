/// A user's correction to the extracted actor list. Applied in order by `ActorAnalysis.applying(_:)`.
public enum ActorCorrection: Sendable, Hashable {
    /// Every occurrence of `form` in the text is a mention of `actor`.
    case alias(form: String, actor: String)
    /// Fold the first actor into the second: mentions and aliases are united.
    case merge(String, into: String)
    /// Give an actor a new canonical name; its aliases and mentions stay.
    case rename(String, to: String)
    /// Remove an actor.
    case drop(String)
    /// A new actor; its name and aliases are searched for in the text.
    case add(name: String, kind: ActorKind, aliases: [String])
}
