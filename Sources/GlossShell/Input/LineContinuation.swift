/// The rule that a line ending in one backslash continues on the next (`\\` at the end is an escaped
/// backslash, not a continuation). The shell's input and scripts both join lines with it.
public struct LineContinuation: Sendable {
    private var pending = ""

    public init() {}

    /// Whether the last line fed continues on the next.
    public var isContinuing: Bool { !pending.isEmpty }

    /// Feeds one line: the whole joined line when it is complete, or nil while it continues.
    public mutating func add(_ line: String) -> String? {
        if line.hasSuffix("\\") && !line.hasSuffix("\\\\") {
            pending += line.dropLast() + " "
            return nil
        }
        defer { pending = "" }
        return pending + line
    }

    /// What a continued line left at the end of the input, if anything; then starts afresh.
    public mutating func finish() -> String? {
        defer { pending = "" }
        return pending.isEmpty ? nil : pending
    }

    /// Drops a half-entered line (Ctrl-C at a continuation prompt).
    public mutating func reset() { pending = "" }
}
