import GlossCore

/// A Jupyter kernel (messaging protocol 5.3) over one Gloss session: it binds the connection file's five
/// sockets, answers shell and control requests one at a time, and publishes outputs and status on IOPub.
/// Each request is handled in this one thread (TimeLimit forks for regexes); the heartbeat echoes on its own.
/// An interrupt, by SIGINT or by interrupt_request, stops a running execute where it can stop (see Interruption).
public final class GlossKernel {
    public static let protocolVersion = "5.3"

    /// What kernel_info and notebooks say about the language.
    static let languageInfo = JSONValue.object([
        ("codemirror_mode", .string("shell")), ("file_extension", .string(".gloss")), ("mimetype", .string("text/x-gloss")),
        ("name", .string("gloss")), ("pygments_lexer", .string("bash")), ("version", .string(String(Transcript.formatVersion))),
    ])

    /// The channels a request can come in on.
    enum Channel: String { case shell, control, stdin }

    let transport: KernelTransport
    let codec: MessageCodec
    let session: Session
    let banner: String
    /// This kernel's session id, in every header it writes.
    let sessionID = GlossKernel.randomID()
    private let sockets: [(Channel, KernelSocket)]
    private let control: KernelSocket
    private let iopub: KernelSocket
    /// Control requests read while an execute ran (looking for an interrupt_request), answered after it, in order.
    private var heldControl: [KernelMessage] = []
    private var running = true
    /// Whether the last shutdown_request asked for a restart (the client starts a new process).
    private(set) var restartRequested = false

    /// Binds every socket the connection file names, and starts the heartbeat.
    public init(connection: ConnectionInfo, session: Session, transport: KernelTransport, banner: String) throws(KernelTransportError) {
        self.transport = transport
        self.session = session
        self.banner = banner
        codec = MessageCodec(key: Array(connection.key.utf8))
        let shell = try transport.bind(.router, at: connection.endpoint(connection.shellPort))
        let control = try transport.bind(.router, at: connection.endpoint(connection.controlPort))
        let stdin = try transport.bind(.router, at: connection.endpoint(connection.stdinPort))
        iopub = try transport.bind(.publisher, at: connection.endpoint(connection.iopubPort))
        let heartbeat = try transport.bind(.router, at: connection.endpoint(connection.heartbeatPort))
        try transport.startEcho(heartbeat)
        // Control first: an interrupt or shutdown waiting beside an execute is answered before it.
        sockets = [(.control, control), (.shell, shell), (.stdin, stdin)]
        self.control = control
    }

    /// Serves until a shutdown_request; returns the exit code.
    public func serve() -> Int32 {
        defer { transport.close() }
        while running {
            while running, !heldControl.isEmpty { handle(heldControl.removeFirst(), on: .control, control) }
            guard running else { break }
            let ready: [Int]
            do { ready = try transport.readable(sockets.map(\.1), milliseconds: 1000) } catch {
                log("stopping: \(error)")
                return 1
            }
            for k in ready where running {
                if let message = receive(on: sockets[k].0, sockets[k].1) { handle(message, on: sockets[k].0, sockets[k].1) }
            }
        }
        return 0
    }

    /// One line on stderr, which Jupyter shows in its log: bad messages are reported, never fatal.
    func log(_ message: String) {
        Terminal.writeError("gloss kernel: \(TextLayout.sanitize(message))\n")
    }

    /// The next message on a socket, checked; nil (and one log line) for one that is refused or ignored.
    private func receive(on channel: Channel, _ socket: KernelSocket) -> KernelMessage? {
        let frames: [[UInt8]]
        do { frames = try transport.receive(on: socket, limit: MessageCodec.maximumBytes) } catch {
            log("refused a message on \(channel.rawValue): \(error)")
            return nil
        }
        let message: KernelMessage
        do { message = try codec.decode(frames) } catch {
            log("refused a message on \(channel.rawValue): \(error)")
            return nil
        }
        guard channel != .stdin else {
            log("ignored \(message.type) on stdin: this kernel never asks for input")
            return nil
        }
        return message
    }

    /// Interrupt_mode "message" while an execute runs (Interruption.polling): answers every interrupt_request waiting
    /// on the control channel at once and holds any other control request for after the execute. Returns whether an
    /// interrupt came. No status is published for it: an "idle" while the cell still runs would mislead front ends.
    func answerControlInterrupts() -> Bool {
        var interrupted = false
        while let ready = try? transport.readable([control], milliseconds: 0), !ready.isEmpty {
            guard let message = receive(on: .control, control) else { continue }
            if message.type == "interrupt_request" {
                interrupted = true
                reply(to: message, on: control, type: "interrupt_reply", content: .object([("status", .string("ok"))]))
            } else {
                heldControl.append(message)
            }
        }
        return interrupted
    }

    private func handle(_ request: KernelMessage, on channel: Channel, _ socket: KernelSocket) {
        let handlers: [String: (KernelMessage) -> (String, JSONValue)] = [
            "kernel_info_request": kernelInfo, "execute_request": execute, "complete_request": complete,
            "inspect_request": inspect, "is_complete_request": isComplete, "history_request": history,
            "comm_info_request": { _ in ("comm_info_reply", .object([("status", .string("ok")), ("comms", .object([]))])) },
            "shutdown_request": shutdown, "interrupt_request": interrupt,
        ]
        guard let handler = handlers[request.type] else {
            log("unknown message type '\(String(request.type.prefix(60)))' on \(channel.rawValue)")
            return
        }
        publish("status", .object([("execution_state", .string("busy"))]), parent: request)
        let (type, content) = handler(request)
        reply(to: request, on: socket, type: type, content: content)
        publish("status", .object([("execution_state", .string("idle"))]), parent: request)
    }

    // MARK: sending

    /// A header for a new message.
    func header(_ type: String) -> JSONValue {
        .object([("msg_id", .string(Self.randomID())), ("session", .string(sessionID)), ("username", .string("gloss")),
                 ("date", .string(Self.timestamp())), ("msg_type", .string(type)), ("version", .string(Self.protocolVersion))])
    }

    func reply(to request: KernelMessage, on socket: KernelSocket, type: String, content: JSONValue) {
        let message = KernelMessage(identities: request.identities, header: header(type), parentHeader: request.header, content: content)
        do { try transport.send(codec.encode(message), on: socket) } catch { log("cannot send \(type): \(error)") }
    }

    /// Broadcasts on IOPub, with the request it answers as parent.
    func publish(_ type: String, _ content: JSONValue, parent: KernelMessage) {
        let message = KernelMessage(identities: [Array(type.utf8)], header: header(type), parentHeader: parent.header, content: content)
        do { try transport.send(codec.encode(message), on: iopub) } catch { log("cannot publish \(type): \(error)") }
    }

    // MARK: session lifetime

    private func shutdown(_ request: KernelMessage) -> (String, JSONValue) {
        running = false
        restartRequested = request.content["restart"]?.boolValue ?? false
        return ("shutdown_reply", .object([("status", .string("ok")), ("restart", .bool(restartRequested))]))
    }

    /// interrupt_request between requests: nothing runs, so there is nothing to stop, and an interrupt that came
    /// while idle is forgotten. During an execute, answerControlInterrupts answers it instead.
    private func interrupt(_ request: KernelMessage) -> (String, JSONValue) {
        Interruption.clear()
        return ("interrupt_reply", .object([("status", .string("ok"))]))
    }

    private func kernelInfo(_ request: KernelMessage) -> (String, JSONValue) {
        ("kernel_info_reply", .object([
            ("status", .string("ok")), ("protocol_version", .string(Self.protocolVersion)), ("implementation", .string("gloss")),
            ("implementation_version", .string(String(Transcript.formatVersion))), ("language_info", Self.languageInfo),
            ("banner", .string(banner)), ("debugger", .bool(false)),
            ("help_links", .array([])),
        ]))
    }

    // MARK: identifiers and time

    /// 32 random hex digits, like a UUID's.
    static func randomID() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return HMACSHA256.hex(bytes)
    }

    /// Now, in ISO 8601 UTC with microseconds, as Jupyter's headers carry it.
    static func timestamp() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var seconds = now.tv_sec
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(Int(parts.tm_year) + 1900, 4))-\(pad(Int(parts.tm_mon) + 1, 2))-\(pad(Int(parts.tm_mday), 2))T"
            + "\(pad(Int(parts.tm_hour), 2)):\(pad(Int(parts.tm_min), 2)):\(pad(Int(parts.tm_sec), 2)).\(pad(Int(now.tv_nsec) / 1000, 6))Z"
    }
}
