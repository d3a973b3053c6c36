/// Turns a file's bytes into the article text Gloss indexes: UTF-8, no BOM, LF line ends.
public enum TextDecoder {
    /// Decodes `bytes` or says exactly why they are not usable text. `name` is used in messages.
    public static func decode(_ bytes: [UInt8], name: String) throws(GlossCoreError) -> String {
        var start = 0
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            throw .utf16(path: name)
        }
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        if let nul = bytes[start...].firstIndex(of: 0) { throw .binary(path: name, offset: nul) }
        if let bad = firstInvalidUTF8(bytes, from: start) { throw .invalidUTF8(path: name, offset: bad) }
        // CRLF and lone CR become LF, in one pass over the bytes (CR never occurs inside a multi-byte sequence).
        var out = [UInt8]()
        out.reserveCapacity(bytes.count - start)
        var i = start
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0x0D {
                out.append(0x0A)
                if i + 1 < n, bytes[i + 1] == 0x0A { i += 1 }
            } else {
                out.append(b)
            }
            i += 1
        }
        let text = String(decoding: out, as: UTF8.self)
        // Empty as the article sees it: nothing left once white space (controls and BOMs included) is trimmed.
        if !text.unicodeScalars.contains(where: { !CharacterClass.isSpace($0) }) { throw .empty(path: name) }
        return text
    }

    /// The byte offset of the first ill-formed UTF-8 sequence, or nil when all is well formed.
    static func firstInvalidUTF8(_ bytes: [UInt8], from start: Int) -> Int? {
        var i = start
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let len: Int
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: len = 2
            case 0xE0: len = 3; lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: len = 3
            case 0xED: len = 3; hi = 0x9F
            case 0xF0: len = 4; lo = 0x90
            case 0xF1...0xF3: len = 4
            case 0xF4: len = 4; hi = 0x8F
            default: return i
            }
            if i + len > n { return i }
            if bytes[i + 1] < lo || bytes[i + 1] > hi { return i }
            var k = 2
            while k < len {
                if bytes[i + k] & 0xC0 != 0x80 { return i }
                k += 1
            }
            i += len
        }
        return nil
    }
}
