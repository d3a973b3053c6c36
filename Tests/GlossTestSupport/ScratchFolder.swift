import Foundation

/// Temporary folders for tests. They all live under one folder per test process, which is removed when the
/// process exits, so that a test that fails half-way, or forgets to clean up, leaves nothing in /tmp.
public enum ScratchFolder {
    /// This process's folder, `$TMPDIR/gloss-tests-PID`. Made on first use; folders of earlier test processes
    /// that no longer run (killed before their exit handler) are removed then.
    public static let root: String = {
        let base = FileManager.default.temporaryDirectory.path
        let prefix = "gloss-tests-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: base)) ?? [] where name.hasPrefix(prefix) {
            if let pid = Int32(name.dropFirst(prefix.count)), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH {
                try? FileManager.default.removeItem(atPath: base + "/" + name)
            }
        }
        let root = base + "/" + prefix + String(getpid())
        try? FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        atexit { ScratchFolder.removeRoot() }
        return root
    }()

    /// A new empty folder under `root`; `purpose` starts its name, so a folder left by a crash says whose it was.
    public static func make(_ purpose: String) -> String {
        let path = root + "/" + purpose + "-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Removes this process's folder and everything in it.
    static func removeRoot() {
        try? FileManager.default.removeItem(atPath: root)
    }
}
