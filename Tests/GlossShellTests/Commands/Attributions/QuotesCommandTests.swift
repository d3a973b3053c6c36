import Foundation
import GlossCore
@testable import GlossShell
import Testing

/// `quotes`, and who said what in `actor`, `info`, `suggest` and the exports, on the bundled article.
@Suite struct QuotesCommandTests {
    func session() -> Session { makeSession() }

    @Test func listsEveryAttributionWithItsSpeakerInOrder() {
        let out = session().output("quotes")
        let rows = out.split(separator: "\n").dropFirst(2).filter { $0.first?.isNumber == true && !$0.contains("attributions (") }
        #expect(rows.map { String($0.prefix(5)).trimmingCharacters(in: .whitespaces) } == ["5.1", "5.1", "7.2", "9.1", "9.2", "9.2", "10.1"])
        #expect(out.contains("9.1   South Korea"))
        // A long unnamed source wraps under itself; only the content is cut to the width.
        #expect(out.contains("7.2   [the Western     questioned") && out.contains("      participants]"))
        #expect(out.contains("“very great error”"))
        #expect(out.hasSuffix("7 attributions (2 direct, 5 indirect); ? marks a guessed speaker"))
    }

    @Test func byActorAnyFormAndType() {
        let s = session()
        let putin = s.run("quotes putin --direct")!
        #expect(putin.error == nil)
        #expect(putin.cell.sentences == [s.workspace.article.sentences.first { $0.ref.description == "9.2" }!.id])
        #expect(s.output("quotes Yoon --indirect").contains("his desire to keep ties with Russ"))
        #expect(s.output("quotes Zinoviev") == "no attributions to Georgy Zinoviev")
    }

    @Test func badArgumentsAreOneLine() {
        let s = session()
        #expect(s.run("quotes --direct --indirect")?.error != nil)
        #expect(s.run("quotes Nobody")?.error != nil)
        #expect(s.run("quotes --loud")?.error != nil)
    }

    @Test func pipesItsSentences() {
        let s = session()
        _ = s.run("quotes South Korea | tag claim:attribution")
        #expect(s.workspace.tags.map { $0.anchor.ref?.description } == ["9.1"])
    }

    @Test func actorAndInfoCountAttributions() {
        let s = session()
        #expect(s.output("actor Putin").contains("said       3 attributions (1 direct, 2 indirect), first 9.2 issued a public"))
        #expect(s.output("info").contains("said        7 attributions (2 direct, 5 indirect)\n"))
    }

    @Test func jsonExportCarriesAttributionsAsDesignSays() throws {
        let s = session()
        let text = JSONExporter().export(s.workspace)
        let root = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
        let said = root["attributions"] as! [[String: Any]]
        #expect(said.count == 7)
        let memo = said.first { $0["ref"] as? String == "9.1" }!
        #expect(Set(memo.keys) == ["type", "ref", "refs", "speaker", "speaker_text", "cue", "content", "start", "end"])
        #expect(memo["speaker"] as? String == "South Korea" && memo["type"] as? String == "indirect" && memo["cue"] as? String == "demanded")
        let article = s.workspace.article
        for a in said {
            let start = a["start"] as! Int, end = a["end"] as! Int
            #expect(article.text(from: start, to: end).hasPrefix((a["content"] as! String).components(separatedBy: " … ")[0]))
        }
        #expect(said.first { $0["ref"] as? String == "7.2" }?["speaker"] is NSNull)
    }

    @Test func htmlNamesTheSpeakerInTheMargin() {
        let page = HTMLExporter().export(session().workspace)
        #expect(page.contains("<li class=\"said indirect\">South Korea (demanded)</li>"))
        #expect(page.contains("class=\"said direct\" title=\"Vladimir Putin (issued a public notice)\""))
    }
}
