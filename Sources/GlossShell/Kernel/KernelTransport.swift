/// The sockets a kernel talks through, so that the kernel's logic does not depend on libzmq (ZeroMQTransport).
public protocol KernelTransport: AnyObject {
    /// Binds a socket of `kind` at `endpoint` ("tcp://127.0.0.1:5555"), or says why not.
    func bind(_ kind: KernelSocket.Kind, at endpoint: String) throws(KernelTransportError) -> KernelSocket
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
