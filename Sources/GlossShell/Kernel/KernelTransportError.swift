/// A transport failure, as one line.
public struct KernelTransportError: Error, Sendable, CustomStringConvertible {
    public let message: String
    /// The message was larger than the limit; it was drained and dropped.
    public var tooLarge = false
    public init(_ message: String, tooLarge: Bool = false) {
        self.message = message
        self.tooLarge = tooLarge
    }
    public var description: String { message }
}
