import GlossCore

/// Everything a command says about itself, declared once at the top of its file. Usage lines, `help`,
/// Tab completion, "did you mean" for commands and options, the option parser, `gloss completions`,
/// the man page and the README's command table are all derived from it; no other file switches on a
/// command's name.
///
/// ```swift
/// /// `tags [LABEL] [--actor NAME]`: the tags, with their quotes, refs and notes.
/// struct TagsCommand: Command {
///     let spec = CommandSpec(
///         "tags",
///         summary: "list tags, optionally by label or by an actor their sentence mentions",
///         arguments: [.init("LABEL", .labels, optional: true)],           // Tab offers the tag labels
///         options: [.valued("--actor", "NAME", .actors, "only tags whose sentence mentions this actor")],
///         examples: ["tags", "tags claim", "tags --actor Putin"],
///         details: "LABEL also matches its subtypes: claim lists claim and every claim:TYPE.")
///
///     func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult {
///         let args = try arguments(call)        // parsed against spec.options; unknown ones suggest a fix
///         guard args.positional.count <= 1 else { throw usageError("takes at most one label") }
///         …                                     // read the workspace, return a result: never print
///     }
/// }
/// ```
/// Then add `TagsCommand(),` to `CommandRegistry.standard`: one line. A command that acts on files or
/// on the session declares `role: .action` and returns `SessionAction`s (`.write`, `.save`, `.quit`…)
/// instead of performing them; one that changes the workspace returns an `Effect`.
public struct CommandSpec: Sendable {
    /// The word that invokes it.
    public let name: String
    /// Other words that invoke it (`exit`, `q` for quit).
    public let aliases: [String]
    /// Words other tools use for it (`grep`, `cat`, `open`): typed as a command, one of them is answered
    /// with "did you mean" this command. Unlike an alias it does not run it, so transcripts keep one name.
    public let knownAs: [String]
    /// One line for `help`.
    public let summary: String
    /// The positional arguments, in order.
    public let arguments: [ArgumentSpec]
    /// The options (`--kind K`, `--force`).
    public let options: [OptionSpec]
    /// Example lines for `help NAME` and the man page.
    public let examples: [String]
    /// Whether it accepts sentences from a pipe (`find x | quote`) in place of a REF argument.
    public let acceptsPipedSentences: Bool
    /// What its cells do to the session; whether they are recorded in the transcript follows from it.
    public let role: Role
    private let detailsText: @Sendable () -> String?

    /// What a command's cells are, for the transcript.
    public enum Role: Sendable {
        /// Reads the workspace, or changes it through its result's `Effect`: recorded in the transcript.
        case cell
        /// A Markdown note: the rest of the line is its one argument, verbatim (quotes and apostrophes are
        /// not shell syntax there), and transcripts show the cell as a paragraph.
        case note
        /// Acts on files or on the session itself (save, export, replay, quit): not recorded, so that
        /// replaying or checking a transcript never writes files or leaves the session.
        case action
    }

    /// Declares a command. `details` is only evaluated when help is shown (some are built from tables).
    public init(_ name: String, aliases: [String] = [], knownAs: [String] = [], summary: String, arguments: [ArgumentSpec] = [],
                options: [OptionSpec] = [], examples: [String] = [], acceptsPipedSentences: Bool = false,
                role: Role = .cell, details: @autoclosure @escaping @Sendable () -> String? = nil) {
        self.name = name
        self.aliases = aliases
        self.knownAs = knownAs
        self.summary = summary
        self.arguments = arguments
        self.options = options
        self.examples = examples
        self.acceptsPipedSentences = acceptsPipedSentences
        self.role = role
        self.detailsText = details
    }

    /// More explanation for `help NAME`, when the usage is not enough.
    public var details: String? { detailsText() }

    /// Whether its cells belong to the transcript.
    public var recorded: Bool { role != .action }

    /// The synopsis, e.g. "find TEXT [--regex] [--case]": the name, the arguments, then the options
    /// (but not --help, which every command line has).
    public var usage: String {
        ([name] + arguments.map(\.synopsis) + options.filter { $0.name != "--help" }.map(\.synopsis)).joined(separator: " ")
    }

    /// The synopsis after a pipe, where piped sentences take the REF argument's place ("… | tag LABEL
    /// [--note TEXT]"); nil for a command that takes no piped sentences.
    public var pipedUsage: String? {
        guard acceptsPipedSentences else { return nil }
        let rest = arguments(piped: true).map(\.synopsis) + options.filter { $0.name != "--help" }.map(\.synopsis)
        return (["… |", name] + rest).joined(separator: " ")
    }

    /// The arguments a call takes: after a pipe, the piped sentences stand in for the REF argument,
    /// and arguments declared `whenPiped: false` are not given.
    public func arguments(piped: Bool) -> [ArgumentSpec] {
        piped ? arguments.filter { $0.whenPiped && $0.completion != .refs } : arguments
    }

    /// The option declared with this name, if any.
    public func option(_ name: String) -> OptionSpec? { options.first { $0.name == name || $0.short == name } }
}

/// A positional argument: how usage shows it and what Tab offers for it.
public struct ArgumentSpec: Sendable {
    /// As usage shows it: "REF", "NAME", "FORM = NAME".
    public let label: String
    public let completion: Completion
    public let optional: Bool
    /// It may be given more than once (`with NAME NAME …`).
    public let repeats: Bool
    /// Whether it is given when sentences are piped in (tag's span is not: `… | tag LABEL`).
    public let whenPiped: Bool

    public init(_ label: String, _ completion: Completion = .none, optional: Bool = false, repeats: Bool = false, whenPiped: Bool = true) {
        self.label = label
        self.completion = completion
        self.optional = optional
        self.repeats = repeats
        self.whenPiped = whenPiped
    }

    /// "REF", "[REF]", "NAME…", or for keyed values "[width N|auto] [color auto|always|never]".
    public var synopsis: String {
        if case .keyed(let keys) = completion {
            return keys.map { optional ? "[\($0.synopsis)]" : $0.synopsis }.joined(separator: " ")
        }
        let core = label + (repeats ? " …" : "")
        return optional ? "[\(core)]" : core
    }
}

/// An option: a flag (`--force`) or one that takes a value (`--kind K`).
public struct OptionSpec: Sendable {
    /// The long name, with its dashes: "--kind".
    public let name: String
    /// A one-letter form, for the command line's `-c`.
    public let short: String?
    /// The value's placeholder ("TEXT"); nil for a flag. Fixed values show as "a|b|c" when it is nil.
    public let value: String?
    public let completion: Completion
    /// One line for help and the man page.
    public let help: String
    /// The command cannot run without it.
    public let required: Bool
    /// It may be given more than once; every value counts.
    public let repeats: Bool

    /// Whether it takes a value.
    public var takesValue: Bool { value != nil || completion != .none }

    /// A flag: takes no value.
    public static func flag(_ name: String, _ help: String, short: String? = nil) -> OptionSpec {
        OptionSpec(name: name, short: short, value: nil, completion: .none, help: help, required: false, repeats: false)
    }

    /// An option that takes a value shown as `value` ("TEXT"), completed by `completion`.
    public static func valued(_ name: String, _ value: String, _ completion: Completion, _ help: String,
                              short: String? = nil, required: Bool = false, repeats: Bool = false) -> OptionSpec {
        OptionSpec(name: name, short: short, value: value, completion: completion, help: help, required: required, repeats: repeats)
    }

    /// An option that takes a free value shown as `value` ("TEXT").
    public static func valued(_ name: String, _ value: String, _ help: String,
                              short: String? = nil, required: Bool = false, repeats: Bool = false) -> OptionSpec {
        valued(name, value, .none, help, short: short, required: required, repeats: repeats)
    }

    /// An option whose value is one of fixed words (`.values`, `.kinds`, `.formats`), shown as "a|b|c".
    public static func valued(_ name: String, _ completion: Completion, _ help: String,
                              short: String? = nil, required: Bool = false, repeats: Bool = false) -> OptionSpec {
        OptionSpec(name: name, short: short, value: nil, completion: completion, help: help, required: required, repeats: repeats)
    }

    /// What usage shows for the value: its placeholder, or its fixed values.
    public var valueSynopsis: String? {
        guard takesValue else { return nil }
        return value ?? completion.fixedValues?.joined(separator: "|") ?? "VALUE"
    }

    /// "--kind person|state|org|place" (brackets unless required, "…" when repeatable).
    public var synopsis: String {
        let form = (short ?? name) + (valueSynopsis.map { " " + $0 } ?? "") + (repeats ? " …" : "")
        return required ? form : "[\(form)]"
    }
}

/// What an argument or an option's value completes to on Tab, like swift-argument-parser's CompletionKind.
public enum Completion: Sendable, Equatable {
    /// Nothing to offer (free text).
    case none
    /// The shell's command names (`help COMMAND`).
    case commands
    /// Sentence references: paragraph numbers, then the sentences of a paragraph.
    case refs
    /// Actor names and aliases.
    case actors
    /// Tag labels in use, and the claim labels.
    case labels
    /// The ids of the current tags.
    case tagIDs
    /// Actor kinds (person, state, org, place).
    case kinds
    /// Export formats.
    case formats
    /// File paths (completed by the line editor's own file completion, and by the shells').
    case files
    /// One of these words.
    case values([String])
    /// A key, then its value (`set width 80`): each key with its fixed values.
    case keyed([Key])

    /// One key of a `.keyed` completion.
    public struct Key: Sendable, Equatable {
        public let key: String
        /// A placeholder for free values ("N"), shown before the fixed values.
        public let placeholder: String?
        public let values: [String]

        public init(_ key: String, _ placeholder: String? = nil, values: [String]) {
            self.key = key
            self.placeholder = placeholder
            self.values = values
        }

        /// "width N|auto".
        public var synopsis: String { key + " " + ((placeholder.map { [$0] } ?? []) + values).joined(separator: "|") }
    }

    /// The words it always offers, when they do not depend on the session.
    public var fixedValues: [String]? {
        switch self {
        case .values(let v): return v
        case .kinds: return ActorKind.allCases.map(\.label)
        case .formats: return Exporters.all.map(\.format)
        default: return nil
        }
    }
}

