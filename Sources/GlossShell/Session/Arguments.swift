/// A command's arguments sorted into positionals, flags and valued options, checked against what it accepts.
public struct Arguments: Sendable {
    public private(set) var positional: [String] = []
    public private(set) var flags: Set<String> = []
    public private(set) var values: [String: [String]] = [:]

    /// Parses `words`. `flags` take no value (`--regex`); `valued` take the next word (`--note TEXT`).
    /// `--name=value` also works. `--` ends options. Unknown options are an error with a suggestion.
    public init(_ words: [String], flags: [String] = [], valued: [String] = [], command: String) throws(ShellError) {
        var i = 0
        var optionsDone = false
        while i < words.count {
            let w = words[i]
            i += 1
            if optionsDone || !w.hasPrefix("--") || w == "--" {
                if w == "--" && !optionsDone { optionsDone = true; continue }
                positional.append(w)
                continue
            }
            var name = w
            var inlineValue: String?
            if let eq = w.firstIndex(of: "=") {
                name = String(w[..<eq])
                inlineValue = String(w[w.index(after: eq)...])
            }
            if flags.contains(name) {
                if inlineValue != nil { throw .usage(command: command, message: "\(name) takes no value") }
                self.flags.insert(name)
            } else if valued.contains(name) {
                if let v = inlineValue {
                    values[name, default: []].append(v)
                } else {
                    guard i < words.count else { throw .usage(command: command, message: "\(name) needs a value") }
                    values[name, default: []].append(words[i])
                    i += 1
                }
            } else {
                let known = flags + valued
                let hint = EditDistance.suggestion(for: name, among: known).map { " (did you mean \($0)?)" }
                    ?? (known.isEmpty ? " (it takes no options)" : " (options: \(known.joined(separator: ", ")))")
                throw .usage(command: command, message: "unknown option \(TextLayout.sanitize(name))" + hint)
            }
        }
    }

    public func has(_ flag: String) -> Bool { flags.contains(flag) }

    /// The last value given for an option.
    public func value(_ name: String) -> String? { values[name]?.last }

    /// Every value given for a repeatable option.
    public func all(_ name: String) -> [String] { values[name] ?? [] }
}
