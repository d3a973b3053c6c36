import Foundation
import Testing
import GlossCore
import GlossTestSupport
@testable import GlossShell

/// Commands are pure: save and export return the file to write, and the session writes it under its policy.
@Suite struct SessionActionTests {
    private func temporaryFolder() throws -> String {
        ScratchFolder.make("actions")
    }

    @Test func exportAndSaveReturnTheFileInsteadOfWritingIt() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let session = makeSession()
        session.output("tag 1.1 claim")
        let path = folder + "/out.json"
        let export = try ExportCommand().run(CommandCall(arguments: ["json", path]), in: session.workspace)
        #expect(!FileManager.default.fileExists(atPath: path))
        guard case .write(let file) = export.actions.first else { Issue.record("no write action"); return }
        #expect(file.path == path && file.contents.contains("\"label\": \"claim\""))
        let save = try SaveCommand().run(CommandCall(arguments: [folder + "/s.md"]), in: session.workspace)
        guard case .save(let transcript) = save.actions.first else { Issue.record("no save action"); return }
        #expect(transcript.contents.hasPrefix("---\ngloss-transcript: 1\n"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/s.md"))
    }

    @Test func theSessionWritesUnderItsPolicyAndRecordsTheSave() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Confined (as in a replay), an absolute path is refused and nothing is written.
        var workspace = Workspace(article: ArticleLoader.bundled())
        workspace.context.policy = FilePolicy(root: FilePolicy.realPath(folder))
        let confined = Session(workspace: workspace)
        confined.output("info")
        #expect(confined.failure("export json \(folder)/elsewhere.json")?.hasPrefix("not allowed in a replay: write") == true)
        #expect(!FileManager.default.fileExists(atPath: folder + "/elsewhere.json"))
        let session = makeSession()
        session.output("info")
        #expect(session.output("save \(folder)/notes/a.md").hasPrefix("saved \(folder)/notes/a.md (1 cell"))
        #expect(FileManager.default.fileExists(atPath: folder + "/notes/a.md"))
        #expect(session.workspace.context.savedPath == folder + "/notes/a.md")
        #expect(session.workspace.context.savedCellCount == 1)
        // Exporting twice needs --force; the refusal is the session's, before anything is written.
        #expect(session.output("export csv \(folder)/t.csv").hasPrefix("wrote"))
        #expect(session.failure("export csv \(folder)/t.csv")?.contains("exists; add --force to replace it") == true)
    }
}
