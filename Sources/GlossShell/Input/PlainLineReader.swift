/// Temporary plain reader (replaced by the libedit branch's version).
public final class PlainLineReader: LineReader {
    let showPrompt: Bool
    public init(showPrompt: Bool) { self.showPrompt = showPrompt }
    public func readLine(prompt: String) -> LineReadResult {
        if showPrompt { Terminal.write(prompt) }
        guard let l = Swift.readLine(strippingNewline: true) else { return .endOfInput }
        return .line(l)
    }
    public func addHistory(_ line: String) {}
    public func close() {}
}
