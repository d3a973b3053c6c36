import GlossCore

/// A Jupyter connection file: where to listen and the key to sign with. The kernel binds only these endpoints.
public struct ConnectionInfo: Sendable, Equatable {
    public var transport: String
    public var ip: String
    public var shellPort: Int
    public var iopubPort: Int
    public var stdinPort: Int
    public var controlPort: Int
    public var heartbeatPort: Int
    public var key: String

    /// Reads and checks a connection file; every problem is one error naming the file.
    public static func load(_ path: String) throws(ShellError) -> ConnectionInfo {
        let bytes: [UInt8]
        do { bytes = try FileReader.readBytes(atPath: path, limit: 1 << 20) } catch { throw .article(error) }
        return try parse(bytes, path: path)
    }

    /// Parses a connection file's bytes.
    public static func parse(_ bytes: [UInt8], path: String) throws(ShellError) -> ConnectionInfo {
        func fail(_ message: String) -> ShellError { .io(path: path, reason: message) }
        let json: JSONValue
        do { json = try JSONParser.parse(bytes) } catch { throw fail("not a connection file: \(error)") }
        guard case .object = json else { throw fail("not a connection file: not a JSON object") }
        let scheme = json["signature_scheme"]?.stringValue ?? "hmac-sha256"
        guard scheme == "hmac-sha256" else { throw fail("signature scheme \(scheme) is not supported (only hmac-sha256)") }
        let transport = json["transport"]?.stringValue ?? "tcp"
        guard transport == "tcp" || transport == "ipc" else { throw fail("transport \(transport) is not supported (tcp or ipc)") }
        func port(_ name: String) throws(ShellError) -> Int {
            guard let n = json[name]?.intValue, (0...65535).contains(n) else { throw fail("\(name) is missing or not a port number") }
            return n
        }
        let ip = json["ip"]?.stringValue ?? "127.0.0.1"
        guard !ip.isEmpty, ip.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { throw fail("ip is not an address") }
        return ConnectionInfo(transport: transport, ip: ip, shellPort: try port("shell_port"), iopubPort: try port("iopub_port"),
                              stdinPort: try port("stdin_port"), controlPort: try port("control_port"),
                              heartbeatPort: try port("hb_port"), key: json["key"]?.stringValue ?? "")
    }

    /// The ZeroMQ endpoint for a port: `tcp://IP:PORT`, or `ipc://IP-PORT` (jupyter_client's naming).
    public func endpoint(_ port: Int) -> String {
        transport == "ipc" ? "ipc://\(ip)-\(port)" : "tcp://\(ip):\(port)"
    }
}
