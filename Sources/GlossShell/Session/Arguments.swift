import GlossCore

/// A command's words sorted into positionals, flags and valued options, checked against its declared
/// options. The one option parser: the shell's commands and gloss's own command line both use it.
public struct Arguments: Sendable {
    public private(set) var positional: [String] = []
    /// Where each positional was among the words (so a line can be rewritten at one argument).
    public private(set) var positionalIndices: [Int] = []
    public private(set) var flags: Set<String> = []
    public private(set) var values: [String: [String]] = [:]

    /// Parses `words` against a command's declared options.
    public init(_ words: [String], spec: CommandSpec) throws(ShellError) {
        try self.init(words, options: spec.options, command: spec.name)
    }

    /// Parses `words`. Flags take no value (`--regex`); valued options take the next word (`--note TEXT`)
    /// or `--name=value`; a declared short option also takes `-cVALUE`. `--` ends the options. Words that
    /// start with one dash are positionals unless short options are declared (`-` alone always is).
    /// An unknown option is an error with a suggestion. Options are stored under their long names.
    public init(_ words: [String], options: [OptionSpec], command: String) throws(ShellError) {
        let hasShort = options.contains { $0.short != nil }
        var i = 0
        var optionsDone = false
        while i < words.count {
            let w = words[i]
            i += 1
            if w == "--" && !optionsDone { optionsDone = true; continue }
            let isOption = w.hasPrefix("--") || (hasShort && w.hasPrefix("-") && w != "-")
            if optionsDone || !isOption {
                positional.append(w)
                positionalIndices.append(i - 1)
                continue
            }
            var name = w
            var inlineValue: String?
            if w.hasPrefix("--"), let eq = w.firstIndex(of: "=") {
                name = String(w[..<eq])
                inlineValue = String(w[w.index(after: eq)...])
            } else if !w.hasPrefix("--"), w.count > 2, let short = options.first(where: { $0.short == String(w.prefix(2)) && $0.takesValue }) {
                name = short.short!
                inlineValue = String(w.dropFirst(2))
            }
            guard let option = options.first(where: { $0.name == name || $0.short == name }) else {
                let known = options.map(\.name)
                let hint = EditDistance.suggestion(for: name, among: known).map { " (did you mean \($0)?)" }
                    ?? (known.isEmpty ? " (it takes no options)" : " (options: \(known.joined(separator: ", ")))")
                throw .usage(command: command, message: "unknown option \(TextLayout.sanitize(name))" + hint)
            }
            if !option.takesValue {
                if inlineValue != nil { throw .usage(command: command, message: "\(name) takes no value") }
                flags.insert(option.name)
            } else if let v = inlineValue {
                values[option.name, default: []].append(v)
            } else {
                guard i < words.count else { throw .usage(command: command, message: "\(name) needs a value") }
                values[option.name, default: []].append(words[i])
                i += 1
            }
        }
    }

    public func has(_ flag: String) -> Bool { flags.contains(flag) }

    /// The last value given for an option.
    public func value(_ name: String) -> String? { values[name]?.last }

    /// Every value given for a repeatable option.
    public func all(_ name: String) -> [String] { values[name] ?? [] }

    /// "a, b or c", as an error lists the words a value may be.
    static func oneOf(_ words: [String]) -> String {
        words.count < 2 ? words.joined() : words.dropLast().joined(separator: ", ") + " or " + words[words.count - 1]
    }

    /// What is wrong with the number of positionals for these declared arguments, if anything.
    public func positionalProblem(_ arguments: [ArgumentSpec]) -> String? {
        let required = arguments.filter { !$0.optional }.count
        if !arguments.contains(where: \.repeats), positional.count > arguments.count {
            return "unexpected argument '\(TextLayout.sanitize(positional[arguments.count]))'"
        }
        if positional.count < required { return "missing argument \(arguments[positional.count].label)" }
        for (word, argument) in zip(positional, arguments) {
            if case .values(let allowed) = argument.completion, !allowed.contains(word) {
                let hint = EditDistance.suggestion(for: word, among: allowed).map { " (did you mean \($0)?)" } ?? ""
                return "\(argument.label) is \(Self.oneOf(allowed)), not '\(TextLayout.sanitize(word))'" + hint
            }
        }
        return nil
    }
}
