import Foundation
import Testing
import GlossCore
import GlossTestSupport
@testable import GlossShell

@Suite struct TagCommandTests {
    func session(_ text: String? = nil) -> Session {
        Session(workspace: Workspace(article: text.map { Article(text: $0, source: "t.txt") } ?? ArticleLoader.bundled()))
    }

    @discardableResult
    func run(_ s: Session, _ line: String) -> Session.Execution { s.run(line)! }

    @Test func spanTagAnchorsExactText() {
        let s = session()
        let e = run(s, "tag 5.1 \"May 9th\" claim:quantity --note 'check the date'")
        #expect(e.error == nil)
        let t = s.workspace.tags[0]
        #expect(t.id == 1 && t.label == "claim:quantity" && t.note == "check the date")
        #expect(s.workspace.article.text(from: t.anchor.start, to: t.anchor.end) == "May 9th")
        #expect(t.anchor.ref?.description == "5.1")
    }

    @Test func spanNotFoundIsRefusedWithAHint() {
        let s = session()
        let e = run(s, "tag 5.1 \"may 9th\" x")
        #expect(e.error != nil)
        #expect(e.cell.output.contains("does not occur exactly") && e.cell.output.contains("May 9th"))
        #expect(s.workspace.tags.isEmpty)
    }

    @Test func ambiguousSpanIsRefusedListingCandidates() {
        let s = session()
        let e = run(s, "tag 5.1 Korea x")
        #expect(e.error != nil)
        #expect(e.cell.output.contains("ambiguous") && e.cell.output.contains("5.1 at 1145") && e.cell.output.contains("5.1 at 1266"))
        #expect(s.workspace.tags.isEmpty)
    }

    @Test func tagARangeAndAList() {
        let s = session()
        run(s, "tag 9.1-9.2 pact")
        run(s, "tag 1.1,3.1 framing")
        #expect(s.workspace.tags.map(\.id) == [1, 2, 3, 4])
        #expect(s.workspace.tags.map { $0.anchor.ref!.description } == ["9.1", "9.2", "1.1", "3.1"])
    }

    @Test func badLabelIsRefused() {
        let s = session()
        #expect(run(s, "tag 1.1 claim:rumour").error != nil)
        #expect(run(s, "tag 1.1 'two words'").error != nil)
        #expect(s.workspace.tags.isEmpty)
    }

    @Test func tagViaPipeAndDollar() {
        let s = session()
        run(s, "find missile | tag weapons")
        #expect(s.workspace.tags.map { $0.anchor.ref!.description } == ["4.1", "8.1", "11.1"])
        run(s, "find Zinoviev")
        run(s, "tag $ envoy")
        #expect(s.workspace.tags.last?.anchor.ref?.description == "9.1")
        run(s, "suggest 3 | tag claim")
        #expect(s.workspace.tags.filter(\.isClaim).count == 3)
        #expect(run(s, "find Putin | tag 1.1 x").error != nil)
    }

    @Test func retaggingTheSameTextIsSkipped() {
        let s = session()
        run(s, "tag 1.1 intro")
        let e = run(s, "tag 1.1 intro")
        #expect(e.cell.effect == nil)
        #expect(s.workspace.tags.count == 1)
    }

    @Test func untagAndIdsAreNeverReused() {
        let s = session()
        run(s, "tag 1.1 a")
        run(s, "tag 1.2 b")
        #expect(run(s, "untag 1").error == nil)
        #expect(s.workspace.tags.map(\.id) == [2])
        #expect(run(s, "untag 1").error != nil)
        #expect(run(s, "untag '#2' 9").error != nil)
        run(s, "tag 2.1 c")
        #expect(s.workspace.tags.map(\.id) == [2, 3])
    }

    @Test func undoTwiceThenNothing() {
        let s = session()
        run(s, "tag 1.1 a")
        run(s, "tag 1.2 b")
        run(s, "untag 1")
        run(s, "info")
        #expect(run(s, "undo").cell.output.contains("restored tag #1"))
        #expect(s.workspace.tags.map(\.id) == [1, 2])
        #expect(run(s, "undo").cell.output.contains("removed tag #2"))
        #expect(s.workspace.tags.map(\.id) == [1])
        run(s, "undo")
        #expect(s.workspace.tags.isEmpty)
        let e = run(s, "undo")
        #expect(e.error != nil && e.cell.output.contains("nothing to undo"))
        run(s, "tag 3.1 d")
        #expect(s.workspace.tags.map(\.id) == [3])
    }

    @Test func tagsFilterByLabelAndActor() {
        let s = session()
        run(s, "tag 9.2 claim:prediction")
        run(s, "tag 5.1 claim")
        run(s, "tag 1.1 intro")
        let claims = run(s, "tags claim")
        #expect(claims.cell.output.contains("#1") && claims.cell.output.contains("#2") && !claims.cell.output.contains("intro"))
        #expect(claims.cell.sentences?.count == 2)
        let putin = run(s, "tags --actor Putin")
        #expect(putin.cell.output.contains("#1") && putin.cell.output.contains("#3") && !putin.cell.output.contains("#2 "))
        #expect(run(s, "tags nothing").cell.output.contains("no tags labelled nothing"))
    }

    @Test func claimsAreGroupedByType() {
        let s = session()
        run(s, "tag 9.2 \"very great error\" claim:attribution --note 'exact words?'")
        run(s, "tag 5.1 \"May 9th\" claim:quantity")
        run(s, "tag 1.2 claim")
        run(s, "tag 1.1 intro")
        let out = run(s, "claims").cell.output
        let q = out.range(of: "quantity (1)")!, a = out.range(of: "attribution (1)")!, n = out.range(of: "no type (1)")!
        #expect(q.lowerBound < a.lowerBound && a.lowerBound < n.lowerBound)
        #expect(out.contains("#1  9.2  “very great error”") && out.contains("note: exact words?"))
        #expect(!out.contains("intro"))
    }

    @Test func loadReanchorsAndReportsOrphans() throws {
        let dir = ScratchFolder.make("tags")
        let original = ArticleLoader.bundled()
        let edited = "A new first paragraph.\n" + original.text.replacing("It is republished with permission.", with: "")
        let path = dir + "/edited.txt"
        try edited.write(toFile: path, atomically: true, encoding: .utf8)
        let s = session()
        run(s, "tag 5.1 \"May 9th\" date")
        run(s, "tag 14.4 notice")
        let e = run(s, "load \(path)")
        #expect(e.cell.output.contains("2 tags: 1 re-anchored, 1 orphaned"))
        let tags = s.workspace.tags
        #expect(tags[0].anchor.ref?.description == "6.1" && !tags[0].orphaned)
        #expect(s.workspace.article.text(from: tags[0].anchor.start, to: tags[0].anchor.end) == "May 9th")
        #expect(tags[1].orphaned)
        #expect(run(s, "tags").cell.output.contains("orphaned"))
    }
}
