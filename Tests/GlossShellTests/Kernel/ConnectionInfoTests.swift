import Testing
@testable import GlossShell

/// Connection files: the endpoints bound are exactly the file's; anything else is one error naming the file.
@Suite struct ConnectionInfoTests {
    static let file = #"{"shell_port": 5001, "iopub_port": 5002, "stdin_port": 5003, "control_port": 5004, "hb_port": 5005, "ip": "127.0.0.1", "key": "abc", "transport": "tcp", "signature_scheme": "hmac-sha256", "kernel_name": "gloss"}"#

    @Test func readsPortsAddressAndKey() throws {
        let info = try ConnectionInfo.parse(Array(Self.file.utf8), path: "c.json")
        #expect(info.endpoint(info.shellPort) == "tcp://127.0.0.1:5001")
        #expect(info.endpoint(info.heartbeatPort) == "tcp://127.0.0.1:5005")
        #expect(info.key == "abc")
        var ipc = info
        ipc.transport = "ipc"
        ipc.ip = "/tmp/k"
        #expect(ipc.endpoint(5002) == "ipc:///tmp/k-5002")
    }

    @Test(arguments: [
        ("{", "c.json: not a connection file: invalid JSON at byte 1: expected a member name"),
        ("[]", "c.json: not a connection file: not a JSON object"),
        (#"{"shell_port": 1}"#, "c.json: iopub_port is missing or not a port number"),
        (#"{"signature_scheme": "hmac-md5"}"#, "c.json: signature scheme hmac-md5 is not supported (only hmac-sha256)"),
        (#"{"transport": "udp"}"#, "c.json: transport udp is not supported (tcp or ipc)"),
    ])
    func refusesBadFiles(text: String, message: String) {
        do {
            _ = try ConnectionInfo.parse(Array(text.utf8), path: "c.json")
            Issue.record("parsed \(text)")
        } catch {
            #expect(error.description == message)
        }
    }
}
