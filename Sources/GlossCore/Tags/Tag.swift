/// A label attached to a sentence or a span of one, with an optional note and a text anchor.
public struct Tag: Sendable, Equatable {
    /// Assigned in order (#1, #2…) and never reused, even after untag or undo.
    public let id: Int
    public let label: String
    public let note: String?
    /// Where the tag sits; after a reload it is the re-anchored position, or the last known one when orphaned.
    public private(set) var anchor: TextAnchor
    /// The quote no longer occurs in the current article; the tag is kept and reported, never moved elsewhere.
    public private(set) var orphaned: Bool

    /// The longest label accepted, in characters.
    public static let maxLabelLength = 64

    public init(id: Int, label: String, note: String?, anchor: TextAnchor, orphaned: Bool = false) {
        self.id = id
        self.label = label
        self.note = note
        self.anchor = anchor
        self.orphaned = orphaned
    }

    /// Whether the label marks a claim: `claim` or `claim:TYPE`.
    public var isClaim: Bool { ClaimType.isClaimLabel(label) }

    /// The claim's type for `claim:TYPE` labels; nil for a plain `claim` or a non-claim label.
    public var claimType: ClaimType? { ClaimType(label: label) }

    /// The tag re-anchored in another version of the article: moved to where its quote now is, or
    /// marked orphaned with its last known anchor when the quote is gone.
    public func reanchored(in article: Article) -> (tag: Tag, resolution: AnchorResolution) {
        var copy = self
        let resolution = anchor.reanchor(in: article)
        switch resolution {
        case .exact:
            copy.anchor = TextAnchor(article: article, start: anchor.start, end: anchor.end)
            copy.orphaned = false
        case .moved(let start, let end):
            copy.anchor = TextAnchor(article: article, start: start, end: end)
            copy.orphaned = false
        case .orphaned:
            copy.orphaned = true
        }
        return (copy, resolution)
    }

    /// What is wrong with a label, or nil when it is acceptable: non-empty, at most 64 characters,
    /// no white space or control characters, and for `claim:TYPE` a known type.
    public static func labelProblem(_ label: String) -> GlossCoreError? {
        if label.isEmpty { return .invalidLabel(label, reason: "a label cannot be empty") }
        if label.count > maxLabelLength {
            return .invalidLabel(label, reason: "a label has at most \(maxLabelLength) characters (this one has \(label.count))")
        }
        if label.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.properties.generalCategory == .control || $0.properties.generalCategory == .format }) {
            return .invalidLabel(label, reason: "a label is one word: no spaces or control characters (use - or _)")
        }
        if ClaimType.isClaimLabel(label), label.lowercased() != "claim", ClaimType(label: label) == nil {
            return .invalidLabel(label, reason: "unknown claim type; claim types are " + ClaimType.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return nil
    }
}

/// The kinds of claim: Full Fact's typology (quantity, prediction, causation, rule, personal, other) plus attribution.
public enum ClaimType: String, Sendable, CaseIterable {
    /// Numbers, amounts, comparisons of size.
    case quantity
    /// What will happen.
    case prediction
    /// That one thing caused another.
    case causation
    /// What the law, a rule or a policy says.
    case rule
    /// Someone's own experience or anecdote.
    case personal
    /// That someone said or did something.
    case attribution
    /// A claim of another kind.
    case other

    /// The type of a `claim:TYPE` label (case-insensitive); nil for anything else.
    public init?(label: String) {
        let lower = label.lowercased()
        guard lower.hasPrefix("claim:") else { return nil }
        self.init(rawValue: String(lower.dropFirst("claim:".count)))
    }

    /// Whether a label is `claim` or starts with `claim:` (case-insensitive).
    public static func isClaimLabel(_ label: String) -> Bool {
        let lower = label.lowercased()
        return lower == "claim" || lower.hasPrefix("claim:")
    }
}
