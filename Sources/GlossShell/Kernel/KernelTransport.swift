/// The sockets a kernel talks through, so that the kernel's logic does not depend on libzmq (ZeroMQTransport).
public protocol KernelTransport: AnyObject {
    /// Binds a socket of `kind` at `endpoint` ("tcp://127.0.0.1:5555"), or says why not.
    func bind(_ kind: KernelSocketKind, at endpoint: String) throws(KernelTransportError) -> KernelSocket
    /// Sends one multipart message.
    func send(_ frames: [[UInt8]], on socket: KernelSocket) throws(KernelTransportError)
    /// Receives one multipart message, stopping (and discarding the rest) once it is over `limit` bytes.
    func receive(on socket: KernelSocket, limit: Int) throws(KernelTransportError) -> [[UInt8]]
    /// Waits up to `milliseconds` for readable sockets; their indices. An interrupted wait returns none.
    func readable(_ sockets: [KernelSocket], milliseconds: Int) throws(KernelTransportError) -> [Int]
    /// Echoes everything the socket receives, on a thread of its own (the heartbeat).
    func startEcho(_ socket: KernelSocket) throws(KernelTransportError)
    /// Closes every socket.
    func close()
}

/// A bound socket, as the transport numbers it.
public struct KernelSocket: Sendable, Hashable {
    public let id: Int
    public init(id: Int) { self.id = id }
}

/// The channels' socket kinds.
public enum KernelSocketKind: Sendable {
    /// Shell, control, stdin and heartbeat: requests from many clients, replies routed back.
    case router
    /// IOPub: broadcasts to every client.
    case publisher
}

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
