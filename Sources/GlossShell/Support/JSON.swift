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

    /// The string a JSON string literal (quotes included) denotes, or nil when it is not one.
    public static func unquote(_ literal: String) -> String? {
        var scalars = Array(literal.unicodeScalars)
        guard scalars.count >= 2, scalars.first == "\"", scalars.last == "\"" else { return nil }
        scalars = Array(scalars[1..<(scalars.count - 1)])
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            i += 1
            if c == "\"" { return nil }
            guard c == "\\" else { out.append(c); continue }
            guard i < scalars.count else { return nil }
            let e = scalars[i]
            i += 1
            switch e {
            case "\"": out.append("\"")
            case "\\": out.append("\\")
            case "/": out.append("/")
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "t": out.append("\t")
            case "b": out.append("\u{8}")
            case "f": out.append("\u{C}")
            case "u":
                guard let high = hex4(scalars, &i) else { return nil }
                var value = high
                // A surrogate pair spells one scalar outside the BMP.
                if (0xD800..<0xDC00).contains(high) {
                    guard i + 1 < scalars.count, scalars[i] == "\\", scalars[i + 1] == "u" else { return nil }
                    i += 2
                    guard let low = hex4(scalars, &i), (0xDC00..<0xE000).contains(low) else { return nil }
                    value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let scalar = Unicode.Scalar(value) else { return nil }
                out.append(scalar)
            default: return nil
            }
        }
        return String(out)
    }

    private static func hex4(_ scalars: [Unicode.Scalar], _ i: inout Int) -> UInt32? {
        guard i + 4 <= scalars.count else { return nil }
        var v: UInt32 = 0
        for c in scalars[i..<(i + 4)] {
            guard let d = UInt32(String(c), radix: 16) else { return nil }
            v = v * 16 + d
        }
        i += 4
        return v
    }
}
