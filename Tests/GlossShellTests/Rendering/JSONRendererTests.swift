import Foundation
import Testing
@testable import GlossShell

/// `set format json`: every result as a JSON document with refs and offsets, for scripts.
@Suite struct JSONRendererTests {
    func json(_ session: Session, _ line: String) throws -> [String: Any] {
        let execution = try #require(session.run(line))
        let text = session.render(execution, width: 80, color: false)
        return try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
    }

    @Test func resultsBecomeJSONWithRefsAndOffsets() throws {
        let session = makeSession()
        session.output("set format json")
        let quote = try json(session, "quote 14.2")
        #expect((quote["result"] as? [String: Any])?["citation"] as? String == "000_a4bbf854dd06bcc4.txt, ¶14.2")
        #expect(quote["sentences"] as? [String] == ["14.2"])
        let find = try json(session, "find Zinoviev")
        let match = try #require(((find["result"] as? [String: Any])?["matches"] as? [[String: Any]])?.first)
        let start = match["start"] as! Int, end = match["end"] as! Int
        #expect(session.workspace.article.text(from: start, to: end) == "Zinoviev")
        let actors = try json(session, "actors --kind person")
        let rows = (actors["result"] as? [String: Any])?["rows"] as? [[String: String]]
        #expect(rows?.contains { $0["actor"] == "Vladimir Putin" && $0["mentions"] == "8" } == true)
        let error = try json(session, "quote 99")
        #expect(error["error"] as? String == "no paragraph 99: paragraphs run 1–15")
    }

    @Test func transcriptsStillRecordText() {
        let session = makeSession()
        session.output("set format json")
        #expect(session.output("quote 14.2").hasSuffix("  — 000_a4bbf854dd06bcc4.txt, ¶14.2"))
        #expect(session.output("set").contains("format  json"))
    }
}
