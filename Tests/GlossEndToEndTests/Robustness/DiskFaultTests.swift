import Foundation
import Testing

/// A full disk, a read-only Sessions folder, and permission denied on save: one clear error, the session goes
/// on, and the file saved before is intact. Needs root to mount a small tmpfs (as in this sandbox and CI).
@Suite(.serialized) struct DiskFaultTests {
    /// Whether this process may mount a tmpfs (root with CAP_SYS_ADMIN), probed once.
    static let canMount: Bool = {
        guard getuid() == 0 else { return false }
        let probe = GlossProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: probe) }
        guard (try? shell("mount -t tmpfs -o size=16k tmpfs '\(probe.path)'")) == 0 else { return false }
        _ = try? shell("umount '\(probe.path)'")
        return true
    }()

    @discardableResult
    static func shell(_ command: String) throws -> Int32 {
        try GlossProcess.program("/bin/sh", ["-c", command]).run().status
    }

    /// A working folder whose Sessions/ is a tmpfs of `size`, holding an old saved session; unmounted by `body`'s end.
    func withSmallSessions(size: String, _ body: (URL, String) throws -> Void) throws {
        let dir = GlossProcess.temporaryDirectory()
        let sessions = dir.child("Sessions")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        #expect(try Self.shell("mount -t tmpfs -o size=\(size) tmpfs '\(sessions.path)'") == 0)
        defer {
            _ = try? Self.shell("umount '\(sessions.path)'")
            try? FileManager.default.removeItem(at: dir)
        }
        let first = try GlossProcess([], stdin: "quote 1.1\nsave s\n", in: dir).run()
        #expect(first.status == 0, "\(first.stderr)")
        try body(dir, try sessions.child("s.md").read())
    }

    @Test(.enabled(if: canMount, "needs root to mount a small tmpfs"))
    func aFullDiskKeepsTheOldFile() throws {
        try withSmallSessions(size: "12k") { dir, old in
            // Four readings of the article make a transcript larger than the 12 KiB left.
            let run = try GlossProcess([], stdin: "quote 1.1\nsave s --force\nread\nread\nread\nread\nsave s\nquote 14.2\n", in: dir).run()
            #expect(run.status == 1)
            #expect(run.stderr == "line 7: error: Sessions/s.md: cannot write: No space left on device\n", "\(run.stderr.prefix(500))")
            // The session went on after the failed save.
            #expect(run.stdout.hasSuffix("  — 000_a4bbf854dd06bcc4.txt, ¶14.2\n"))
            #expect(try dir.child("Sessions/s.md").read() == old)
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.child("Sessions").path) == ["s.md"], "a temporary file was left")
        }
    }

    @Test(.enabled(if: canMount, "needs root to mount a small tmpfs"))
    func aReadOnlySessionsFolderKeepsTheOldFile() throws {
        try withSmallSessions(size: "1m") { dir, old in
            #expect(try Self.shell("mount -o remount,ro '\(dir.child("Sessions").path)'") == 0)
            let run = try GlossProcess([], stdin: "quote 1.1\nsave s --force\nexport json Sessions/out.json\nquote 14.2\n", in: dir).run()
            #expect(run.status == 1)
            #expect(run.stderr == "line 2: error: Sessions/s.md: cannot write: Read-only file system\n"
                + "line 3: error: Sessions/out.json: cannot write: Read-only file system\n", "\(run.stderr.prefix(500))")
            #expect(run.stdout.hasSuffix("¶14.2\n"))
            #expect(try dir.child("Sessions/s.md").read() == old)
        }
    }

    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"), "needs root and setpriv to run gloss as another user"))
    func permissionDeniedOnSaveKeepsTheOldFile() throws {
        // Root may write anywhere, so gloss runs as nobody in a folder it may read but not write.
        let dir = GlossProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try GlossProcess([], stdin: "quote 1.1\nsave s\n", in: dir).run()
        #expect(first.status == 0)
        let old = try dir.child("Sessions/s.md").read()
        chmod(dir.path, 0o755)
        chmod(dir.child("Sessions").path, 0o755)
        var process = GlossProcess(["--reuid=65534", "--regid=65534", "--clear-groups", GlossProcess.binary],
                                   stdin: "quote 1.1\nsave s --force\nquote 14.2\n", in: dir, stateHome: dir.child("nobody-state"))
        process.executable = "/usr/bin/setpriv"
        let run = try process.run()
        #expect(run.status == 1)
        #expect(run.stderr.contains("line 2: error: Sessions/s.md: cannot write: Permission denied\n"), "\(run.stderr.prefix(500))")
        #expect(run.stdout.hasSuffix("¶14.2\n"))
        #expect(try dir.child("Sessions/s.md").read() == old)
    }
}
