/// The wire format: `identities… <IDS|MSG> signature header parent_header metadata content buffers…`, where the
/// signature is the HMAC-SHA256 (hex) of the four JSON frames under the connection file's key.
public struct MessageCodec: Sendable {
    /// Why a multipart message was refused; each is one log line.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        case noDelimiter
        case missingFrames(Int)
        case badSignature
        case tooLarge(Int)
        case badJSON(part: String, JSONParser.Failure)
        case notAnObject(part: String)
        case noType

        public var description: String {
            switch self {
            case .noDelimiter: return "no <IDS|MSG> delimiter"
            case .missingFrames(let n): return "\(n) frames after the delimiter; a message has at least 5"
            case .badSignature: return "bad signature"
            case .tooLarge(let n): return "\(n) bytes, over the \(MessageCodec.maximumBytes)-byte limit"
            case .badJSON(let part, let e): return "\(part): \(e)"
            case .notAnObject(let part): return "\(part) is not a JSON object"
            case .noType: return "the header has no msg_type"
            }
        }
    }

    public static let delimiter = Array("<IDS|MSG>".utf8)
    /// Messages larger than this (all frames) are refused: no Gloss request comes near it.
    public static let maximumBytes = 16 << 20

    /// The signing key; empty means messages are not signed (Jupyter's convention).
    public let key: [UInt8]

    public init(key: [UInt8]) { self.key = key }

    /// The message the frames carry, checked: size, delimiter, signature (before any JSON is parsed), JSON objects, type.
    public func decode(_ frames: [[UInt8]]) throws(Failure) -> KernelMessage {
        let size = frames.reduce(0) { $0 + $1.count }
        guard size <= Self.maximumBytes else { throw .tooLarge(size) }
        guard let split = frames.firstIndex(of: Self.delimiter) else { throw .noDelimiter }
        let rest = Array(frames[(split + 1)...])
        guard rest.count >= 5 else { throw .missingFrames(rest.count) }
        if !key.isEmpty {
            let expected = Array(HMACSHA256.hexMAC(key: key, parts: Array(rest[1...4])).utf8)
            guard HMACSHA256.constantTimeEqual(expected, rest[0]) else { throw .badSignature }
        }
        let names = ["header", "parent_header", "metadata", "content"]
        var parts = [JSONValue]()
        for (k, name) in names.enumerated() {
            let value: JSONValue
            do { value = try JSONParser.parse(rest[k + 1]) } catch { throw .badJSON(part: name, error) }
            guard case .object = value else { throw .notAnObject(part: name) }
            parts.append(value)
        }
        let message = KernelMessage(identities: Array(frames[..<split]), header: parts[0], parentHeader: parts[1],
                                    metadata: parts[2], content: parts[3], buffers: Array(rest.dropFirst(5)))
        guard !message.type.isEmpty else { throw .noType }
        return message
    }

    /// The frames that carry `message`, signed.
    public func encode(_ message: KernelMessage) -> [[UInt8]] {
        let parts = [message.header, message.parentHeader, message.metadata, message.content].map { Array(JSONWriter.compact($0).utf8) }
        let signature = key.isEmpty ? [] : Array(HMACSHA256.hexMAC(key: key, parts: parts).utf8)
        return message.identities + [Self.delimiter, signature] + parts + message.buffers
    }
}
