/// Plays back a fixed list of results and records what the shell showed and stored: for tests.
public final class ScriptedLineReader: LineReader {
    private var pending: ArraySlice<LineReadResult>
    /// Every prompt passed to `readLine`, in order.
    public private(set) var prompts: [String] = []
    /// Every line passed to `addHistory`, in order.
    public private(set) var history: [String] = []
    /// Whether `close` was called.
    public private(set) var isClosed = false

    /// Results returned one per `readLine`; after the last, `.endOfInput`.
    public init(_ results: [LineReadResult]) {
        pending = results[...]
    }

    /// Convenience: each string is one `.line`.
    public convenience init(lines: [String]) {
        self.init(lines.map(LineReadResult.line))
    }

    /// Results not yet read.
    public var remaining: Int { pending.count }

    public func readLine(prompt: String) -> LineReadResult {
        prompts.append(prompt)
        return pending.popFirst() ?? .endOfInput
    }

    public func addHistory(_ line: String) {
        history.append(line)
    }

    public func close() {
        isClosed = true
    }
}
