import Testing
@testable import GlossShell

/// Shell-like word splitting and pipes.
@Suite struct CommandLineParserTests {
    func words(_ line: String) -> [String]? {
        guard case .success(let stages) = CommandLineParser.parse(line), stages.count == 1 else { return nil }
        return [stages[0].name] + stages[0].arguments
    }

    @Test(arguments: [
        ("find South Korea", ["find", "South", "Korea"]),
        ("find \"South Korea\"", ["find", "South Korea"]),
        ("find 'it''s'", ["find", "its"]),
        ("find \"a \\\"quoted\\\" word\"", ["find", "a \"quoted\" word"]),
        ("find it\\'s", ["find", "it's"]),
        ("tag 1.1 \"exact span\" claim # a comment", ["tag", "1.1", "exact span", "claim"]),
        ("find a#b", ["find", "a#b"]),
        ("  info   ", ["info"]),
        ("find 'a|b'", ["find", "a|b"]),
    ])
    func splitsLikeAShell(line: String, expected: [String]) {
        #expect(words(line) == expected)
    }

    /// Each token knows where it was written, quotes and escapes included, so a word can be replaced in place.
    @Test func tokensCarryTheirSpans() throws {
        let line = "tag  'a b' x\\y|quote \"\" # c"
        let spans = try CommandLineParser.spannedWords(line).get()
        let scalars = Array(line.unicodeScalars)
        let written = spans.map { String(String.UnicodeScalarView(scalars[$0.range])) }
        #expect(written == ["tag", "'a b'", "x\\y", "|", "quote", "\"\""])
        #expect(spans.map(\.token) == [.word("tag"), .word("a b"), .word("xy"), .pipe, .word("quote"), .word("")])
    }

    @Test func pipesSplitStages() throws {
        let stages = try CommandLineParser.parse("find missile | tag weapons").get()
        #expect(stages.map(\.name) == ["find", "tag"])
        #expect(stages[1].arguments == ["weapons"])
    }

    @Test(arguments: ["find \"open", "find 'open", "find x |", "| quote", "find x || quote", "find x\\"])
    func malformedLinesAreErrors(line: String) {
        guard case .failure = CommandLineParser.parse(line) else {
            Issue.record("parsed: \(line)")
            return
        }
    }

    @Test func quotingRoundTrips() throws {
        for word in ["plain", "two words", "it's", "a|b", "$7", ""] {
            let line = "x " + CommandLineParser.quote(word)
            #expect(try CommandLineParser.parse(line).get()[0].arguments == [word])
        }
    }
}
