import Foundation
import Testing

/// Article files that are not what Gloss expects, through the real binary: one error line and exit 1, or
/// loaded with hostile characters shown escaped. (Missing, empty, NUL, Latin-1 and directory are in CommandLineTests.)
@Suite struct BadArticleTests {
    static let abc = Array("Some text.\n".utf8)

    @Test(arguments: [
        ("start.txt", [0xFF] + abc, "start.txt: invalid UTF-8 at byte offset 0"),
        ("middle.txt", Array("Some ".utf8) + [0xC3, 0x28] + abc, "middle.txt: invalid UTF-8 at byte offset 5"),
        ("end.txt", abc + [0xE2, 0x80], "end.txt: invalid UTF-8 at byte offset 11"),
        ("le.txt", [0xFF, 0xFE, 0x53, 0, 0x6F, 0], "le.txt: UTF-16 text; convert it to UTF-8 first (iconv -f UTF-16 -t UTF-8)"),
        ("be.txt", [0xFE, 0xFF, 0, 0x53, 0, 0x6F], "be.txt: UTF-16 text; convert it to UTF-8 first (iconv -f UTF-16 -t UTF-8)"),
        ("space.txt", Array(" \n\t\r\n  \n".utf8), "space.txt: the file has no text (empty or only white space)"),
        ("nul.txt", abc + [0] + abc, "nul.txt: binary file (NUL byte at offset 11), not text"),
    ] as [(String, [UInt8], String)])
    func refusedWithOneLine(name: String, bytes: [UInt8], message: String) throws {
        let dir = GlossProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(bytes).write(to: dir.child(name))
        let run = try GlossProcess([name, "-c", "info"], in: dir).run()
        #expect(run.status == 1)
        #expect(run.stderr == "gloss: \(message)\n")
        #expect(run.stdout.isEmpty)
    }

    @Test func aFIFOIsRefusedWithoutBlocking() throws {
        let dir = GlossProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(mkfifo(dir.child("pipe").path, 0o600) == 0)
        // Nobody ever writes the FIFO: opening it for reading would block for ever.
        let run = try GlossProcess(["pipe", "-c", "info"], in: dir).run(timeout: 10)
        #expect(run.status == 1)
        #expect(run.stderr == "gloss: pipe: not a regular file\n")
    }

    @Test func aSymlinkLoopIsUnreadable() throws {
        let dir = GlossProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(symlink("loop", dir.child("loop").path) == 0)
        let run = try GlossProcess(["loop", "-c", "info"], in: dir).run()
        #expect(run.status == 1)
        #expect(run.stderr == "gloss: loop: cannot read: Too many levels of symbolic links\n")
    }

    /// Root reads any file whatever its mode, so the denied read runs gloss as `nobody` (setpriv), when that is possible.
    static let canDropPrivileges = getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")

    @Test(.enabled(if: canDropPrivileges || getuid() != 0, "running as root without setpriv: mode 000 does not stop root from reading"))
    func anUnreadableFileIsOneLine() throws {
        let dir = GlossProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "Some text.\n".write(to: dir.child("secret.txt"), atomically: true, encoding: .utf8)
        chmod(dir.path, 0o755)
        chmod(dir.child("secret.txt").path, 0o000)
        var arguments = ["secret.txt", "-c", "info"]
        var process = GlossProcess(arguments, in: dir, stateHome: URL(fileURLWithPath: "/tmp"))
        if getuid() == 0 {
            arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", GlossProcess.binary] + arguments
            process = GlossProcess(arguments, in: dir, stateHome: URL(fileURLWithPath: "/tmp"))
            process.executable = "/usr/bin/setpriv"
        }
        let run = try process.run()
        #expect(run.status == 1)
        #expect(run.stderr == "gloss: secret.txt: cannot read: Permission denied\n")
    }

    @Test func controlCharactersInTheTextReachTheTerminalEscaped() throws {
        let dir = GlossProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let hostile = "Title \u{1B}]0;pwned\u{7} here\n\nPutin said \u{1B}[2J hello \u{202E}evil\u{202C} \u{9B}31m now. "
            + "Kim \u{1B}[31mJong\u{1B}[0m Un met Putin.\u{7} Back\u{8}\u{8}space and DEL\u{7F}.\n"
        try hostile.write(to: dir.child("hostile.txt"), atomically: true, encoding: .utf8)
        for command in ["read", "quote 1.1-1.3", "find Putin", "find --regex 'J.*g'", "info", "actors", "tag 1.2 claim", "history", "quote 1.1 | read"] {
            let run = try GlossProcess(["hostile.txt", "--color", "never", "-c", command], in: dir).run()
            #expect(run.status == 0, "\(command): \(run.stderr)")
            let unsafe = run.stdout.unicodeScalars.filter { c in
                (c.value < 0x20 && c != "\n") || c.value == 0x7F || (0x80..<0xA0).contains(c.value)
                    || (0x202A...0x202E).contains(c.value) || (0x2066...0x2069).contains(c.value)
            }
            #expect(unsafe.isEmpty, "\(command) sent raw \(unsafe.map { String($0.value, radix: 16) })")
        }
        let read = try GlossProcess(["hostile.txt", "-c", "read 1"], in: dir).run()
        #expect(read.stdout.contains("Putin said ^[[2J hello <U+202E>evil<U+202C> <U+009B>31m now."))
    }

    @Test func rightToLeftCombiningAndEmojiAreKeptVerbatim() throws {
        let dir = GlossProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sentences = ["The sign read שלום עולם in Hebrew.", "Café and Cafe\u{301} differ in bytes.", "He wrote 👍🏽 and 🇰🇷 then left."]
        try (sentences.joined(separator: " ") + "\n").write(to: dir.child("world.txt"), atomically: true, encoding: .utf8)
        let run = try GlossProcess(["world.txt", "-c", "quote 1.1-1.3", "-c", "find 🇰🇷", "-c", "find עולם"], in: dir).run()
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix(sentences.joined(separator: " ") + "\n  — world.txt, ¶1.1–1.3\n"))
        #expect(run.stdout.contains("1 match in 1 sentence"))
    }

    @Test(.timeLimit(.minutes(3)))
    func aTenMegabyteLineLoads() throws {
        let dir = GlossProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var line = [UInt8]()
        line.reserveCapacity(10_000_100)
        let words = ["Putin", "met", "Kim", "and", "the", "pact"].map { Array($0.utf8) + [0x20] }
        var k = 0
        while line.count < 10_000_000 { line += words[k % words.count]; k += 1 }
        line += Array("end.\n".utf8)
        try Data(line).write(to: dir.child("line.txt"))
        let run = try GlossProcess(["line.txt", "-c", "info", "-c", "find pact"], in: dir).run(timeout: 170)
        #expect(run.status == 0, "\(run.stderr.prefix(300))")
        #expect(run.stdout.contains("sentences   1\n"))
        #expect(run.stdout.hasSuffix(" matches in 1 sentence\n"), "\(run.stdout.suffix(300))")
    }

    /// A debug build takes about 90 s for 50 MB (a release build a few seconds), so this runs when asked.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["GLOSS_LARGE_TESTS"] == "1", "set GLOSS_LARGE_TESTS=1 to load a 50 MB article (slow on a debug build)"),
          .timeLimit(.minutes(10)))
    func aFiftyMegabyteFileLoads() throws {
        let dir = GlossProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let paragraph = Array("Putin met Kim in Pyongyang on Tuesday. The two leaders signed a pact, officials said.\n\n".utf8)
        var bytes = [UInt8]()
        bytes.reserveCapacity(50_000_100)
        while bytes.count < 50_000_000 { bytes += paragraph }
        try Data(bytes).write(to: dir.child("big.txt"))
        let run = try GlossProcess(["big.txt", "-c", "info", "-c", "quote 1000.2"], in: dir).run(timeout: 580)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("The two leaders signed a pact, officials said.\n  — big.txt, ¶1000.2\n"))
    }
}
