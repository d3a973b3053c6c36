import Testing
import GlossCore

/// Sentence references as DESIGN.md defines them, and errors that say what exists.
@Suite struct SentenceSelectorTests {
    let article = Article(text: "A one. A two.\nB one.\nC one. C two. C three.\nD one.", source: "t")

    func refs(_ text: String, last: [Int] = [5]) -> Result<[String], ReferenceError> {
        guard case .success(let selector) = SentenceSelector.parse(text) else {
            if case .failure(let e) = SentenceSelector.parse(text) { return .failure(e) }
            fatalError()
        }
        return selector.resolve(in: article) { n in
            n == nil || n == 2 ? .success(last) : .failure(.noResult("$\(n!): no cell \(n!)"))
        }.map { $0.map { article.sentences[$0].ref.description } }
    }

    @Test(arguments: [
        ("1.2", ["1.2"]),
        ("3", ["3.1", "3.2", "3.3"]),
        ("1.2-3.1", ["1.2", "2.1", "3.1"]),
        ("2-3", ["2.1", "3.1", "3.2", "3.3"]),
        ("1.1,3.2", ["1.1", "3.2"]),
        ("3.2, 1.1", ["1.1", "3.2"]),
        ("1.1,1.1", ["1.1"]),
        ("$", ["3.3"]),
        ("$2", ["3.3"]),
        ("all", ["1.1", "1.2", "2.1", "3.1", "3.2", "3.3", "4.1"]),
    ])
    func resolves(reference: String, expected: [String]) throws {
        #expect(try refs(reference).get() == expected)
    }

    @Test(arguments: [
        ("9.4", "no paragraph 9: paragraphs run 1–4"),
        ("3.9", "no sentence 3.9: paragraph 3 has 3 sentences"),
        ("0.0", "no paragraph 0: paragraphs run 1–4"),
        ("3.2-1.1", "range '3.2-1.1' runs backwards; write the earlier reference first"),
        ("$7", "$7: no cell 7"),
        ("-1", "bad reference '-1': '-1' is not a paragraph (3) or sentence (3.2) number"),
        ("1..2", "bad reference '1..2': '1..2' is not a paragraph (3) or sentence (3.2) number"),
        ("1,,2", "bad reference '1,,2': empty item between commas"),
        ("$x", "bad reference '$x': '$x' is not a cell result; write $N with N a cell number, or $"),
        ("99999999999999999999", "bad reference '99999999999999999999': '99999999999999999999' is not a paragraph (3) or sentence (3.2) number"),
    ])
    func explainsWhatExists(reference: String, message: String) {
        guard case .failure(let e) = refs(reference) else {
            Issue.record("\(reference) resolved")
            return
        }
        #expect(e.description == message)
    }

    /// Renumbering rewrites each `$N` item and nothing else, in the grammar's own form (spaces dropped).
    @Test(arguments: [
        ("$3", "$2", [3]),
        ("1.1, $3,$5", "1.1,$2,$4", [3, 5]),
        ("$7,2-3.1,$", "$7,2-3.1,$", [7]),
        ("all", "all", []),
    ])
    func renumbersCellResults(reference: String, expected: String, cells: [Int]) throws {
        let selector = try SentenceSelector.parse(reference).get()
        #expect(selector.cellNumbers == cells)
        let renumbered = selector.renumberingCells { $0 == 7 ? nil : $0 - 1 }
        #expect(renumbered.source == expected)
        #expect(try SentenceSelector.parse(renumbered.source).get().items == renumbered.items, "the new text reads back as the same items")
    }
}
