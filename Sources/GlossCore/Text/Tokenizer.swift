/// Splits text into word tokens for search and analysis.
///
/// A word is a run of letters, digits and combining marks. Inside a word, an apostrophe followed by
/// a letter joins ("don't", "O’Brien") except the possessive "’s", which is left out so that
/// "South Korea’s" is found by "South Korea"; a soft hyphen inside a word joins. Hyphens split ("Kim-Putin" is two words); dotted
/// acronyms stay whole ("U.S." folds to "us"); numbers keep their inner points and commas ("3.5", "1,000").
public enum Tokenizer {
    /// One token: code-point span in the scanned array and its case-folded form.
    public struct Token: Sendable, Equatable {
        public let start: Int
        public let end: Int
        public let folded: String
    }

    /// The tokens of `scalars[range]`, with absolute offsets.
    public static func tokens(in scalars: [Unicode.Scalar], range: Range<Int>) -> [Token] {
        var out = [Token]()
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            guard CharacterClass.isWordScalar(scalars[i]) else { i += 1; continue }
            let start = i
            var j = i + 1
            if CharacterClass.isDigit(scalars[i]) {
                // Number: digits with inner . or , between digits.
                while j < end {
                    if CharacterClass.isWordScalar(scalars[j]) { j += 1; continue }
                    if (scalars[j] == "." || scalars[j] == ","), j + 1 < end, CharacterClass.isDigit(scalars[j + 1]), CharacterClass.isDigit(scalars[j - 1]) { j += 2; continue }
                    break
                }
            } else if CharacterClass.isUpper(scalars[i]), j + 1 < end, scalars[j] == ".", CharacterClass.isLetter(scalars[j + 1]),
                      j + 2 >= end || !CharacterClass.isWordScalar(scalars[j + 2]) || scalars[j + 2] == "." {
                // Dotted acronym: single letters separated by points ("U.S.", "D.C.", "U.N.").
                while j + 1 < end, scalars[j] == ".", CharacterClass.isLetter(scalars[j + 1]), j + 2 >= end || !CharacterClass.isWordScalar(scalars[j + 2]) {
                    j += 2
                }
                if j < end, scalars[j] == "." { j += 1 }
            } else {
                while j < end {
                    if CharacterClass.isWordScalar(scalars[j]) { j += 1; continue }
                    // A soft hyphen (U+00AD) is a web page's hint where a line may break, not a break: "Netan­yahu" is one word.
                    if CharacterClass.isSoftHyphen(scalars[j]), j + 1 < end, CharacterClass.isWordScalar(scalars[j + 1]) { j += 2; continue }
                    if CharacterClass.isApostrophe(scalars[j]), j + 1 < end, CharacterClass.isLetter(scalars[j + 1]) {
                        // Possessive 's ends the word; other apostrophes join ("don't", "O'Brien").
                        let possessive = (scalars[j + 1] == "s" || scalars[j + 1] == "S") && (j + 2 >= end || !CharacterClass.isWordScalar(scalars[j + 2]))
                        if possessive { break }
                        j += 2
                        continue
                    }
                    break
                }
            }
            out.append(Token(start: start, end: j, folded: fold(scalars[start..<j])))
            i = j
            // Skip a possessive suffix so it is not taken for a word "s".
            if i + 1 < end, CharacterClass.isApostrophe(scalars[i]), scalars[i + 1] == "s" || scalars[i + 1] == "S" { i += 2 }
        }
        return out
    }

    /// The folded tokens of a query string, for matching against an index.
    public static func foldedWords(of text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return tokens(in: scalars, range: 0..<scalars.count).map(\.folded)
    }

    /// Case-folded form: lower case, curly apostrophes straightened, acronym points and soft hyphens removed.
    public static func fold(_ s: ArraySlice<Unicode.Scalar>) -> String {
        var ascii = true
        for c in s where c.value >= 0x80 { ascii = false; break }
        // Points go only from dotted acronyms ("U.S." → "us"); numbers keep them ("3.5").
        let dropPoints = s.first.map { !CharacterClass.isDigit($0) } ?? true
        if ascii {
            // Written straight into the string's storage: no intermediate array per word (words are
            // short, so most of these strings are small and never touch the heap at all).
            return String(unsafeUninitializedCapacity: s.count) { buffer in
                var n = 0
                for c in s {
                    var v = UInt8(truncatingIfNeeded: c.value)
                    if v == 0x2E && dropPoints { continue }
                    if CharacterClass.isASCIIUpper(byte: v) { v += 32 }
                    buffer[n] = v
                    n += 1
                }
                return n
            }
        }
        var view = String.UnicodeScalarView()
        for c in s {
            if c == "." && dropPoints { continue }
            if CharacterClass.isSoftHyphen(c) { continue }  // a soft hyphen inside a word (see tokens)
            if c == "\u{2019}" || c == "\u{2018}" { view.append("'"); continue }
            view.append(c)
        }
        return String(view).lowercased()
    }
}
