import GlossCore

/// HMAC-SHA256 (RFC 2104) over GlossCore's SHA256, for signing Jupyter messages; proven against RFC 4231's
/// test vectors in the tests. Hand-written rather than swift-crypto: twenty lines over a hash the project
/// already has and tests, against a package that would double the build.
public enum HMACSHA256 {
    private static let blockSize = 64

    /// The 32-byte authentication code of `message` under `key`.
    public static func mac(key: [UInt8], message: [UInt8]) -> [UInt8] {
        var block = key.count > blockSize ? SHA256.digest(key) : key
        block += [UInt8](repeating: 0, count: blockSize - block.count)
        let inner = SHA256.digest(block.map { $0 ^ 0x36 } + message)
        return SHA256.digest(block.map { $0 ^ 0x5C } + inner)
    }

    /// The code as lowercase hex, as Jupyter's signature frame carries it.
    public static func hexMAC(key: [UInt8], parts: [[UInt8]]) -> String {
        hex(mac(key: key, message: parts.flatMap { $0 }))
    }

    /// Lowercase hex digits of `bytes`.
    public static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0xF)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether two byte strings are equal, taking the same time wherever they differ (no early exit), so a
    /// forger cannot learn a signature byte by byte from response times. Lengths are not secret.
    public static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for k in 0..<a.count { difference |= a[k] ^ b[k] }
        return difference == 0
    }
}
