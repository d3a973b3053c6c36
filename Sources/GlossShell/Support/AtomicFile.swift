import GlossCore

/// Writes files so that readers only ever see the old or the new complete version:
/// write a temporary file beside the target, fsync it, then rename it over the target.
public enum AtomicFile {
    /// Writes `contents` to `path` atomically, or throws with the path and the system's reason.
    public static func write(_ contents: String, to path: String) throws(ShellError) {
        let directory = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let temporary = (directory.isEmpty ? "" : directory + "/") + ".\(name).tmp-\(getpid())"
        removeAbandonedTemporaries(of: name, in: directory.isEmpty ? "/" : directory)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .io(path: path, reason: "cannot write: " + String(cString: strerror(errno))) }
        var failure: String?
        let bytes = Array(contents.utf8)
        let written = bytes.withUnsafeBytes { Platform.writeAll(fd, $0) }
        if written != 0 { failure = String(cString: strerror(written)) }
        if failure == nil, fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        if close(fd) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw .io(path: path, reason: "cannot write: " + failure)
        }
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .io(path: path, reason: "cannot write: " + reason)
        }
    }

    /// Deletes temporary files of earlier writes of the same file whose process no longer exists
    /// (a writer killed before its rename): they are half-written and nothing will ever finish them.
    static func removeAbandonedTemporaries(of name: String, in directory: String) {
        let prefix = ".\(name).tmp-"
        for entryName in AtomicFile.entries(of: directory) {
            guard entryName.hasPrefix(prefix), let pid = Int32(entryName.dropFirst(prefix.count)), pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink(directory + "/" + entryName) }
        }
    }

    /// The names in a folder (without "." and ".."); empty when it cannot be read.
    static func entries(of directory: String) -> [String] {
        guard let dir = opendir(directory) else { return [] }
        defer { closedir(dir) }
        var names = [String]()
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Whether a file exists at `path`.
    public static func exists(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0
    }

    /// Whether `path` is a folder.
    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// Creates a directory and its parents (with `mode`, 0755 unless given); succeeds when it exists already.
    public static func makeDirectories(_ path: String, mode: mode_t = 0o755) throws(ShellError) {
        var current = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            current += "/" + part
            if mkdir(current, mode) != 0 && errno != EEXIST {
                throw .io(path: path, reason: "cannot create directory: " + String(cString: strerror(errno)))
            }
        }
    }
}
