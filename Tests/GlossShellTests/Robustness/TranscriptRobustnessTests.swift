import Testing
import GlossCore
import GlossTestSupport
@testable import GlossShell

/// Broken and hostile transcripts and scripts: `replay` in a session and `check` each give one error line,
/// the session goes on, and the file is never changed. (The parser's own messages are in TranscriptTests.)
@Suite struct TranscriptRobustnessTests {
    static let sha = BundledArticle.sha256
    static let header = "---\ngloss-transcript: 1\narticle: \(BundledArticle.name)\nsha256: \(sha)\n---\n\n"

    /// Writes `bytes` to a new file in a scratch folder, named `name` and returns its path.
    func file(_ name: String, _ bytes: [UInt8]) -> String {
        let dir = ScratchFolder.make("robust")
        let path = dir + "/" + name
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        return path
    }

    func read(_ path: String) -> [UInt8] { (try? FileReader.readBytes(atPath: path)) ?? [] }

    @Test(arguments: [
        ("truncated.md", Array((header + "```gloss\n[1]> info\nsource      000_a4b").utf8), "truncated.md:7: the fenced block opened here is not closed"),
        ("unclosed.md", Array((header + "````gloss\n[1]> info\n```\n").utf8), "unclosed.md:7: the fenced block opened here is not closed"),
        ("future.md", Array("---\ngloss-transcript: 2\narticle: a\nsha256: \(sha)\n---\n".utf8), "future.md:2: format version 2 is newer than this Gloss reads"),
        ("junk.md", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0xFF, 0xD8], "junk.md:1: binary data (a NUL byte), not a transcript"),
        ("latin.md", Array("---\ngloss-transcript: 1\ntitle: Caf".utf8) + [0xE9, 0x0A], "latin.md:3: not UTF-8 text, not a transcript"),
        ("junk.gloss", Array("info\n".utf8) + [0xC3, 0x28, 0x0A], "junk.gloss:2: not UTF-8 text"),
    ] as [(String, [UInt8], String)])
    func brokenFilesAreOneErrorAndTheSessionGoesOn(name: String, bytes: [UInt8], message: String) {
        let path = file(name, bytes)
        let session = makeSession()
        session.output("quote 1.1")
        var reported = [Session.Execution]()
        session.perform("replay " + path) { reported.append($0) }
        #expect(reported.count == 1)
        let error = reported.first?.error?.description ?? ""
        #expect(error.contains(message), "\(error)")
        #expect(!error.contains("\n"))
        #expect(session.run("quote 14.2")?.error == nil)
        #expect(session.workspace.cells.count == 2)
        let report = Checker.check(path, update: true)
        #expect(report.failed)
        #expect(report.error?.description.contains(message) == true, "\(report.error?.description ?? "no error")")
        #expect(read(path) == bytes, "check --update changed a file it could not read")
    }

    @Test func aTranscriptOfAnotherArticleSaysSoAndRuns() throws {
        let other = String(repeating: "a", count: 64)
        let path = file("other.md", Array("---\ngloss-transcript: 1\narticle: other.txt\nsha256: \(other)\n---\n\n```gloss\n[1]> quote 1.1\nWhatever it said.\n```\n".utf8))
        let session = makeSession()
        var outputs = [String]()
        session.perform("replay " + path) { outputs.append($0.cell.output) }
        #expect(outputs.first?.contains("was recorded on other.txt (sha256 aaaaaaaaaaaa…); replaying on 000_a4bbf854dd06bcc4.txt") == true)
        #expect(outputs.count == 2)
        let report = Checker.check(path, update: false)
        #expect(report.failed)
    }

    @Test(.timeLimit(.minutes(1)))
    func aCellWithAHugeRecordedOutputIsCheckedQuickly() throws {
        // A million recorded lines against the real output: the diff must not build a million-by-N table.
        var text = Self.header + "```gloss\n[1]> read\n"
        text += String(repeating: "padding line\n", count: 1_000_000)
        text += "```\n"
        let path = file("huge.md", Array(text.utf8))
        let report = Checker.check(path, update: false)
        #expect(report.failed)
        #expect(report.error == nil)
        #expect(report.mismatches == 1)
        #expect(report.lines.last == "\(path): 1 of 1 cell differs" || report.lines.last?.hasSuffix("differ") == true, "\(report.lines.last ?? "")")
    }

    @Test func diffsOfLargeOutputsStayCorrect() {
        let old = (0..<3000).map { "line \($0)" }
        var new = old
        new[1500] = "changed"
        new.append("added")
        // Common ends are kept; the changed middle is a removal and an addition.
        let edits = LineDiff.script(old, new)
        #expect(edits.filter { $0.mark == "-" }.map(\.text) == ["line 1500"])
        #expect(edits.filter { $0.mark == "+" }.map(\.text) == ["changed", "added"] || edits.filter { $0.mark == "+" }.count == 2)
        // Past the table limit the whole middle is replaced: still old → new.
        let a = (0..<5000).map { "a\($0)" }, b = (0..<5000).map { "b\($0)" }
        let big = LineDiff.script(a, b)
        #expect(big.filter { $0.mark != "+" }.map(\.text) == a)
        #expect(big.filter { $0.mark != "-" }.map(\.text) == b)
    }
}
