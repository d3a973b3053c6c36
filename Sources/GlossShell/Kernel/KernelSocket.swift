/// A bound socket, as the transport numbers it.
public struct KernelSocket: Sendable, Hashable {
    /// The channels' socket kinds.
    public enum Kind: Sendable {
        /// Shell, control, stdin and heartbeat: requests from many clients, replies routed back.
        case router
        /// IOPub: broadcasts to every client.
        case publisher
    }

    public let id: Int
    public init(id: Int) { self.id = id }
}
