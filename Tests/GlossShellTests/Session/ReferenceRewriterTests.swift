import Testing
@testable import GlossShell

/// `$N` renumbering touches only the words commands read as references, and keeps what it has no number for.
@Suite struct ReferenceRewriterTests {
    /// Cells 1 and 3 were notes: 2 → 1, 4 → 2, 5 → 3.
    static let numbers = [2: 1, 4: 2, 5: 3]

    func rewrite(_ line: String) -> ReferenceRewriter.Rewrite {
        ReferenceRewriter().rewrite(line) { Self.numbers[$0] }
    }

    @Test(arguments: [
        ("quote $4", "quote $2"),
        ("read 1.1,$4,$5", "read 1.1,$2,$3"),
        ("read '1.1, $4'", "read 1.1,$2"),
        ("tag $2 \"exact span\" claim --note \"see $2\"", "tag $1 \"exact span\" claim --note \"see $2\""),
        ("tag --note x $5 claim", "tag --note x $3 claim"),
        ("find \"$2\"", "find \"$2\""),
        ("find $2 | quote $4", "find $2 | quote $2"),
        ("find Kim | read $4", "find Kim | read $2"),
        ("find Kim | tag $2", "find Kim | tag $2"),
        ("note see $2", "note see $2"),
        ("quote $", "quote $"),
        ("quote 1.1 # not $2", "quote 1.1 # not $2"),
        ("quote \"$2", "quote \"$2"),
        ("quote Ünïcode $4", "quote Ünïcode $4"),
        ("quote $4 Ünïcode", "quote $2 Ünïcode"),
    ])
    func rewritesOnlyReferenceArguments(line: String, expected: String) {
        #expect(rewrite(line).line == expected)
    }

    @Test func keepsNumbersItHasNoneForAndSaysWhich() {
        let result = rewrite("read $1,$4,$9")
        #expect(result.line == "read $1,$2,$9")
        #expect(result.kept == [1, 9])
    }
}
