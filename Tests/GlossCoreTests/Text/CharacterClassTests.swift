import Testing
import GlossCore

@Suite("CharacterClass")
struct CharacterClassTests {
    @Test func spaceCoversControlsUnicodeSpacesAndTheBOM() {
        for c: Unicode.Scalar in [" ", "\t", "\n", "\r", "\u{1}", "\u{85}", "\u{A0}", "\u{2009}", "\u{202F}", "\u{3000}", "\u{FEFF}", "\u{2028}"] {
            #expect(CharacterClass.isSpace(c), "\(c.value)")
        }
        for c: Unicode.Scalar in ["a", ".", "\u{7F}", "\u{AD}", "\u{200B}", "é", "—"] {
            #expect(!CharacterClass.isSpace(c), "\(c.value)")
        }
        // The ASCII fast path agrees with Unicode's White_Space above ASCII, where the BOM is the one addition.
        for v in UInt32(0x80)..<0x3100 {
            guard let c = Unicode.Scalar(v) else { continue }
            #expect(CharacterClass.isSpace(c) == c.properties.isWhitespace, "\(v)")
        }
    }

    @Test func lineBreaksAreTheSpacesThatEndALine() {
        #expect(CharacterClass.isLineBreak("\n") && CharacterClass.isLineBreak("\r") && CharacterClass.isLineBreak("\u{2029}"))
        #expect(!CharacterClass.isLineBreak(" ") && !CharacterClass.isLineBreak("\t"))
        #expect(CharacterClass.isInlineSpace("\u{A0}") && CharacterClass.isInlineSpace("\t"))
        #expect(!CharacterClass.isInlineSpace("\n") && !CharacterClass.isInlineSpace("x"))
    }

    @Test func asciiFastPathsMatchTheUnicodeProperties() {
        for v in UInt32(0)..<0x80 {
            let c = Unicode.Scalar(v)!
            #expect(CharacterClass.isLetter(c) == c.properties.isAlphabetic, "\(v)")
            #expect(CharacterClass.isUpper(c) == c.properties.isUppercase, "\(v)")
            #expect(CharacterClass.isLower(c) == c.properties.isLowercase, "\(v)")
            #expect(CharacterClass.isDigit(c) == (c.properties.numericType == .decimal), "\(v)")
            #expect(CharacterClass.isASCIIAlphanumeric(c) == (c.properties.isAlphabetic || c.properties.numericType == .decimal), "\(v)")
            #expect(CharacterClass.isASCIIDigit(byte: UInt8(v)) == CharacterClass.isDigit(c), "\(v)")
            #expect(CharacterClass.isASCIILetter(byte: UInt8(v)) == CharacterClass.isLetter(c), "\(v)")
            #expect(CharacterClass.isASCIIUpper(byte: UInt8(v)) == CharacterClass.isUpper(c), "\(v)")
        }
        // Bytes above ASCII (UTF-8 lead and continuation bytes) are never letters or digits.
        for b in UInt8(0x80)...0xFF {
            #expect(!CharacterClass.isASCIILetter(byte: b) && !CharacterClass.isASCIIDigit(byte: b) && !CharacterClass.isASCIIUpper(byte: b))
        }
    }

    @Test func lettersInOtherScripts() {
        #expect(CharacterClass.isLetter("é") && CharacterClass.isLetter("Ж") && CharacterClass.isLetter("한"))
        #expect(CharacterClass.isUpper("Ö") && !CharacterClass.isUpper("ö") && CharacterClass.isLower("ö"))
        #expect(!CharacterClass.isLetter("1") && !CharacterClass.isLetter("’") && !CharacterClass.isASCIIAlphanumeric("é"))
        #expect(!CharacterClass.isDigit("٣"))
    }

    @Test func wordScalarsIncludeMarksAndOtherDigits() {
        #expect(CharacterClass.isWordScalar("a") && CharacterClass.isWordScalar("7") && CharacterClass.isWordScalar("\u{301}"))
        #expect(CharacterClass.isWordScalar("٣"))
        #expect(!CharacterClass.isWordScalar("-") && !CharacterClass.isWordScalar("'") && !CharacterClass.isWordScalar(" "))
    }

    @Test func punctuationClasses() {
        #expect(CharacterClass.isApostrophe("'") && CharacterClass.isApostrophe("’") && !CharacterClass.isApostrophe("‘"))
        #expect(CharacterClass.isHyphen("-") && CharacterClass.isHyphen("\u{2011}") && !CharacterClass.isHyphen("—"))
        for c: Unicode.Scalar in [".", "?", "!", "…", "‼", "？"] { #expect(CharacterClass.isSentenceTerminator(c)) }
        for c: Unicode.Scalar in [",", ";", ":", "·"] { #expect(!CharacterClass.isSentenceTerminator(c)) }
        // Straight quotes and ’ close but may also open or sit in a word; ” and ) only close.
        #expect(CharacterClass.isClosingMark("\"") && !CharacterClass.isStrictClosingMark("\""))
        #expect(CharacterClass.isClosingMark("’") && !CharacterClass.isStrictClosingMark("’"))
        #expect(CharacterClass.isStrictClosingMark("”") && CharacterClass.isStrictClosingMark(")"))
        #expect(CharacterClass.isClosingQuote("”") && CharacterClass.isClosingQuote("\"") && !CharacterClass.isClosingQuote(")"))
        #expect(CharacterClass.isOpeningMark("“") && CharacterClass.isOpeningMark("(") && !CharacterClass.isOpeningMark("”"))
        #expect(CharacterClass.isCurrencySign("$") && CharacterClass.isCurrencySign("€") && CharacterClass.isCurrencySign("₹"))
        #expect(!CharacterClass.isCurrencySign("#") && !CharacterClass.isCurrencySign("%"))
        #expect(CharacterClass.isBullet("•") && CharacterClass.isBullet("*") && !CharacterClass.isBullet("-"))
    }
}
