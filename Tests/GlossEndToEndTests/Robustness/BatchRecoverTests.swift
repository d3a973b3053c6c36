import Foundation
import Testing

/// `printf 'recover\n' | gloss`: a batch that recovers a journal and ends without saving keeps the
/// recovered cells in a journal, so they are not lost with the journal they came from.
@Suite struct BatchRecoverTests {
    @Test func recoveredCellsStayInAJournalUntilSaved() throws {
        let state = GlossBinary.scratchDirectory()
        let work = GlossBinary.scratchDirectory()
        defer {
            try? FileManager.default.removeItem(atPath: state)
            try? FileManager.default.removeItem(atPath: work)
        }
        let environment = ["XDG_STATE_HOME": state, "HOME": state]
        // A journal is a transcript: make one by saving a session and putting it where journals go.
        let made = try GlossBinary.run(["-c", "tag 9.1 claim --note kept", "-c", "save first"], environment: environment, directory: work)
        #expect(made.status == 0, "\(made.stderr)")
        let sha = try #require(try GlossBinary.run(["-c", "info"]).stdout.split(separator: "\n").first { $0.hasPrefix("sha256") }?.split(separator: " ").last)
        let journals = state + "/gloss/journal"
        try FileManager.default.createDirectory(atPath: journals, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: work + "/Sessions/first.md", toPath: journals + "/\(sha)-1-1.md")

        let recovered = try GlossBinary.run([], stdin: "recover\n", environment: environment, directory: work)
        #expect(recovered.status == 0, "\(recovered.stderr)")
        #expect(recovered.stderr.contains("the recovered cells are unsaved; the journal keeps them"))
        let kept = try FileManager.default.contentsOfDirectory(atPath: journals).filter { $0.hasSuffix(".md") }
        #expect(kept.count == 1 && kept.first != "\(sha)-1-1.md", "\(kept)")
        let text = try String(contentsOfFile: journals + "/" + (kept.first ?? ""), encoding: .utf8)
        #expect(text.contains("tag 9.1 claim --note kept"))

        // Recovered again and saved, nothing is left to recover.
        let saved = try GlossBinary.run([], stdin: "recover\nsave second\n", environment: environment, directory: work)
        #expect(saved.status == 0, "\(saved.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: journals).filter { $0.hasSuffix(".md") }.isEmpty)
        #expect(try String(contentsOfFile: work + "/Sessions/second.md", encoding: .utf8).contains("tag 9.1 claim --note kept"))
    }
}
