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

    /// A token and where it was written: the offsets, in Unicode scalars of the line, from its first character to
    /// just after its last (quotes and backslashes included), so a word can be rewritten in place.
    public struct Spanned: Equatable, Sendable {
        public let token: Token
        public let range: Range<Int>
    }

    /// The tokens of a line. Quotes group; backslash escapes the next character (outside single quotes).
    public static func words(_ line: String) -> Result<[Token], ShellError> {
        spannedWords(line).map { $0.map(\.token) }
    }

    /// The tokens of a line with where each was written: the one lexer, which `words` reads through.
    public static func spannedWords(_ line: String) -> Result<[Spanned], ShellError> {
        var tokens = [Spanned]()
        var word = String.UnicodeScalarView()
        var start: Int?
        var quote: Unicode.Scalar?
        var escaping = false
        func close(at end: Int) {
            if let s = start { tokens.append(Spanned(token: .word(String(word)), range: s..<end)) }
            word = .init()
            start = nil
        }
        var offset = 0
        for c in line.unicodeScalars {
            defer { offset += 1 }
            if escaping {
                word.append(c)
                escaping = false
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
                if start == nil { start = offset }
            case "'", "\"":
                quote = c
                if start == nil { start = offset }
            case " ", "\t", "\n", "\r":
                close(at: offset)
            case "|":
                close(at: offset)
                tokens.append(Spanned(token: .pipe, range: offset..<(offset + 1)))
            case "#" where start == nil:
                // A comment runs to the end of the line.
                return .success(tokens)
            default:
                word.append(c)
                if start == nil { start = offset }
            }
        }
        if let q = quote { return .failure(.usage(command: "input", message: "unclosed \(q == "'" ? "single" : "double") quote")) }
        if escaping { return .failure(.usage(command: "input", message: "a backslash at the end of the line escapes nothing")) }
        close(at: offset)
        return .success(tokens)
    }

    /// Quotes a word for display so that parsing it again gives the same word.
    public static func quote(_ word: String) -> String {
        if !word.isEmpty, word.unicodeScalars.allSatisfy({ !" \t\n\r\"'\\|#$".unicodeScalars.contains($0) }) { return word }
        return "'" + word.replacing("'", with: "'\\''") + "'"
    }
}
