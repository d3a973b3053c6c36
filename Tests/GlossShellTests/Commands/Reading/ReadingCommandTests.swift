import Testing
import GlossCore
@testable import GlossShell

/// The reading commands on the bundled article, as a user types them.
@Suite struct ReadingCommandTests {
    @Test func infoReportsSourceHashAndCounts() {
        let out = makeSession().output("info")
        #expect(out.contains("source      000_a4bbf854dd06bcc4.txt"))
        #expect(out.contains("sha256      \(BundledArticle.sha256)"))
        #expect(out.contains("paragraphs  15"))
        #expect(out.contains("sentences   22"))
    }

    @Test func quoteIsVerbatimWithACitation() {
        let session = makeSession()
        #expect(session.output("quote 14.2") == """
            The Korea Economic Institute of America (KEI ) is led by him as president and CEO.
              — 000_a4bbf854dd06bcc4.txt, ¶14.2
            """)
        let article = session.workspace.article
        let paragraph1 = article.text(from: article.paragraphs[0].start, to: article.paragraphs[0].end)
        #expect(session.output("quote 1") == paragraph1 + "\n  — 000_a4bbf854dd06bcc4.txt, ¶1.1–1.2")
    }

    @Test func quoteOfSeparateSentencesGivesSeparatePassages() {
        let out = makeSession().output("quote 1.2,3.1")
        let lines = out.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("He made the wise decision"))
        #expect(lines[1].hasPrefix("Putin good envisioned"))
        #expect(lines[2] == "  — 000_a4bbf854dd06bcc4.txt, ¶1.2, 3.1")
    }

    @Test func readShowsRefsInTheMarginWrappedToEighty() {
        let out = makeSession().output("read 2")
        let lines = out.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0].hasPrefix("2.1  However, if the South Korean government"))
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("     ") })
        #expect(lines.allSatisfy { TextLayout.width(of: String($0)) <= 80 })
    }

    @Test func findSouthKoreaListsEveryOccurrenceWithPossessives() throws {
        let session = makeSession()
        let execution = try #require(session.run("find \"South Korea\""))
        let lines = execution.cell.output.split(separator: "\n")
        #expect(lines.last == "11 matches in 9 sentences")
        // Every occurrence of the phrase in the text, possessive or not, and none of "South Korean".
        let text = session.workspace.article.text
        let all = text.split(separator: "South Korea", omittingEmptySubsequences: false).count - 1
        let korean = text.split(separator: "South Korean", omittingEmptySubsequences: false).count - 1
        #expect(all - korean == 11)
        #expect(execution.cell.sentences?.count == 9)
        #expect(lines.first?.hasPrefix(" 5.1  ") == true)
    }

    @Test func findRegexAndCaseOptions() {
        let session = makeSession()
        #expect(session.output("find --regex 'defen[cs]e'").hasSuffix("4 matches in 3 sentences"))
        #expect(session.output("find --case putin").hasSuffix("no matches for 'putin'"))
        #expect(session.output("find putin").hasSuffix("8 matches in 7 sentences"))
    }

    @Test func aBadRegexIsOneClearError() {
        let message = makeSession().failure("find --regex '(('")
        #expect(message?.hasPrefix("find: bad regular expression '((': ") == true)
        #expect(message?.contains("\n") == false)
    }

    @Test func cellResultsAndPipesFeedLaterCommands() {
        let session = makeSession()
        session.output("find Zinoviev")
        #expect(session.output("quote $1").hasPrefix("Following the announcement"))
        #expect(session.output("quote $").hasPrefix("Following the announcement"))
        #expect(session.output("find Pyongyang | read").hasPrefix(" 1.2  He made"))
        #expect(session.failure("info | quote") == "info: has no sentences to pipe into quote")
        #expect(session.failure("find Putin | info") == "info: takes no sentences from a pipe")
        #expect(session.failure("quote $99") == "$99: no cell 99 (cells run 1–6)")
    }

    @Test func referencesThatDoNotExistSayWhatDoes() {
        let session = makeSession()
        #expect(session.failure("quote 9.4") == "no sentence 9.4: paragraph 9 has 2 sentences")
        #expect(session.failure("read 16") == "no paragraph 16: paragraphs run 1–15")
        #expect(session.failure("quote $") == "$: no result with sentences yet")
        #expect(session.failure("quote") == "quote: needs a sentence reference (usage: quote REF)")
    }

    @Test func unknownCommandsSuggestTheNearestAndTheSessionGoesOn() {
        let session = makeSession()
        #expect(session.failure("fnd Putin") == "unknown command 'fnd' (did you mean 'find'?)")
        #expect(session.failure("zzzzzz") == "unknown command 'zzzzzz'; type 'help' for the list")
        #expect(session.failure("find --regx x") == "find: unknown option --regx (did you mean --regex?)")
        #expect(session.output("info").contains("paragraphs  15"))
        #expect(session.workspace.cells.count == 4)
    }

    @Test func helpListsEveryCommandAndExplainsOne() {
        let session = makeSession()
        let list = session.output("help")
        for command in CommandRegistry.standard.commands { #expect(list.contains("  " + command.name + " ")) }
        let find = session.output("help find")
        #expect(find.hasPrefix("usage: find TEXT [--regex] [--case]"))
        #expect(find.contains("examples:"))
        #expect(session.failure("help fnd") == "unknown command 'fnd' (did you mean 'find'?)")
    }

    @Test func historyListsCells() {
        let session = makeSession()
        session.output("find Putin")
        session.output("bogus")
        let out = session.output("history")
        #expect(out.contains("1  find Putin  7 sentences"))
        #expect(out.contains("2  bogus       error"))
    }

    @Test func historyShowsTheLatestCellsAndSaysHowManyAreHidden() {
        let session = makeSession()
        for k in 1...25 { session.output("quote \(k % 15 + 1).1") }
        let recent = session.output("history")
        #expect(recent.contains("\n 6  quote 7.1"))
        #expect(!recent.contains("\n 5  quote 6.1"))
        #expect(recent.hasSuffix("5 earlier cells not shown: history --all lists every cell"))
        #expect(session.output("history 2").split(separator: "\n").count == 5)  // header, rule, two rows, footer
        #expect(session.output("history --all").contains("\n 1  quote 2.1"))
        #expect(session.failure("history 0") == "history: N is a number of cells, 1 or more (usage: history [N] [--all])")
    }

    @Test func blankAndCommentLinesMakeNoCell() {
        let session = makeSession()
        #expect(session.run("") == nil)
        #expect(session.run("   ") == nil)
        #expect(session.run("# a comment") == nil)
        #expect(session.workspace.cells.isEmpty)
    }

    @Test func setChangesDisplayButNotTranscriptOutput() {
        let session = makeSession()
        session.output("set width 40")
        #expect(session.workspace.settings.width == 40)
        #expect(session.output("read 2").split(separator: "\n").first?.count ?? 0 > 40)
        #expect(session.failure("set width 5") == "set: width is a number from 30 to 1000, or auto (usage: set [width N|auto] [color auto|always|never] [format text|json|csv|markdown])")
        #expect(session.failure("set widht 50")?.contains("did you mean width?") == true)
        #expect(session.failure("set format yaml")?.hasPrefix("set: format is text, json, csv or markdown (usage:") == true)
    }

    @Test func loadKeepsTheArticleOnError() {
        let session = makeSession()
        #expect(session.failure("load /nonexistent/a.txt") == "/nonexistent/a.txt: no such file")
        #expect(session.workspace.article.source == BundledArticle.name)
    }
}

extension Execution {}
typealias Execution = Session.Execution

/// Which regular expressions run in a time-limited child and which run in the shell itself.
@Suite struct RegexBoundTests {
    @Test(arguments: [
        ("defen[cs]e", false), ("colou?r", false), ("\\bPutin\\b", false), ("[0-9][0-9]th", false),
        ("(a+)+$", true), (".*x", true), ("a{2,}", true), ("(a)\\1", true), ("a?a?a?a?a?a?a?a?a?aaaaaaaaa", true),
    ])
    func onlyPatternsThatCanRepeatRunInAChild(pattern: String, risky: Bool) {
        #expect(FindCommand.mayBacktrackLong(pattern) == risky)
    }

    @Test func simplePatternsGiveTheSameMatchesInProcess() {
        let session = makeSession()
        #expect(session.output("find --regex 'defen[cs]e'").hasSuffix("4 matches in 3 sentences"))
        #expect(session.output("find --regex 'defen(s|c)+e'").hasSuffix("4 matches in 3 sentences"))
    }
}
