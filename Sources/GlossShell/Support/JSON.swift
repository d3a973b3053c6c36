/// The bits of JSON Gloss writes and reads by hand, so that neither needs Foundation.
public enum JSON {
    /// `s` as a JSON string literal, quotes included. Control characters and the line and paragraph
    /// separators are escaped, so the result is also a valid YAML double-quoted scalar and safe in JavaScript.
    public static func quote(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if c.value < 0x20 || c.value == 0x7F || c.value == 0x2028 || c.value == 0x2029 {
                    let hex = String(c.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        return out + "\""
    }

    /// The string a JSON string literal (quotes included) denotes, or nil when it is not one; read by the one
    /// JSON parser, so escapes and surrogate pairs follow one set of rules.
    public static func unquote(_ literal: String) -> String? {
        guard literal.first == "\"" else { return nil }
        return (try? JSONParser.parse(literal))?.stringValue
    }
}
