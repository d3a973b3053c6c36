import CZeroMQ

/// ZeroMQ through libzmq, loaded at run time (CZeroMQ): the only file that imports the C module.
public final class ZeroMQTransport: KernelTransport {
    private let context: UnsafeMutableRawPointer
    /// Open sockets by id; nil once handed to the heartbeat thread.
    private var sockets: [UnsafeMutableRawPointer?] = []

    /// Loads libzmq and makes a context, or says why it cannot.
    public init() throws(KernelTransportError) {
        guard gz_load() == 1 else {
            let reason = gz_load_error().map { String(cString: $0) } ?? "not found"
            throw KernelTransportError("libzmq cannot be loaded (\(reason)); install it: apt-get install libzmq5, or brew install zeromq")
        }
        guard let context = gz_context() else { throw KernelTransportError("zmq_ctx_new: \(Self.lastError())") }
        self.context = context
    }

    /// libzmq's version, "4.3.4".
    public static var version: String {
        let v = Int(gz_version())
        return "\(v / 10000).\(v / 100 % 100).\(v % 100)"
    }

    private static func lastError() -> String { String(cString: gz_strerror()) }

    public func bind(_ kind: KernelSocket.Kind, at endpoint: String) throws(KernelTransportError) -> KernelSocket {
        let type = kind == .router ? Int32(GZ_ROUTER) : Int32(GZ_PUB)
        // libzmq itself refuses frames four times over the message limit, so a hostile peer cannot make it buffer gigabytes.
        guard let socket = gz_socket(context, type, Int64(MessageCodec.maximumBytes) * 4) else {
            throw KernelTransportError("zmq_socket: \(Self.lastError())")
        }
        guard gz_bind(socket, endpoint) == 0 else {
            let reason = Self.lastError()
            gz_close(socket)
            throw KernelTransportError("cannot listen on \(endpoint): \(reason)")
        }
        sockets.append(socket)
        return KernelSocket(id: sockets.count - 1)
    }

    private func pointer(_ socket: KernelSocket) throws(KernelTransportError) -> UnsafeMutableRawPointer {
        guard sockets.indices.contains(socket.id), let p = sockets[socket.id] else { throw KernelTransportError("no such socket") }
        return p
    }

    public func send(_ frames: [[UInt8]], on handle: KernelSocket) throws(KernelTransportError) {
        let socket = try pointer(handle)
        for (k, frame) in frames.enumerated() {
            let flags = k < frames.count - 1 ? Int32(GZ_SNDMORE) : 0
            let status = frame.withUnsafeBytes { gz_send(socket, $0.baseAddress, $0.count, flags) }
            guard status == 0 else { throw KernelTransportError("zmq_send: \(Self.lastError())") }
        }
    }

    public func receive(on handle: KernelSocket, limit: Int) throws(KernelTransportError) -> [[UInt8]] {
        let socket = try pointer(handle)
        var frames = [[UInt8]]()
        var total = 0
        var more: Int32 = 1
        while more != 0 {
            var bytes: UnsafeMutableRawPointer?
            var count = 0
            guard gz_receive(socket, &bytes, &count, &more, 0) == 0 else { throw KernelTransportError("zmq_msg_recv: \(Self.lastError())") }
            total += count
            // Past the limit, the rest of the message is drained and dropped, not kept.
            if total <= limit { frames.append(Array(UnsafeRawBufferPointer(start: bytes, count: count))) }
            gz_free(bytes)
        }
        guard total <= limit else { throw KernelTransportError("\(total) bytes, over the \(limit)-byte limit", tooLarge: true) }
        return frames
    }

    public func readable(_ handles: [KernelSocket], milliseconds: Int) throws(KernelTransportError) -> [Int] {
        var pointers: [UnsafeMutableRawPointer?] = []
        for handle in handles { pointers.append(try pointer(handle)) }
        var ready = [Int32](repeating: 0, count: handles.count)
        let n = pointers.withUnsafeBufferPointer { p in ready.withUnsafeMutableBufferPointer { r in
            gz_poll(p.baseAddress, Int32(handles.count), milliseconds, r.baseAddress)
        } }
        if n < 0 {
            if gz_interrupted() != 0 { return [] }
            throw KernelTransportError("zmq_poll: \(Self.lastError())")
        }
        return ready.indices.filter { ready[$0] != 0 }
    }

    public func startEcho(_ handle: KernelSocket) throws(KernelTransportError) {
        let socket = try pointer(handle)
        // The heartbeat thread owns the socket from now on and closes it when the context ends.
        sockets[handle.id] = nil
        guard gz_start_echo(socket) == 0 else { throw KernelTransportError("cannot start the heartbeat thread") }
    }

    public func close() {
        for case let socket? in sockets { gz_close(socket) }
        sockets = []
        gz_context_term(context)
    }
}
