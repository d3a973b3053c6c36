/// Normalised keys for matching names typed by a user or written in different ways:
/// lower case, diacritics folded (common Latin letters), full stops dropped, apostrophes
/// straightened, hyphens, commas and runs of spaces turned into one space. "U.S." → "us",
/// "Washington, D.C." → "washington dc", "Jean-Claude" → "jean claude", "Orbán" → "orban".
public enum NameKey {
    /// The key of a name or form.
    public static func key(_ s: String) -> String {
        if let k = asciiKey(s) { return k }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for c in s.unicodeScalars {
            let v = c.value
            if v == 0x2E || CharacterClass.isSoftHyphen(c) { continue }  // . and a soft hyphen inside a word
            if isSeparator(c) {
                pendingSpace = !out.isEmpty
                continue
            }
            if CharacterClass.isApostrophe(c) || v == 0x2018 { appendPending(&out, &pendingSpace); out.append("'"); continue }
            if v >= 0x300 && v <= 0x36F { continue }  // combining marks
            appendPending(&out, &pendingSpace)
            if v < 0x80 { out.append(CharacterClass.isASCIIUpper(byte: UInt8(v)) ? Unicode.Scalar(UInt8(v) + 32) : c); continue }
            if let folded = fold(v) {
                for f in folded.unicodeScalars { out.append(f) }
                continue
            }
            for l in c.properties.lowercaseMapping.unicodeScalars { out.append(l) }
        }
        return String(out)
    }

    /// `key` for pure ASCII (most names), the same rules over bytes without building a scalar view;
    /// nil when `s` has any non-ASCII byte.
    private static func asciiKey(_ s: String) -> String? {
        s.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            for b in bytes where b >= 0x80 { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                var n = 0
                var pendingSpace = false
                for b in bytes {
                    if b == 0x2E { continue }  // .
                    if isSeparator(Unicode.Scalar(b)) {
                        pendingSpace = n > 0
                        continue
                    }
                    if pendingSpace { out[n] = 0x20; n += 1; pendingSpace = false }
                    out[n] = CharacterClass.isASCIIUpper(byte: b) ? b + 32 : b
                    n += 1
                }
                return n
            }
        } ?? nil
    }

    /// What separates the words of a key: white space, hyphens, the em dash and the comma ("Washington, D.C.").
    @inline(__always) private static func isSeparator(_ c: Unicode.Scalar) -> Bool {
        CharacterClass.isSpace(c) || CharacterClass.isHyphen(c) || c == "," || c == "\u{2014}"
    }

    @inline(__always) private static func appendPending(_ out: inout String.UnicodeScalarView, _ pending: inout Bool) {
        if pending { out.append(" "); pending = false }
    }

    /// Latin letters with diacritics → their base letters (lower case).
    private static func fold(_ v: UInt32) -> String? {
        guard v >= 0xC0 && v <= 0x17F else { return nil }
        return table[Int(v - 0xC0)].map { String($0) }
    }

    // 0xC0 ... 0x17F; nil where there is no simple base letter.
    private static let table: [Character?] = {
        let latin1: [Character?] = [
            "a", "a", "a", "a", "a", "a", nil, "c", "e", "e", "e", "e", "i", "i", "i", "i",  // C0-CF
            "d", "n", "o", "o", "o", "o", "o", nil, "o", "u", "u", "u", "u", "y", nil, nil,  // D0-DF
            "a", "a", "a", "a", "a", "a", nil, "c", "e", "e", "e", "e", "i", "i", "i", "i",  // E0-EF
            "d", "n", "o", "o", "o", "o", "o", nil, "o", "u", "u", "u", "u", "y", nil, "y",  // F0-FF
        ]
        // Latin Extended-A, 0x100-0x17F, in pairs (upper, lower) mostly.
        let extA: [Character?] = [
            "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",  // 100
            "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",  // 110
            "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",  // 120
            "i", "i", nil, nil, "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",  // 130
            "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", nil, nil, "o", "o", "o", "o",  // 140
            "o", "o", nil, nil, "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",  // 150
            "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",  // 160
            "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",  // 170
        ]
        return latin1 + extA
    }()
}
