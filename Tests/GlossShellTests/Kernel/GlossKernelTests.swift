import Foundation
import GlossCore
import Testing
import GlossTestSupport
@testable import GlossShell

/// The kernel's request handling over an in-memory transport: what it replies and publishes for each request,
/// in order, signed; and that a bad message is dropped while the next one is answered.
@Suite struct GlossKernelTests {
    /// Sockets as queues: requests are queued on shell or control; everything sent is recorded.
    final class MemoryTransport: KernelTransport {
        var kinds: [KernelSocket.Kind] = []
        var endpoints: [String] = []
        var incoming: [Int: [[[UInt8]]]] = [:]
        var sent: [(socket: Int, frames: [[UInt8]])] = []
        var echoed: Int?
        /// Called at every look that does not wait (the kernel's look for an interrupt_request during an execute).
        var onLook: (() -> Void)?

        func bind(_ kind: KernelSocket.Kind, at endpoint: String) throws(KernelTransportError) -> KernelSocket {
            kinds.append(kind)
            endpoints.append(endpoint)
            return KernelSocket(id: kinds.count - 1)
        }
        func send(_ frames: [[UInt8]], on socket: KernelSocket) throws(KernelTransportError) { sent.append((socket.id, frames)) }
        func receive(on socket: KernelSocket, limit: Int) throws(KernelTransportError) -> [[UInt8]] {
            incoming[socket.id, default: []].removeFirst()
        }
        func readable(_ sockets: [KernelSocket], milliseconds: Int) throws(KernelTransportError) -> [Int] {
            if milliseconds == 0 { onLook?() }
            let ready = sockets.indices.filter { !(incoming[sockets[$0].id] ?? []).isEmpty }
            // Nothing left to read and no shutdown came: end the test's serve loop.
            if ready.isEmpty { throw KernelTransportError("no more requests") }
            return ready
        }
        func startEcho(_ socket: KernelSocket) throws(KernelTransportError) { echoed = socket.id }
        func close() {}
    }

    static let connection = ConnectionInfo(transport: "tcp", ip: "127.0.0.1", shellPort: 1, iopubPort: 2, stdinPort: 3,
                                           controlPort: 4, heartbeatPort: 5, key: "k")
    let codec = MessageCodec(key: Array("k".utf8))

    private func request(_ type: String, _ content: [(String, JSONValue)], id: String) -> [[UInt8]] {
        codec.encode(KernelMessage(identities: [Array("peer".utf8)],
                                   header: .object([("msg_id", .string(id)), ("msg_type", .string(type)), ("session", .string("client"))]),
                                   content: .object(content)))
    }

    /// Runs the kernel on the queued shell requests (then a shutdown on control); the messages it sent, decoded.
    private func serve(_ requests: [[[UInt8]]], transport: MemoryTransport = MemoryTransport()) throws
        -> (MemoryTransport, [(socket: Int, message: KernelMessage)]) {
        let kernel = try GlossKernel(connection: Self.connection, session: makeSession(), transport: transport, banner: "banner")
        transport.incoming[0] = requests
        _ = kernel.serve()
        transport.incoming[1] = [request("shutdown_request", [("restart", .bool(false))], id: "bye")]
        #expect(kernel.serve() == 0)
        return (transport, try transport.sent.map { ($0.socket, try codec.decode($0.frames)) })
    }

    @Test func bindsExactlyTheConnectionFilesEndpointsAndEchoesTheHeartbeat() throws {
        let (transport, _) = try serve([])
        #expect(transport.endpoints == ["tcp://127.0.0.1:1", "tcp://127.0.0.1:4", "tcp://127.0.0.1:3", "tcp://127.0.0.1:2", "tcp://127.0.0.1:5"])
        #expect(transport.kinds == [.router, .router, .router, .publisher, .router])
        #expect(transport.echoed == 4)
    }

    @Test func executePublishesBusyInputDisplayIdleAndReplies() throws {
        let (_, sent) = try serve([request("execute_request", [("code", .string("info\nquote 1.1")), ("silent", .bool(false))], id: "e1")])
        let forExecute = sent.filter { $0.message.parentHeader["msg_id"] == .string("e1") }
        #expect(forExecute.map(\.message.type) == ["status", "execute_input", "display_data", "display_data", "execute_reply", "status"])
        #expect(forExecute.first?.message.content["execution_state"] == .string("busy"))
        #expect(forExecute.last?.message.content["execution_state"] == .string("idle"))
        let reply = forExecute[4]
        #expect(reply.socket == 0 && reply.message.identities == [Array("peer".utf8)])
        #expect(reply.message.content["status"] == .string("ok") && reply.message.content["execution_count"] == .int(1))
        let quote = forExecute[3].message.content["data"]
        #expect(quote?["text/plain"]?.stringValue?.hasPrefix("Vladimir Putin") == true)
        #expect(quote?["application/json"]?["input"] == .string("quote 1.1"))
        #expect(quote?["text/html"] == nil, "a quotation says as much in plain text")
        let shutdown = sent.first { $0.message.type == "shutdown_reply" }
        #expect(shutdown?.socket == 1 && shutdown?.message.content["restart"] == .bool(false))
    }

    @Test func aFailingLineMakesAnErrorReplyAndTheNextCellsCountOn() throws {
        let (_, sent) = try serve([
            request("execute_request", [("code", .string("quote 99.1"))], id: "bad"),
            request("execute_request", [("code", .string("tags"))], id: "next"),
        ])
        let replies = sent.filter { $0.message.type == "execute_reply" }.map(\.message.content)
        #expect(replies.first?["status"] == .string("error") && replies.first?["ename"] == .string("GlossError"))
        #expect(replies.first?["evalue"]?.stringValue?.hasPrefix("no paragraph 99") == true)
        #expect(replies.last?["status"] == .string("ok") && replies.last?["execution_count"] == .int(2))
        #expect(sent.contains { $0.message.type == "error" && $0.message.parentHeader["msg_id"] == .string("bad") })
    }

    @Test func aBadSignatureIsDroppedAndTheNextRequestAnswered() throws {
        var forged = request("kernel_info_request", [], id: "forged")
        forged[2] = Array(String(repeating: "0", count: 64).utf8)
        let (_, sent) = try serve([forged, request("kernel_info_request", [], id: "good")])
        let replies = sent.filter { $0.message.type == "kernel_info_reply" }
        #expect(replies.count == 1 && replies[0].message.parentHeader["msg_id"] == .string("good"))
        #expect(replies[0].message.content["language_info"]?["name"] == .string("gloss"))
        #expect(!sent.contains { $0.message.parentHeader["msg_id"] == .string("forged") })
    }

    @Test func findShowsWholeSentencesWithTheMatchMarked() throws {
        let (_, sent) = try serve([request("execute_request", [("code", .string("find Putin"))], id: "f")])
        let html = sent.first { $0.message.type == "display_data" }?.message.content["data"]?["text/html"]?.stringValue ?? ""
        #expect(html.contains("<tr><td><b>1.1</b></td><td>Vladimir <mark>Putin</mark>, the president of Russia,"), "\(html.prefix(300))")
        #expect(!html.contains("…"), "whole sentences, not cut to a width")
    }

    @Test func completeInspectIsCompleteAndHistoryAnswer() throws {
        let (_, sent) = try serve([
            request("execute_request", [("code", .string("info"))], id: "x"),
            request("complete_request", [("code", .string("info\nfind --ca")), ("cursor_pos", .int(14))], id: "c"),
            request("inspect_request", [("code", .string("find x")), ("cursor_pos", .int(1)), ("detail_level", .int(0))], id: "i"),
            request("is_complete_request", [("code", .string("find a \\"))], id: "ic"),
            request("history_request", [("hist_access_type", .string("tail")), ("n", .int(5)), ("output", .bool(false))], id: "h"),
        ])
        func reply(_ id: String) -> JSONValue? {
            sent.first { $0.message.parentHeader["msg_id"] == .string(id) && $0.message.type.hasSuffix("_reply") }?.message.content
        }
        #expect(reply("c")?["matches"] == .array([.string("--case")]))
        #expect(reply("c")?["cursor_start"] == .int(10) && reply("c")?["cursor_end"] == .int(14))
        #expect(reply("i")?["found"] == .bool(true))
        #expect(reply("i")?["data"]?["text/plain"]?.stringValue?.contains("find") == true)
        #expect(reply("ic")?["status"] == .string("incomplete"))
        #expect(reply("h")?["history"] == .array([.array([.int(0), .int(1), .string("info")])]))
    }

    @Test func anInterruptRequestDuringAnExecuteIsAnsweredAtOnceAndStopsItOtherControlRequestsWait() throws {
        let path = ScratchFolder.make("kernel-interrupt") + "/script.gloss"
        try AtomicFile.write(String(repeating: "info\n", count: 5), to: path)
        defer { unlink(path) }
        let transport = MemoryTransport()
        var looks = 0
        // Before the replay's second cell, a kernel_info and an interrupt come in on control (interrupt_mode "message").
        transport.onLook = {
            looks += 1
            if looks == 2 {
                transport.incoming[1, default: []] += [self.request("kernel_info_request", [], id: "k"), self.request("interrupt_request", [], id: "i")]
            }
        }
        let (_, sent) = try serve([request("execute_request", [("code", .string("replay \(path)\ninfo"))], id: "e"),
                                   request("execute_request", [("code", .string("tags"))], id: "next")], transport: transport)
        let order = sent.filter { $0.message.type.hasSuffix("_reply") }.map { "\($0.message.type) \($0.message.parentHeader["msg_id"]?.stringValue ?? "")" }
        #expect(order == ["interrupt_reply i", "execute_reply e", "kernel_info_reply k", "execute_reply next", "shutdown_reply bye"], "\(order)")
        #expect(sent.first { $0.message.type == "interrupt_reply" }?.socket == 1, "on control")
        let reply = sent.first { $0.message.type == "execute_reply" }?.message.content
        #expect(reply?["status"] == .string("error") && reply?["ename"] == .string("KeyboardInterrupt"))
        #expect(reply?["evalue"] == .string("replay: interrupted after 1 of 5 cells"), "\(String(describing: reply))")
        #expect(sent.contains { $0.message.type == "error" && $0.message.parentHeader["msg_id"] == .string("e") }, "the notebook shows it")
        let next = sent.last { $0.message.type == "execute_reply" }?.message.content
        #expect(next?["status"] == .string("ok") && next?["execution_count"] == .int(2), "the cell that ran counts; the line after the replay did not run")
    }

    @Test func anInterruptAfterACellThatCannotStopEndsTheCellThere() throws {
        let transport = MemoryTransport()
        // The first look is after the first line: the interrupt came while `info` ran.
        var queued = false
        transport.onLook = {
            if !queued { transport.incoming[1] = [self.request("interrupt_request", [], id: "i")] }
            queued = true
        }
        let (_, sent) = try serve([request("execute_request", [("code", .string("info\ntags\nactors"))], id: "e")], transport: transport)
        let reply = sent.first { $0.message.type == "execute_reply" }?.message.content
        #expect(reply?["ename"] == .string("KeyboardInterrupt") && reply?["evalue"] == .string("interrupted after cell 1; 2 lines of this cell not run"),
                "\(String(describing: reply))")
        #expect(sent.filter { $0.message.type == "display_data" }.count == 1, "only info ran")
    }
}
