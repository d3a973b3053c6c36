import Foundation
import Testing

/// `gloss replay` and `gloss check` on files that are not transcripts: one error line on stderr, exit 1, file untouched.
@Suite struct BadTranscriptFileTests {
    @Test(arguments: [
        ("junk.md", Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x00, 0xFF]), "junk.md:1: binary data (a NUL byte), not a transcript"),
        ("cut.md", Data("---\ngloss-transcript: 1\narticle: a\n".utf8), "cut.md:1: the front matter is not closed by a --- line"),
        ("future.md", Data("---\ngloss-transcript: 7\narticle: a\nsha256: \(String(repeating: "0", count: 64))\n---\n".utf8),
         "future.md:2: format version 7 is newer than this Gloss reads (up to 1); update Gloss"),
    ] as [(String, Data, String)])
    func replayAndCheckRefuseWithOneLine(name: String, contents: Data, message: String) throws {
        let dir = GlossProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try contents.write(to: dir.child(name))
        let replay = try GlossProcess(["replay", name], in: dir).run()
        #expect(replay.status == 1)
        #expect(replay.stderr == "gloss: \(message)\n")
        for arguments in [["check", name], ["check", "--update", name]] {
            let check = try GlossProcess(arguments, in: dir).run()
            #expect(check.status == 1)
            #expect(check.stderr == "gloss: check: \(message)\n")
        }
        #expect(try Data(contentsOf: dir.child(name)) == contents)
    }
}
