import GlossCore

/// Everything a command or the session can report as a failure; each renders as one line.
public enum ShellError: Error, Sendable, CustomStringConvertible {
    case unknownCommand(String, suggestion: String?)
    case usage(command: String, message: String)
    case reference(ReferenceError)
    case article(GlossCoreError)
    case badPattern(String)
    case notFound(String)
    case io(path: String, reason: String)
    case notAllowed(String)
    case transcript(path: String, line: Int?, message: String)
    /// The user interrupted a long command (the kernel's interrupt).
    case interrupted(String)

    /// The message, with control characters shown escaped: errors quote what the user typed or a file held,
    /// and that must never reach the terminal raw (an ESC in `quote \e[2J` would clear the screen).
    public var description: String { TextLayout.sanitize(message) }

    private var message: String {
        switch self {
        case .unknownCommand(let name, let suggestion):
            let shown = String(name.prefix(40))
            return "unknown command '\(shown)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "; type 'help' for the list")
        case .usage(let command, let message): return "\(command): \(message)"
        case .reference(let e): return e.description
        case .article(let e): return e.description
        case .badPattern(let message): return message
        case .notFound(let message): return message
        case .io(let path, let reason): return "\(path): \(reason)"
        case .notAllowed(let message): return message
        case .interrupted(let message): return message
        case .transcript(let path, let line, let message):
            return "\(path)\(line.map { ":\($0)" } ?? ""): \(message)"
        }
    }
}
