import Testing
import GlossCore

@Suite struct TextAnchorTests {
    let text = "Officials met on Monday. The minister said 40 schools would close. Parents were not told."

    func offsets(of needle: String, in article: Article, occurrence: Int = 0) -> Range<Int> {
        let n = Array(needle.unicodeScalars), h = article.scalars
        var found = [Int]()
        for i in 0...(h.count - n.count) where h[i..<(i + n.count)].elementsEqual(n) { found.append(i) }
        return found[occurrence]..<(found[occurrence] + n.count)
    }

    @Test func creationRecordsQuoteContextAndRef() {
        let article = Article(text: text, source: "t")
        let r = offsets(of: "40 schools", in: article)
        let anchor = TextAnchor(article: article, start: r.lowerBound, end: r.upperBound)
        #expect(anchor.exact == "40 schools")
        #expect(anchor.prefix.hasSuffix("The minister said "))
        #expect(anchor.suffix.hasPrefix(" would close."))
        #expect(anchor.prefix.unicodeScalars.count == TextAnchor.contextLength)
        #expect(anchor.suffix.unicodeScalars.count == TextAnchor.contextLength)
        #expect(anchor.ref?.description == "1.2")
    }

    @Test(arguments: [(0, 9, 0, 32), (82, 90, 32, 0)])
    func contextIsClippedAtTheEdges(start: Int, end: Int, prefixCount: Int, suffixCount: Int) {
        let article = Article(text: text, source: "t")
        let anchor = TextAnchor(article: article, start: start, end: end)
        #expect(anchor.prefix.unicodeScalars.count == prefixCount)
        #expect(anchor.suffix.unicodeScalars.count == suffixCount)
        #expect(anchor.exact == article.text(from: start, to: end))
    }

    @Test func sameTextIsExact() {
        let article = Article(text: text, source: "t")
        let r = offsets(of: "40 schools", in: article)
        #expect(TextAnchor(article: article, start: r.lowerBound, end: r.upperBound).reanchor(in: article) == .exact)
    }

    @Test func textInsertedBeforeMovesTheAnchor() {
        let old = Article(text: text, source: "t")
        let r = offsets(of: "40 schools", in: old)
        let anchor = TextAnchor(article: old, start: r.lowerBound, end: r.upperBound)
        let new = Article(text: "Breaking news. " + text, source: "t")
        guard case .moved(let s, let e) = anchor.reanchor(in: new) else { Issue.record("not moved"); return }
        #expect(s == r.lowerBound + 15 && e == r.upperBound + 15)
        #expect(new.text(from: s, to: e) == "40 schools")
    }

    @Test func changedSentenceOrphansAWholeSentenceTagButKeepsAnIntactSpan() {
        let old = Article(text: text, source: "t")
        let sentence = old.sentences[1]
        let whole = TextAnchor(article: old, start: sentence.start, end: sentence.end)
        let r = offsets(of: "40 schools", in: old)
        let span = TextAnchor(article: old, start: r.lowerBound, end: r.upperBound)
        let new = Article(text: text.replacing("would close", with: "will shut"), source: "t")
        #expect(whole.reanchor(in: new) == .orphaned)
        #expect(span.reanchor(in: new) == .exact)
    }

    @Test func deletedSentenceIsOrphanedNeverMovedElsewhere() {
        let old = Article(text: text, source: "t")
        let s = old.sentences[2]
        let tag = GlossCore.Tag(id: 1, label: "x", note: nil, anchor: TextAnchor(article: old, start: s.start, end: s.end))
        let new = Article(text: text.replacing(" Parents were not told.", with: ""), source: "t")
        let (moved, resolution) = tag.reanchored(in: new)
        #expect(resolution == .orphaned)
        #expect(moved.orphaned)
        #expect(moved.anchor == tag.anchor)
    }

    @Test func duplicatedQuoteIsResolvedByContext() {
        let dup = "The mayor said taxes would rise. The governor said taxes would fall."
        let old = Article(text: dup, source: "t")
        let second = offsets(of: "said taxes would", in: old, occurrence: 1)
        let anchor = TextAnchor(article: old, start: second.lowerBound, end: second.upperBound)
        // Shift everything; the governor's occurrence must still be chosen though the mayor's is nearer the old offset.
        let new = Article(text: "Update: " + String(repeating: "x", count: 40) + ". " + dup, source: "t")
        guard case .moved(let s, _) = anchor.reanchor(in: new) else { Issue.record("not moved"); return }
        #expect(new.text(from: s - 9, to: s) == "governor ")
    }

    @Test func tieGoesToTheNearestOccurrence() {
        let same = "Yes. Yes. Yes."
        let article = Article(text: same, source: "t")
        let anchor = TextAnchor(article: article, start: 5, end: 9)
        #expect(anchor.reanchor(in: article) == .exact)
    }

    @Test(arguments: ["weapons", "claim", "claim:quantity", "Claim:Rule", "put-in", String(repeating: "a", count: 64)])
    func goodLabels(label: String) {
        #expect(Tag.labelProblem(label) == nil)
    }

    @Test(arguments: ["", "two words", "tab\there", "bell\u{07}", String(repeating: "a", count: 65), "claim:rumour"])
    func badLabels(label: String) {
        #expect(Tag.labelProblem(label) != nil)
    }

    @Test func claimTypes() {
        let a = Article(text: text, source: "t")
        func tag(_ l: String) -> GlossCore.Tag { GlossCore.Tag(id: 1, label: l, note: nil, anchor: TextAnchor(article: a, start: 0, end: 3)) }
        #expect(tag("claim").isClaim && tag("claim").claimType == nil)
        #expect(tag("claim:prediction").claimType == .prediction)
        #expect(!tag("weapons").isClaim)
        #expect(ClaimType.allCases.count == 7)
    }
}
