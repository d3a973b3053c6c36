import Testing
import GlossCore

/// Tags made on the bundled article survive an edited copy of it: moved tags keep their exact text,
/// the tag on deleted text is orphaned.
@Suite struct TagAnchoringEndToEndTests {
    @Test func everySentenceTagReanchorsInAnEditedCopy() {
        let original = ArticleLoader.bundled()
        let removed = "It is republished with permission."
        let edited = Article(text: "Editor's note: updated.\n" + original.text.replacing(removed, with: ""), source: "edited")
        for s in original.sentences {
            let tag = GlossCore.Tag(id: s.id + 1, label: "s", note: nil, anchor: TextAnchor(article: original, start: s.start, end: s.end))
            let (moved, resolution) = tag.reanchored(in: edited)
            if original.text(of: s) == removed {
                #expect(resolution == .orphaned)
            } else {
                #expect(!moved.orphaned)
                #expect(edited.text(from: moved.anchor.start, to: moved.anchor.end) == original.text(of: s))
            }
        }
    }
}
