import GlossCore

/// Reads lines from standard input without editing or history: for pipes, files and scripts.
public final class PlainLineReader: LineReader {
    private let input: UnsafeMutablePointer<FILE>
    private let showPrompt: Bool

    /// `showPrompt`: print the prompt before each line (a terminal without libedit); off for pipes.
    public convenience init(showPrompt: Bool = false) {
        self.init(input: Platform.standardInput, showPrompt: showPrompt)
    }

    /// Reads from `input` instead of stdin (tests).
    init(input: UnsafeMutablePointer<FILE>, showPrompt: Bool) {
        self.input = input
        self.showPrompt = showPrompt
    }

    public func readLine(prompt: String) -> LineReadResult {
        if showPrompt {
            // "\u{1}" only marks non-printing spans for libedit.
            print(prompt.filter { $0 != "\u{1}" }, terminator: "")
            fflush(nil)
        }
        var buffer: UnsafeMutablePointer<CChar>? = nil
        var capacity = 0
        defer { free(buffer) }
        let length = getline(&buffer, &capacity, input)
        guard length >= 0, let buffer else { return .endOfInput }
        return buffer.withMemoryRebound(to: UInt8.self, capacity: length) { bytes in
            var line = UnsafeBufferPointer(start: bytes, count: length)
            if line.last == UInt8(ascii: "\n") { line = UnsafeBufferPointer(rebasing: line.dropLast()) }
            if line.last == UInt8(ascii: "\r") { line = UnsafeBufferPointer(rebasing: line.dropLast()) }
            return .line(String(decoding: line, as: UTF8.self))
        }
    }

    public func addHistory(_ line: String) {}

    public func close() {}
}
