/// The classes of characters GlossCore's text analysis agrees on, decided once here for every reader
/// of the text (article trimming, segmenter, tokenizer, search, actors, check-worthiness).
///
/// Each test is on one `Unicode.Scalar`. They run on every scalar of every article, so each has an
/// ASCII fast path that never touches the Unicode property tables, and is `@inlinable` so callers in
/// other modules compile it inline too. The `…(byte:)` forms are for code that scans UTF-8 bytes.
public enum CharacterClass {
    // MARK: - Space

    /// The soft hyphen U+00AD: a web page's hint where a line may break inside a word ("Netan\u{AD}yahu"), not a
    /// break. Words join across it, keys and shown names drop it, the text keeps it.
    @inlinable @inline(__always)
    public static func isSoftHyphen(_ c: Unicode.Scalar) -> Bool { c.value == 0xAD }

    /// White space as the article model trims it: C0 controls (tab, line ends), space, no-break and
    /// the other Unicode spaces (`White_Space`), and the byte-order mark U+FEFF.
    @inlinable @inline(__always)
    public static func isSpace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v <= 0x20 { return true }
        if v < 0x85 { return false }
        switch v {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    /// A line or paragraph break: LF, vertical tab, form feed, CR, NEL, U+2028, U+2029.
    @inlinable @inline(__always)
    public static func isLineBreak(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 0x0A && v <= 0x0D }
        return v == 0x85 || v == 0x2028 || v == 0x2029
    }

    /// White space inside a line: `isSpace` without the line breaks (space, tab, no-break, thin …).
    @inlinable @inline(__always)
    public static func isInlineSpace(_ c: Unicode.Scalar) -> Bool {
        isSpace(c) && !isLineBreak(c)
    }

    // MARK: - Letters and digits

    /// An ASCII decimal digit `0`–`9` (the digits numbers, dates and references are written with).
    @inlinable @inline(__always)
    public static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value &- 0x30 < 10 }

    /// A letter in any script (Unicode `Alphabetic`).
    @inlinable @inline(__always)
    public static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v | 0x20) &- 0x61 < 26 }
        return c.properties.isAlphabetic
    }

    /// An upper-case letter (Unicode `Uppercase`): what "capitalised" means for a word's first scalar.
    @inlinable @inline(__always)
    public static func isUpper(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v &- 0x41 < 26 }
        return c.properties.isUppercase
    }

    /// A lower-case letter (Unicode `Lowercase`).
    @inlinable @inline(__always)
    public static func isLower(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v &- 0x61 < 26 }
        return c.properties.isLowercase
    }

    /// A scalar that belongs to a word: a letter, a decimal digit of any script, or a combining mark
    /// (so "café" written with a combining accent stays one word).
    @inlinable @inline(__always)
    public static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v &- 0x30 < 10 || (v | 0x20) &- 0x61 < 26 }
        if c.properties.isAlphabetic { return true }
        switch c.properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// An ASCII letter or digit, the characters a regular expression matches literally in every mode.
    @inlinable @inline(__always)
    public static func isASCIIAlphanumeric(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v &- 0x30 < 10 || (v | 0x20) &- 0x61 < 26
    }

    // MARK: - Word-internal punctuation

    /// An apostrophe: straight `'` or the typographic `’` (U+2019) news text mostly uses.
    @inlinable @inline(__always)
    public static func isApostrophe(_ c: Unicode.Scalar) -> Bool { c.value == 0x27 || c.value == 0x2019 }

    /// A hyphen joining the parts of a compound: `-`, `‐` (U+2010), non-breaking `‑` (U+2011), and the
    /// en dash `–` (U+2013) that typesetting often puts in "Kim–Putin".
    @inlinable @inline(__always)
    public static func isHyphen(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v == 0x2D || v == 0x2010 || v == 0x2011 || v == 0x2013
    }

    // MARK: - Sentence punctuation

    /// A mark that can end a sentence: `.` `?` `!`, the ellipsis `…`, `‼` `⁇` `⁈` `⁉`, and the
    /// full-width `！` `？` `．`.
    @inlinable @inline(__always)
    public static func isSentenceTerminator(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v == 0x2E || v == 0x3F || v == 0x21 }
        switch v {
        case 0x2026, 0x203C, 0x2047, 0x2048, 0x2049, 0xFF01, 0xFF1F, 0xFF0E: return true
        default: return false
        }
    }

    /// A mark that closes a quotation or bracket: `"` `'` `”` `’` `»` `›` `)` `]` `}` `）`. The straight
    /// quotes and `’` also open or sit inside words, see `isStrictClosingMark`.
    @inlinable @inline(__always)
    public static func isClosingMark(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0x201D, 0x2019, 0xBB, 0x203A, 0xFF09: return true
        default: return false
        }
    }

    /// A closing mark that can never open anything, so even a stray one after a space still closes.
    @inlinable @inline(__always)
    public static func isStrictClosingMark(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x29, 0x5D, 0x7D, 0x201D, 0xBB, 0x203A, 0xFF09: return true
        default: return false
        }
    }

    /// A closing quotation mark: `"` `'` `”` `’` `»` `›` (the closing marks that are not brackets).
    @inlinable @inline(__always)
    public static func isClosingQuote(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x22, 0x27, 0x201D, 0x2019, 0xBB, 0x203A: return true
        default: return false
        }
    }

    /// A mark that may open a sentence or quotation before its first word: quotes, brackets, `«` `‹`,
    /// and the inverted `¿` `¡`.
    @inlinable @inline(__always)
    public static func isOpeningMark(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0x201C, 0x2018, 0x201E, 0xAB, 0x2039, 0xBF, 0xA1, 0xFF08: return true
        default: return false
        }
    }

    /// A currency sign written before an amount: `$` and any Unicode currency symbol (`£` `€` `¥` `₹` …).
    @inlinable @inline(__always)
    public static func isCurrencySign(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v == 0x24 }
        return c.properties.generalCategory == .currencySymbol
    }

    /// A list bullet: `•` `‣` `◦` `▪` `●` `·` and the ASCII `*`, which wire copy uses for list items.
    @inlinable @inline(__always)
    public static func isBullet(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x2A, 0xB7, 0x2022, 0x2023, 0x2043, 0x25AA, 0x25CF, 0x25E6, 0x25A0, 0x25BA: return true
        default: return false
        }
    }

    // MARK: - Bytes

    /// An ASCII digit byte of UTF-8 text.
    @inlinable @inline(__always)
    public static func isASCIIDigit(byte b: UInt8) -> Bool { b &- 0x30 < 10 }

    /// An ASCII letter byte of UTF-8 text.
    @inlinable @inline(__always)
    public static func isASCIILetter(byte b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }

    /// An ASCII upper-case letter byte of UTF-8 text.
    @inlinable @inline(__always)
    public static func isASCIIUpper(byte b: UInt8) -> Bool { b &- 0x41 < 26 }
}
