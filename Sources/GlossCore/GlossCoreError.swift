/// Everything that can go wrong in GlossCore. Only I/O throws: text analysis never does, it returns these as values.
public enum GlossCoreError: Error, Equatable, Sendable, CustomStringConvertible {
    case fileNotFound(path: String)
    case isDirectory(path: String)
    case notARegularFile(path: String)
    case unreadable(path: String, reason: String)
    case tooLarge(path: String, bytes: Int, limit: Int)
    case empty(path: String)
    case binary(path: String, offset: Int)
    case invalidUTF8(path: String, offset: Int)
    case utf16(path: String)
    /// A tag label that is not acceptable, and why.
    case invalidLabel(String, reason: String)

    public var description: String {
        switch self {
        case .fileNotFound(let p): return "\(p): no such file"
        case .isDirectory(let p): return "\(p): is a directory, not a text file"
        case .notARegularFile(let p): return "\(p): not a regular file"
        case .unreadable(let p, let reason): return "\(p): cannot read: \(reason)"
        case .tooLarge(let p, let bytes, let limit):
            return "\(p): \(bytes) bytes is over the limit of \(limit) bytes"
        case .empty(let p): return "\(p): the file has no text (empty or only white space)"
        case .binary(let p, let offset): return "\(p): binary file (NUL byte at offset \(offset)), not text"
        case .invalidUTF8(let p, let offset): return "\(p): invalid UTF-8 at byte offset \(offset)"
        case .utf16(let p): return "\(p): UTF-16 text; convert it to UTF-8 first (iconv -f UTF-16 -t UTF-8)"
        case .invalidLabel(_, let reason): return "bad label: \(reason)"
        }
    }
}
