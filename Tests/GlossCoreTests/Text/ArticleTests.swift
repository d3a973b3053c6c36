import Testing
import GlossCore

/// The article model: paragraphs, title, sentences with verbatim offsets, the bundled article.
@Suite struct ArticleTests {
    @Test func paragraphsAreNonBlankLinesAndATitleIsAShortUnpunctuatedFirstLine() {
        let a = Article(text: "  Senate Passes Budget \n\nThe Senate voted on Tuesday. It passed 51-49.\n   \nMr. Smith said it was late.\n", source: "t")
        #expect(a.title != nil)
        #expect(a.text(from: a.title!.start, to: a.title!.end) == "Senate Passes Budget")
        #expect(a.paragraphs.count == 2)
        #expect(a.sentences.map(\.ref.description) == ["0.1", "1.1", "1.2", "2.1"])
        #expect(a.text(of: a.sentence(SentenceRef(paragraph: 2, sentence: 1))!) == "Mr. Smith said it was late.")
    }

    @Test func aFirstLineThatEndsLikeASentenceIsNoTitle() {
        let a = Article(text: "The vote was close.\nIt passed.", source: "t")
        #expect(a.title == nil)
        #expect(a.paragraphs.count == 2)
    }

    @Test func offsetsCountCodePointsAndSliceTheTextVerbatim() {
        let text = "Zürich’s mayor 🇨🇭 spoke. Then she left.\nCafé owners cheered."
        let a = Article(text: text, source: "t")
        let scalars = Array(text.unicodeScalars)
        for s in a.sentences {
            #expect(a.text(of: s) == String(String.UnicodeScalarView(scalars[s.start..<s.end])))
        }
        #expect(a.sentences.count == 3)
        #expect(a.sentences[1].start == Array("Zürich’s mayor 🇨🇭 spoke. ".unicodeScalars).count)
    }

    @Test func theBundledArticleHasFifteenParagraphsAndTwentyTwoSentences() {
        let a = ArticleLoader.bundled()
        #expect(a.paragraphs.count == 15)
        #expect(a.title == nil)
        #expect(a.sentences.count == 22)
        #expect(a.sha256 == BundledArticle.sha256)
        let s = a.sentence(SentenceRef(paragraph: 14, sentence: 2))!
        #expect(a.text(of: s) == "The Korea Economic Institute of America (KEI ) is led by him as president and CEO.")
    }

    @Test func theBundledTextIsTheSeedFileByteForByte() throws {
        // The seed sits beside the repository in development and CI; skip quietly elsewhere.
        let path = String(#filePath.split(separator: "/").dropLast(4).joined(separator: "/"))
        let candidates = ["/" + path + "/../shared/seed/000_a4bbf854dd06bcc4.txt"]
        guard let seed = candidates.first(where: { (try? FileReader.readBytes(atPath: $0)) != nil }) else { return }
        let bytes = try FileReader.readBytes(atPath: seed)
        #expect(Array(BundledArticle.text.utf8) == bytes)
        #expect(SHA256.hexDigest(bytes) == BundledArticle.sha256)
    }

    @Test func wordsAreIndexedByFoldedForm() {
        let a = Article(text: "South Korea’s envoy met the U.S. envoy. South Korean firms don't agree.", source: "t")
        #expect(a.index.positions(of: "korea").count == 1)
        #expect(a.index.positions(of: "us").count == 1)
        #expect(a.index.positions(of: "don't").count == 1)
        #expect(a.index.positions(of: "envoy").count == 2)
        #expect(a.index.positions(of: "s").isEmpty)
    }

    @Test func sentenceContainingAnOffset() {
        let a = Article(text: "One two. Three four.\nFive.", source: "t")
        #expect(a.sentence(containing: 0)?.ref.description == "1.1")
        #expect(a.sentence(containing: 10)?.ref.description == "1.2")
        #expect(a.sentence(containing: 8) == nil)  // the space between sentences
        #expect(a.sentence(containing: 21)?.ref.description == "2.1")
    }

    @Test func anyTextGivesAnArticleWithoutTrapping() {
        for text in ["", " ", "\n\n\n", ".", "…", "\u{0}\u{1B}[31m", String(repeating: "a", count: 10_000)] {
            let a = Article(text: text, source: "t")
            #expect(a.sentences.count <= a.scalars.count)
        }
    }
}
