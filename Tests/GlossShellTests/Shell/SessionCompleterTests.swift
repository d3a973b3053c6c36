import Foundation
import Testing
import GlossCore
import GlossTestSupport
@testable import GlossShell

/// Tab completion follows each argument's and option's declared completion.
@Suite struct DeclaredCompletionTests {
    let session = makeSession()
    var completer: SessionCompleter { SessionCompleter(session: session) }

    @Test func setCompletesItsSettingsAndTheirValues() {
        #expect(completer.completions(forLine: "set ") == ["width", "color", "format"])
        #expect(completer.completions(forLine: "set format ") == Settings.Format.allCases.map(\.rawValue))
        #expect(completer.completions(forLine: "set color n") == ["never"])
        #expect(completer.completions(forLine: "set width ") == ["auto"])
    }

    @Test func argumentsAndOptionValuesCompleteToWhatTheyDeclare() {
        #expect(completer.completions(forLine: "export ") == Exporters.all.map(\.format))
        #expect(completer.completions(forLine: "actors --kind ") == ["person", "state", "org", "place"])
        #expect(completer.completions(forLine: "network --format m") == ["mermaid"])
        #expect(completer.completions(forLine: "help qu") == ["quote", "quotes", "quit"])
        #expect(completer.completions(forLine: "tag 1.1 claim:q") == ["claim:quantity"])
        #expect(completer.completions(forLine: "suggest | tag claim:p") == ["claim:personal", "claim:prediction"])
        #expect(completer.completions(forLine: "tags --actor Pu") == ["Putin"])
        #expect(completer.completions(forLine: "with Putin Ki") == ["Kim", "\"Kim Jong Un\""])
    }

    @Test func nothingIsOfferedPastTheLastArgumentUnlessItRepeats() {
        #expect(completer.completions(forLine: "read 3.1 ").isEmpty)
        #expect(completer.completions(forLine: "quote 2 ").isEmpty)
        #expect(completer.completions(forLine: "with Putin ").contains("Kim"))
        // A quoted span is one argument, so the label after it still completes.
        #expect(completer.completions(forLine: "tag 3.1 \"Putin good\" claim:q") == ["claim:quantity"])
    }

    @Test func tagIDsCompleteOnceTagsExist() {
        session.output("tag 1.1 claim")
        session.output("tag 2.1 claim")
        #expect(completer.completions(forLine: "untag ") == ["1", "2"])
    }
}

/// Arguments declared as files complete to paths.
@Suite struct FileCompletionTests {
    @Test func pathsCompleteInTheirFolderWithSlashesOnFolders() throws {
        let folder = ScratchFolder.make("files")
        try FileManager.default.createDirectory(atPath: folder + "/Sessions", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: folder + "/script.gloss", contents: Data())
        FileManager.default.createFile(atPath: folder + "/.hidden", contents: Data())
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(SessionCompleter.fileCompletions(folder + "/") == [folder + "/Sessions/", folder + "/script.gloss"])
        #expect(SessionCompleter.fileCompletions(folder + "/sc") == [folder + "/script.gloss"])
        #expect(SessionCompleter.fileCompletions(folder + "/.h") == [folder + "/.hidden"])
        let session = makeSession()  // the completer holds its session unowned
        let completer = SessionCompleter(session: session)
        #expect(completer.completions(forLine: "replay \(folder)/S") == [folder + "/Sessions/"])
        #expect(completer.completions(forLine: "export json \(folder)/s") == [folder + "/script.gloss"])
        withExtendedLifetime(session) {}
    }
}
