/// Finding text in an article: word phrases through the index, any string by scanning, regular expressions.
public enum TextSearch {
    /// One hit: the sentence and the code-point span.
    public struct Match: Sendable, Equatable {
        public let sentence: Int
        public let start: Int
        public let end: Int

        public init(sentence: Int, start: Int, end: Int) {
            self.sentence = sentence
            self.start = start
            self.end = end
        }
    }

    /// Occurrences of a phrase. Words match whole words through the index, ignoring case unless
    /// `caseSensitive`, and ignoring punctuation between them ("Kim Putin" finds "Kim-Putin");
    /// a possessive ’s never stops a match. A query with no word characters is matched as a literal string.
    public static func phrase(_ query: String, in article: Article, caseSensitive: Bool = false) -> [Match] {
        let queryScalars = Array(query.unicodeScalars)
        let tokens = Tokenizer.tokens(in: queryScalars, range: 0..<queryScalars.count)
        guard let first = tokens.first else { return literal(query, in: article, caseSensitive: caseSensitive) }
        let forms = tokens.map { article.index.ids[$0.folded] }
        guard forms.allSatisfy({ $0 != nil }) else { return [] }
        let surfaces = tokens.map { Array(queryScalars[$0.start..<$0.end]) }
        var out = [Match]()
        for p in article.index.postings[Int(forms[0]!)] {
            let p = Int(p)
            let last = p + tokens.count - 1
            guard last < article.words.count else { continue }
            let sentence = article.words[p].sentence
            var ok = true
            for k in 0..<tokens.count {
                let w = article.words[p + k]
                if w.form != forms[k]! || w.sentence != sentence { ok = false; break }
                if caseSensitive && !article.scalars[Int(w.start)..<Int(w.end)].elementsEqual(surfaces[k]) { ok = false; break }
            }
            if ok { out.append(Match(sentence: Int(sentence), start: Int(article.words[p].start), end: Int(article.words[last].end))) }
        }
        _ = first
        return out
    }

    /// Occurrences of a literal string, by scanning each sentence (for queries made of punctuation).
    public static func literal(_ query: String, in article: Article, caseSensitive: Bool) -> [Match] {
        let needle = Array((caseSensitive ? query : query.lowercased()).unicodeScalars)
        guard !needle.isEmpty else { return [] }
        var out = [Match]()
        for s in article.sentences {
            let hay = caseSensitive ? Array(article.scalars[s.start..<s.end]) : Array(article.text(of: s).lowercased().unicodeScalars)
            // Lower-casing can change lengths (rarely); fall back to exact scanning then.
            let exact = hay.count == s.end - s.start
            let scan = exact ? hay : Array(article.scalars[s.start..<s.end])
            var i = 0
            while i + needle.count <= scan.count {
                if scan[i..<(i + needle.count)].elementsEqual(needle) {
                    out.append(Match(sentence: s.id, start: s.start + i, end: s.start + i + needle.count))
                    i += needle.count
                } else {
                    i += 1
                }
            }
        }
        return out
    }

    /// Occurrences of a regular expression (Swift Regex syntax), one sentence at a time so matches
    /// never cross sentences. Returns nil and an error message when the pattern does not compile.
    public static func regex(_ pattern: String, in article: Article, caseSensitive: Bool) -> Result<[Match], PatternError> {
        let compiled: Regex<AnyRegexOutput>
        do {
            compiled = try Regex(pattern)
        } catch {
            return .failure(PatternError(pattern: pattern, message: "\(error)"))
        }
        let regex = caseSensitive ? compiled : compiled.ignoresCase()
        var out = [Match]()
        // Only sentences that can match are searched: a literal every match must contain, looked up
        // in the word index, rules out most sentences before the (slow) regex engine sees them.
        let candidates = RequiredLiteral.of(pattern).map { candidateSentences(containing: $0, in: article) }
        for s in article.sentences {
            if let candidates, !candidates.contains(s.id) { continue }
            let text = article.text(of: s)
            var offset = 0
            var position = text.startIndex
            for m in text.matches(of: regex) {
                if m.range.isEmpty { continue }
                offset += text.unicodeScalars.distance(from: position, to: m.range.lowerBound)
                let length = text.unicodeScalars.distance(from: m.range.lowerBound, to: m.range.upperBound)
                out.append(Match(sentence: s.id, start: s.start + offset, end: s.start + offset + length))
                offset += length
                position = m.range.upperBound
            }
        }
        return .success(out)
    }

    /// Why `pattern` does not compile as a regular expression, or nil when it does.
    public static func patternError(_ pattern: String) -> PatternError? {
        do { _ = try Regex(pattern) } catch { return PatternError(pattern: pattern, message: "\(error)") }
        return nil
    }

    /// Ids of the sentences with a word whose folded form contains `literal` (already folded).
    static func candidateSentences(containing literal: String, in article: Article) -> Set<Int> {
        var ids = Set<Int>()
        for (form, folded) in article.index.vocabulary.enumerated() where folded.contains(literal) {
            for p in article.index.postings[form] { ids.insert(Int(article.words[Int(p)].sentence)) }
        }
        return ids
    }

    /// A regular expression that did not compile.
    public struct PatternError: Error, Sendable, Equatable {
        public let pattern: String
        public let message: String
    }
}
