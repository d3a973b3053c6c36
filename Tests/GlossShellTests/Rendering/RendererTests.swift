import Testing
import GlossCore
@testable import GlossShell

/// Rendering: widths, wrapping, tables, and no raw control characters from articles.
@Suite struct RendererTests {
    @Test func controlCharactersFromTheArticleAreShownEscaped() {
        let session = makeSession("An \u{1B}[31mevil\u{1B}[0m line\u{7}. A \u{202E}reversed\u{202C} one.")
        let out = session.output("read")
        #expect(!out.unicodeScalars.contains { TextLayout.isUnsafe($0) && $0 != "\n" })
        #expect(out.contains("^[[31mevil^[[0m"))
        #expect(out.contains("<U+202E>reversed"))
        let quote = session.output("quote 1.1")
        #expect(!quote.unicodeScalars.contains { TextLayout.isUnsafe($0) && $0 != "\n" })
    }

    @Test func concordanceLinesEscapeControlsAndStayWithinTheWidth() {
        let session = makeSession("Seoul said \u{1B}[2J no. 서울 said 한국어 \u{7} text around Seoul here. Seoul.")
        let out = session.output("find Seoul")
        #expect(!out.unicodeScalars.contains { TextLayout.isUnsafe($0) && $0 != "\n" })
        #expect(out.contains("^[[2J"))
        for line in out.split(separator: "\n") { #expect(TextLayout.width(of: String(line)) <= 80) }
        #expect(out.hasSuffix("3 matches in 3 sentences"))
    }

    @Test func wideCharactersCountTwoColumns() {
        #expect(TextLayout.width(of: "abc") == 3)
        #expect(TextLayout.width(of: "한국") == 4)
        #expect(TextLayout.width(of: "e\u{301}") == 1)
        #expect(TextLayout.pad("한국", to: 6) == "한국  ")
    }

    @Test func wrappingBreaksAtSpacesWithinTheWidth() {
        let text = String(repeating: "word ", count: 40)
        let lines = TextLayout.wrap(text, width: 23)
        #expect(lines.allSatisfy { $0.count <= 23 && !$0.hasPrefix(" ") && !$0.hasSuffix(" ") })
        #expect(lines.joined(separator: " ") == String(text.dropLast()))
        #expect(TextLayout.wrap(String(repeating: "x", count: 50), width: 20).map(\.count) == [20, 20, 10])
    }

    @Test func tablesAlignColumnsAndRightAlignNumbers() {
        let article = Article(text: "x", source: "t")
        let table = Table(headers: ["name", "n"], rows: [["Seoul", "3"], ["서울", "12"]], numeric: [1])
        let lines = Renderer(width: 80, color: false, article: article).lines(.table(table))
        #expect(lines == ["name    n", "─────  ──", "Seoul   3", "서울   12"])
    }

    @Test func colourOnlyWhenAsked() {
        let session = makeSession()
        let execution = session.run("find Zinoviev")!
        #expect(!session.render(execution, width: 80, color: false).contains("\u{1B}"))
        #expect(session.render(execution, width: 80, color: true).contains("\u{1B}[1;33mZinoviev\u{1B}[0m"))
    }
}
