import GlossCore

/// The session's journal: every completed cell is appended to a file and flushed before the next prompt,
/// so a killed shell loses no completed cell. The file is a transcript (FORMAT.md) that only grows.
///
/// One file per session, `<article sha256>-<time>-<pid>.md`, locked while its session runs, so that two
/// shells on one article never mix cells and a running session's journal is never offered for recovery.
/// Saving removes the journal (nothing is unsaved); the next cell starts a new one holding the whole session.
public final class Journal {
    public let directory: String
    public let path: String
    private var fd: Int32 = -1
    private var broken = false

    /// `$XDG_STATE_HOME/gloss/journal`, else `~/.local/state/gloss/journal`; nil when neither can be named.
    public static func defaultDirectory() -> String? {
        StateDirectory.path().map { $0 + "/journal" }
    }

    public init(directory: String, sha256: String) {
        self.directory = directory
        self.path = "\(directory)/\(sha256)-\(time(nil))-\(getpid()).md"
    }

    deinit { if fd >= 0 { close(fd) } }

    /// Appends a completed cell; the first call writes the header and every earlier cell.
    /// Returns a message the first time writing fails (the journal then stays off).
    public func record(_ cell: Cell, in workspace: Workspace) -> String? {
        guard !broken else { return nil }
        if fd < 0 {
            do throws(ShellError) { try AtomicFile.makeDirectories(directory) } catch {
                return disable(error.description)
            }
            // The journal appears whole or not at all: its first version (header and every cell so far)
            // is written under a temporary name and renamed into place, so a kill at any moment never
            // leaves an empty or headless journal. Later cells are appended to the same file.
            let temporary = path + ".tmp"
            fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0o600)
            guard fd >= 0 else { return disable(String(cString: strerror(errno))) }
            _ = flock(fd, LOCK_EX | LOCK_NB)
            let first = Transcript(workspace: workspace).render()
            guard writeAll(first) else { return disable(String(cString: strerror(errno))) }
            _ = fdatasync(fd)
            guard rename(temporary, path) == 0 else { return disable(String(cString: strerror(errno))) }
            return nil
        }
        let text = "\n" + Transcript.render(Transcript.entry(cell))
        // One write per cell, then fdatasync: the cell is on disk before the next prompt.
        guard writeAll(text) else { return disable(String(cString: strerror(errno))) }
        _ = fdatasync(fd)
        return nil
    }

    /// Writes all of `text` to the journal's descriptor; false on an error.
    private func writeAll(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { Platform.writeAll(fd, UnsafeRawBufferPointer($0)) } == 0
    }

    /// The session was saved: nothing is unsaved, so the journal goes.
    public func sessionSaved() {
        discard()
    }

    /// Removes this session's journal (a batch that ended cleanly, or a saved session).
    public func discard() {
        if fd >= 0 {
            close(fd)
            fd = -1
            unlink(path)
        }
    }

    private func disable(_ reason: String) -> String {
        broken = true
        return "journal \(path): \(reason); this session cannot be recovered after a crash"
    }

    /// Journals of earlier sessions on the article, oldest first, skipping those whose session still runs.
    public static func pending(in directory: String, sha256: String) -> [String] {
        var found = [(path: String, modified: Int)]()
        for name in AtomicFile.entries(of: directory) {
            guard name.hasPrefix(sha256 + "-"), name.hasSuffix(".md") || name.hasSuffix(".md.tmp") else { continue }
            let path = directory + "/" + name
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { continue }
            defer { close(fd) }
            // A live session holds its lock.
            guard flock(fd, LOCK_SH | LOCK_NB) == 0 else { continue }
            // A first version whose session was killed before the rename: the journal never existed,
            // so the file is left over (at most the first cell, killed within its own fsync), not a session.
            if name.hasSuffix(".tmp") {
                unlink(path)
                continue
            }
            var st = stat()
            guard fstat(fd, &st) == 0, st.st_size > 0 else { continue }
            found.append((path, Int(st.st_mtim.tv_sec)))
        }
        return found.sorted { ($0.modified, $0.path) < ($1.modified, $1.path) }.map(\.path)
    }

    /// A journal's transcript; a cell cut short by a crash is dropped.
    public static func read(_ path: String) throws(ShellError) -> Transcript {
        let bytes: [UInt8]
        do {
            bytes = try FileReader.readBytes(atPath: path, limit: ReplayPlan.maximumBytes)
        } catch {
            throw .article(error)
        }
        return try TranscriptParser.parse(bytes, path: path, tolerateTruncation: true)
    }

    /// When a journal was last written, as local "YYYY-MM-DD HH:MM".
    public static func modified(_ path: String) -> String {
        var st = stat()
        guard stat(path, &st) == 0 else { return "an unknown time" }
        var seconds = st.st_mtim.tv_sec
        var parts = tm()
        localtime_r(&seconds, &parts)
        var buffer = [CChar](repeating: 0, count: 32)
        let n = strftime(&buffer, buffer.count, "%Y-%m-%d %H:%M", &parts)
        return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    public static func remove(_ path: String) { unlink(path) }
}
