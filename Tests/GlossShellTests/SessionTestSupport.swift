import GlossCore
@testable import GlossShell

/// A session on the bundled article (or on `text`), for driving commands the way the shell does.
func makeSession(_ text: String? = nil) -> Session {
    let article = text.map { Article(text: $0, source: "test.txt") } ?? ArticleLoader.bundled()
    return Session(workspace: Workspace(article: article))
}

extension Session {
    /// Runs a line and returns its transcript output (the error line for a failed cell).
    @discardableResult
    func output(_ line: String) -> String {
        run(line)?.cell.output ?? ""
    }

    /// Runs a line that must fail and returns the error's message.
    func failure(_ line: String) -> String? {
        run(line)?.error?.description
    }
}
