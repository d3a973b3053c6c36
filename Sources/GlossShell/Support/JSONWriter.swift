/// A JSON value with ordered object keys, so written documents are deterministic.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    /// A number with a fraction or exponent, as read from a document (Gloss itself writes integers).
    case double(Double)
    case string(String)
    case array([JSONValue])
    /// Keys in the order they are written.
    case object([(String, JSONValue)])

    /// A string, or null when nil.
    public static func optional(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.double(let x), .double(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.array(let x), .array(let y)): return x == y
        case (.object(let x), .object(let y)): return x.map(\.0) == y.map(\.0) && x.map(\.1) == y.map(\.1)
        default: return false
        }
    }
}

/// Writes JSON by hand (no Foundation, for start-up time): RFC 8259 escaping, fixed key order, 2-space indent.
public enum JSONWriter {
    /// The document as text, ending with a newline.
    public static func write(_ value: JSONValue) -> String {
        var out = ""
        write(value, indent: 0, into: &out)
        out.append("\n")
        return out
    }

    /// The document on one line with no spaces: the form the Jupyter wire protocol and its signatures use.
    public static func compact(_ value: JSONValue) -> String {
        var out = ""
        compact(value, into: &out)
        return out
    }

    private static func compact(_ value: JSONValue, into out: inout String) {
        switch value {
        case .array(let items):
            out.append("[")
            for (k, item) in items.enumerated() {
                if k > 0 { out.append(",") }
                compact(item, into: &out)
            }
            out.append("]")
        case .object(let members):
            out.append("{")
            for (k, (key, item)) in members.enumerated() {
                if k > 0 { out.append(",") }
                out.append(JSON.quote(key) + ":")
                compact(item, into: &out)
            }
            out.append("}")
        default: write(value, indent: 0, into: &out)
        }
    }

    private static func write(_ value: JSONValue, indent: Int, into out: inout String) {
        switch value {
        case .null: out.append("null")
        case .bool(let b): out.append(b ? "true" : "false")
        case .int(let n): out.append(String(n))
        case .double(let d): out.append(d.isFinite ? String(d) : "null")
        case .string(let s): out.append(JSON.quote(s))
        case .array(let items):
            guard !items.isEmpty else { out.append("[]"); return }
            out.append("[\n")
            for (k, item) in items.enumerated() {
                out.append(String(repeating: "  ", count: indent + 1))
                write(item, indent: indent + 1, into: &out)
                out.append(k == items.count - 1 ? "\n" : ",\n")
            }
            out.append(String(repeating: "  ", count: indent) + "]")
        case .object(let members):
            guard !members.isEmpty else { out.append("{}"); return }
            out.append("{\n")
            for (k, (key, item)) in members.enumerated() {
                out.append(String(repeating: "  ", count: indent + 1) + JSON.quote(key) + ": ")
                write(item, indent: indent + 1, into: &out)
                out.append(k == members.count - 1 ? "\n" : ",\n")
            }
            out.append(String(repeating: "  ", count: indent) + "}")
        }
    }
}
