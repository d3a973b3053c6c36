import GlossShell

/// A small declarative parser for gloss's command line. Hand-written rather than
/// swift-argument-parser: that package costs about 3 ms of every start-up, a third of the budget.
struct CommandLineOptions {
    /// What a subcommand accepts.
    struct Spec {
        let usage: String
        let help: String
        var flags: [String] = []
        /// Options that take a value; `-c` is the only short one.
        var valued: [String] = []
        /// At most this many positional arguments (nil: any number).
        var maxPositionals: Int? = 1
        var minPositionals = 0
    }

    private(set) var positionals: [String] = []
    private(set) var flags: Set<String> = []
    private(set) var values: [String: [String]] = [:]

    /// A usage error, printed with the usage line; exit status 2.
    struct UsageError: Error {
        let message: String
    }

    /// Help was asked for.
    struct HelpRequested: Error {}

    init(_ arguments: [String], spec: Spec) throws {
        var i = 0
        var onlyPositionals = false
        while i < arguments.count {
            let word = arguments[i]
            i += 1
            if onlyPositionals || !word.hasPrefix("-") || word == "-" {
                positionals.append(word)
                continue
            }
            if word == "--" { onlyPositionals = true; continue }
            if word == "-h" || word == "--help" { throw HelpRequested() }
            var name = word
            var inline: String?
            if word.hasPrefix("--"), let eq = word.firstIndex(of: "=") {
                name = String(word[..<eq])
                inline = String(word[word.index(after: eq)...])
            } else if word.hasPrefix("-c"), word.count > 2, !word.hasPrefix("--") {
                name = "-c"
                inline = String(word.dropFirst(2))
            }
            if spec.flags.contains(name) {
                guard inline == nil else { throw UsageError(message: "\(name) takes no value") }
                flags.insert(name)
            } else if spec.valued.contains(name) {
                if let inline {
                    values[name, default: []].append(inline)
                } else {
                    guard i < arguments.count else { throw UsageError(message: "\(name) needs a value") }
                    values[name, default: []].append(arguments[i])
                    i += 1
                }
            } else {
                let known = spec.flags + spec.valued + ["--help"]
                let hint = EditDistance.suggestion(for: name, among: known).map { "; did you mean \($0)?" } ?? ""
                throw UsageError(message: "unknown option \(TextLayout.sanitize(name))\(hint)")
            }
        }
        if let max = spec.maxPositionals, positionals.count > max {
            throw UsageError(message: "unexpected argument '\(TextLayout.sanitize(positionals[max]))'")
        }
        if positionals.count < spec.minPositionals { throw UsageError(message: "missing argument") }
    }

    func has(_ flag: String) -> Bool { flags.contains(flag) }
    func value(_ name: String) -> String? { values[name]?.last }
    func all(_ name: String) -> [String] { values[name] ?? [] }
}
