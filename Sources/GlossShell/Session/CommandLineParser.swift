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
        words(line).flatMap { tokens in
            let stages = Self.stages(tokens, isPipe: { $0 == .pipe }).map { $0.compactMap(\.word) }
            if stages == [[]] { return .success([]) }
            guard !stages.contains(where: \.isEmpty) else { return .failure(.usage(command: "|", message: "a pipe needs a command on each side")) }
            return .success(stages.map { Invocation(name: $0[0], arguments: Array($0.dropFirst())) })
        }
    }

    /// The tokens between pipes, stage by stage: an empty stage where a pipe has no command on one side.
    static func stages<T>(_ tokens: [T], isPipe: (T) -> Bool) -> [[T]] {
        tokens.split(omittingEmptySubsequences: false, whereSeparator: isPipe).map(Array.init)
    }

    /// A lexical token: a word or a pipe.
    public enum Token: Equatable, Sendable {
        case word(String)
        case pipe

        /// The word, or nil for a pipe.
        public var word: String? { if case .word(let w) = self { w } else { nil } }
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
