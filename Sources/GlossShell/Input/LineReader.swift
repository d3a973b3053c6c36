/// A source of input lines for the shell: libedit on a terminal, plain stdin otherwise, or a script in tests.
public protocol LineReader: AnyObject {
    /// Reads one line without its trailing newline. Returns nil at end of input (Ctrl-D).
    /// Returns `.interrupted` when the user pressed Ctrl-C: the shell discards the line and prompts again.
    func readLine(prompt: String) -> LineReadResult
    /// Records a line the user entered in the reader's history (a no-op for readers without history).
    func addHistory(_ line: String)
    /// Persists history, restores the terminal. Called once when the shell leaves.
    func close()
}

/// What one `readLine` call produced.
public enum LineReadResult: Equatable, Sendable {
    case line(String)
    case interrupted
    case endOfInput
}

/// Answers Tab completion: given the line up to the cursor, the candidates for the word being typed.
public protocol Completer: AnyObject {
    /// `prefix` is the whole line up to the cursor; returns full replacement words for the last word.
    func completions(forLine prefix: String) -> [String]
}
