/// One Jupyter message (protocol 5.3): its routing identities and its four JSON parts, plus binary buffers.
public struct KernelMessage: Sendable, Equatable {
    public var identities: [[UInt8]]
    public var header: JSONValue
    public var parentHeader: JSONValue
    public var metadata: JSONValue
    public var content: JSONValue
    public var buffers: [[UInt8]]

    public init(identities: [[UInt8]] = [], header: JSONValue, parentHeader: JSONValue = .object([]),
                metadata: JSONValue = .object([]), content: JSONValue, buffers: [[UInt8]] = []) {
        self.identities = identities
        self.header = header
        self.parentHeader = parentHeader
        self.metadata = metadata
        self.content = content
        self.buffers = buffers
    }

    /// The header's msg_type ("execute_request"…), or "" when it has none.
    public var type: String { header["msg_type"]?.stringValue ?? "" }
}
