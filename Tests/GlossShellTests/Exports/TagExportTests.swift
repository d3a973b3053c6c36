import Foundation
import Testing
import GlossCore
import GlossTestSupport
@testable import GlossShell

@Suite struct TagExportTests {
    /// A session with a span tag with a note, a sentence tag, and an orphan, exporting into a fresh directory.
    func exported(_ format: String) throws -> (Session, String, String) {
        let dir = ScratchFolder.make("tag-export")
        let s = Session(workspace: Workspace(article: ArticleLoader.bundled()))
        _ = s.run("tag 9.2 \"very great error\" claim:attribution --note 'said \"when\", exactly?'")
        _ = s.run("tag 1.1 intro")
        _ = s.run("tag 5.1 \"May 9th\" date")
        let path = dir + "/out." + format
        let e = s.run("export \(format) \(path)")!
        #expect(e.error == nil)
        return (s, try String(contentsOfFile: path, encoding: .utf8), dir)
    }

    func parse(_ text: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
    }

    @Test func jsonHasArticleActorsAndTags() throws {
        let (s, text, _) = try exported("json")
        let root = try parse(text)
        let article = root["article"] as! [String: Any]
        #expect(article["sha256"] as? String == s.workspace.article.sha256)
        let paragraphs = article["paragraphs"] as! [[String: Any]]
        let sentences = paragraphs.flatMap { $0["sentences"] as! [[String: Any]] }
        #expect(sentences.count == s.workspace.article.sentences.count)
        for sentence in sentences {
            #expect(s.workspace.article.text(from: sentence["start"] as! Int, to: sentence["end"] as! Int) == sentence["text"] as! String)
        }
        // Every actor once, with its mentions at offsets that hold exactly the mention's text.
        let actors = root["actors"] as! [[String: Any]]
        #expect(actors.count == s.workspace.actors.actors.count)
        let putin = try #require(actors.first { $0["name"] as? String == "Vladimir Putin" })
        #expect(putin["kind"] as? String == "person")
        #expect((putin["aliases"] as? [String])?.contains("Putin") == true)
        for actor in actors {
            for mention in actor["mentions"] as! [[String: Any]] {
                let start = mention["start"] as! Int, end = mention["end"] as! Int
                #expect(s.workspace.article.text(from: start, to: end) == mention["text"] as! String)
                #expect(s.workspace.article.sentence(containing: start)?.ref.description == mention["ref"] as? String)
            }
        }
        let tags = root["tags"] as! [[String: Any]]
        #expect(tags.map { $0["id"] as! Int } == [1, 2, 3])
        #expect(tags[0]["note"] as? String == "said \"when\", exactly?")
        #expect(tags[1]["note"] is NSNull)
        #expect(tags[0]["exact"] as? String == "very great error" && tags[0]["ref"] as? String == "9.2" && tags[0]["orphaned"] as? Bool == false)
    }

    @Test func annotationsAreAW3CCollectionWhoseQuotesMatchTheText() throws {
        let (s, text, _) = try exported("annotations")
        let root = try parse(text)
        #expect(root["@context"] as? String == "http://www.w3.org/ns/anno.jsonld")
        #expect(root["type"] as? String == "AnnotationCollection")
        let all = (root["first"] as! [String: Any])["items"] as! [[String: Any]]
        // The tags first (motivation tagging), then who said what (motivation describing).
        let items = all.filter { $0["motivation"] as? String == "tagging" }
        let said = all.filter { $0["motivation"] as? String == "describing" }
        #expect(items.count == 3 && said.count == s.workspace.attributions.attributions.count && root["total"] as? Int == all.count)
        #expect(all.count == items.count + said.count)
        for item in all {
            #expect(item["type"] as? String == "Annotation")
            let selectors = (item["target"] as! [String: Any])["selector"] as! [[String: Any]]
            let quote = selectors.first { $0["type"] as? String == "TextQuoteSelector" }!
            let position = selectors.first { $0["type"] as? String == "TextPositionSelector" }!
            let start = position["start"] as! Int, end = position["end"] as! Int
            let article = s.workspace.article
            #expect(article.text(from: start, to: end) == quote["exact"] as! String)
            #expect(article.text(from: start - 32, to: start).hasSuffix(quote["prefix"] as! String))
            #expect(article.text(from: end, to: end + 32).hasPrefix(quote["suffix"] as! String))
        }
        let saidBodies = said.first.map { $0["body"] as! [[String: Any]] } ?? []
        #expect(saidBodies.first?["value"] as? String == "indirect attribution to Yoon Suk Yeol (reiterated)")
        let bodies = items[0]["body"] as! [[String: Any]]
        #expect(bodies.map { $0["purpose"] as! String } == ["tagging", "commenting"])
        #expect(bodies[0]["value"] as? String == "claim:attribution")
    }

    @Test func csvIsRFC4180() throws {
        let (_, text, _) = try exported("csv")
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines[0] == "id,label,note,ref,start,end,exact,orphaned")
        #expect(lines[1].hasPrefix("1,claim:attribution,\"said \"\"when\"\", exactly?\",9.2,"))
        #expect(lines[1].hasSuffix(",very great error,false"))
        #expect(lines[2].contains(",\"Vladimir Putin, the president of Russia,"))
        #expect(lines.last == "")
    }

    @Test(arguments: [
        ("plain", "\"plain\""), ("a\"b\\c", "\"a\\\"b\\\\c\""), ("line\nbreak\t", "\"line\\nbreak\\t\""),
        ("\u{01}\u{2028}", "\"\\u0001\\u2028\""), ("“curly” é", "\"“curly” é\""),
    ])
    func jsonStringEscaping(input: String, expected: String) {
        #expect(JSON.quote(input) == expected)
    }

    @Test func jsonWriterIsDeterministicAndParses() throws {
        let value = JSONValue.object([("b", .int(1)), ("a", .array([.null, .bool(true), .string("x")])), ("e", .object([])), ("f", .array([]))])
        let text = JSONWriter.write(value)
        #expect(text == "{\n  \"b\": 1,\n  \"a\": [\n    null,\n    true,\n    \"x\"\n  ],\n  \"e\": {},\n  \"f\": []\n}\n")
        _ = try parse(text)
    }
}
