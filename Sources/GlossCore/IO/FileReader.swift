/// Reads whole files with POSIX calls, so that loading an article needs no Foundation.
public enum FileReader {
    /// The largest article Gloss accepts; a larger file is refused with a clear message.
    public static let maximumArticleBytes = 256 * 1024 * 1024

    /// The bytes of the regular file at `path`, or an error naming the path and the problem.
    public static func readBytes(atPath path: String, limit: Int = maximumArticleBytes) throws(GlossCoreError) -> [UInt8] {
        var st = stat()
        if stat(path, &st) != 0 {
            if errno == ENOENT || errno == ENOTDIR { throw .fileNotFound(path: path) }
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        let type = st.st_mode & S_IFMT
        if type == S_IFDIR { throw .isDirectory(path: path) }
        // A FIFO or a device could block forever or never end: refuse anything but a regular file.
        if type != S_IFREG { throw .notARegularFile(path: path) }
        if Int(st.st_size) > limit { throw .tooLarge(path: path, bytes: Int(st.st_size), limit: limit) }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var bytes = [UInt8]()
        bytes.reserveCapacity(Int(st.st_size))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let got = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if got < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            if got == 0 { break }
            bytes.append(contentsOf: chunk[0..<got])
            if bytes.count > limit { throw .tooLarge(path: path, bytes: bytes.count, limit: limit) }
        }
        return bytes
    }
}
