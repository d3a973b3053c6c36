/// ANSI styles used on terminals; every one is a no-op when colour is off.
public struct Style: Sendable {
    public let enabled: Bool

    public init(enabled: Bool) { self.enabled = enabled }

    public func ref(_ s: String) -> String { wrap(s, "36") }          // cyan
    public func match(_ s: String) -> String { wrap(s, "1;33") }      // bold yellow
    public func heading(_ s: String) -> String { wrap(s, "1") }       // bold
    public func dim(_ s: String) -> String { wrap(s, "2") }
    public func error(_ s: String) -> String { wrap(s, "31") }        // red
    public func prompt(_ s: String) -> String { wrap(s, "32") }       // green

    /// The escape that starts a highlight and the one that ends it.
    public var highlightOn: String { enabled ? "\u{1B}[1;33m" : "" }
    public var highlightOff: String { enabled ? "\u{1B}[0m" : "" }

    private func wrap(_ s: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s
    }
}
