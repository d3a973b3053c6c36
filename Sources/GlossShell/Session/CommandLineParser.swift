/// Splits a cell's input like a shell: words with single and double quotes and backslash escapes,
/// and `|` between commands. A `#` at the start of a word outside quotes starts a comment.
public enum CommandLineParser {
    /// One command of a pipeline: its name and arguments.
    public struct Invocation: Sendable, Equatable {
        public let name: String
        public let arguments: [String]
    }

    /// The pipeline's commands, or a message saying what is wrong (an unclosed quote, an empty stage).
    public static func parse(_ line: String) -> Result<[Invocation], ShellError> {
        switch words(line) {
        case .failure(let e): return .failure(e)
        case .success(let tokens):
            var stages = [[String]]()
            var current = [String]()
            for token in tokens {
                switch token {
                case .pipe:
                    guard !current.isEmpty else { return .failure(.usage(command: "|", message: "a pipe needs a command on each side")) }
                    stages.append(current)
                    current = []
                case .word(let w): current.append(w)
                }
            }
            if current.isEmpty {
                if stages.isEmpty { return .success([]) }
                return .failure(.usage(command: "|", message: "a pipe needs a command on each side"))
            }
            stages.append(current)
            return .success(stages.map { Invocation(name: $0[0], arguments: Array($0.dropFirst())) })
        }
    }

    /// A lexical token: a word or a pipe.
    public enum Token: Equatable, Sendable {
        case word(String)
        case pipe
    }

    /// The tokens of a line. Quotes group; backslash escapes the next character (outside single quotes).
    public static func words(_ line: String) -> Result<[Token], ShellError> {
        var tokens = [Token]()
        var word = String.UnicodeScalarView()
        var inWord = false
        var quote: Unicode.Scalar?
        var escaping = false
        for c in line.unicodeScalars {
            if escaping {
                word.append(c)
                escaping = false
                inWord = true
                continue
            }
            if let q = quote {
                if c == q {
                    quote = nil
                } else if c == "\\" && q == "\"" {
                    escaping = true
                } else {
                    word.append(c)
                }
                continue
            }
            switch c {
            case "\\":
                escaping = true
                inWord = true
            case "'", "\"":
                quote = c
                inWord = true
            case " ", "\t", "\n", "\r":
                if inWord { tokens.append(.word(String(word))); word = .init(); inWord = false }
            case "|":
                if inWord { tokens.append(.word(String(word))); word = .init(); inWord = false }
                tokens.append(.pipe)
            case "#" where !inWord:
                // A comment runs to the end of the line.
                return finish(tokens, word, inWord, quote: nil, escaping: false)
            default:
                word.append(c)
                inWord = true
            }
        }
        return finish(tokens, word, inWord, quote: quote, escaping: escaping)
    }

    private static func finish(_ tokens: [Token], _ word: String.UnicodeScalarView, _ inWord: Bool, quote: Unicode.Scalar?, escaping: Bool) -> Result<[Token], ShellError> {
        if let q = quote { return .failure(.usage(command: "input", message: "unclosed \(q == "'" ? "single" : "double") quote")) }
        if escaping { return .failure(.usage(command: "input", message: "a backslash at the end of the line escapes nothing")) }
        var tokens = tokens
        if inWord { tokens.append(.word(String(word))) }
        return .success(tokens)
    }

    /// Quotes a word for display so that parsing it again gives the same word.
    public static func quote(_ word: String) -> String {
        if !word.isEmpty, word.unicodeScalars.allSatisfy({ !" \t\n\r\"'\\|#$".unicodeScalars.contains($0) }) { return word }
        return "'" + word.replacing("'", with: "'\\''") + "'"
    }
}
