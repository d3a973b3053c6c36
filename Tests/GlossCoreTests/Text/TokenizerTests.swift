import Testing
import GlossCore

/// Word tokens: possessives dropped, hyphens split, acronyms and numbers kept whole.
@Suite struct TokenizerTests {
    @Test(arguments: [
        ("South Korea’s plan", ["south", "korea", "plan"]),
        ("Putin's decision", ["putin", "decision"]),
        ("the Kim-Putin summit", ["the", "kim", "putin", "summit"]),
        ("US- Japan- North Korean", ["us", "japan", "north", "korean"]),
        ("the U.S. and D.C. area", ["the", "us", "and", "dc", "area"]),
        ("3.5 percent of $1,200", ["3.5", "percent", "of", "1,200"]),
        ("don't O’Brien", ["don't", "o'brien"]),
        ("“very great error”", ["very", "great", "error"]),
        ("Zürich CAFÉ", ["zürich", "café"]),
        // A soft hyphen, a web page's line-break hint, joins the word it sits in and is no part of its form.
        ("Netan\u{AD}yahu an\u{AD}nounced \u{AD}Israeli", ["netanyahu", "announced", "israeli"]),
    ])
    func foldsWords(text: String, expected: [String]) {
        #expect(Tokenizer.foldedWords(of: text) == expected)
    }

    @Test func tokenOffsetsAreCodePoints() {
        let scalars = Array("Ça va? “Oui.”".unicodeScalars)
        let tokens = Tokenizer.tokens(in: scalars, range: 0..<scalars.count)
        #expect(tokens.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) } == ["Ça", "va", "Oui"])
    }
}
