import Testing
import GlossEvaluation

/// The reference set stays a fair measure: every annotation reads, both splits are there, and no
/// development article repeats a held-out one (the Lee corpus holds the same story more than once,
/// and tuning on a copy of a held-out text would make the held-out figures a lie).
@Suite struct ReferenceSetTests {
    /// Hashes of every run of ten words, lower-cased: two texts share a passage when they share runs.
    static func runs(_ text: String) -> Set<Int> {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        guard words.count >= 10 else { return [] }
        return Set((0...(words.count - 10)).map { words[$0..<($0 + 10)].joined(separator: " ").hashValue })
    }

    @Test func bothSplitsAreThere() throws {
        let articles = try ReferenceArticles.all()
        #expect(articles.filter { $0.split == .dev }.count >= 100)
        #expect(articles.filter { $0.split == .heldout }.count >= 70)
    }

    @Test func noDevArticleRepeatsAHeldOutOne() throws {
        let articles = try ReferenceArticles.all()
        let dev = articles.filter { $0.split == .dev }.map { ($0.id, Self.runs($0.text)) }
        let heldOut = articles.filter { $0.split == .heldout }.map { ($0.id, Self.runs($0.text)) }
        for (heldID, held) in heldOut where !held.isEmpty {
            for (devID, runs) in dev where !runs.isEmpty {
                let shared = held.intersection(runs).count
                // A quoted sentence in common is news; a tenth of the shorter text in common is a copy.
                #expect(Double(shared) < 0.1 * Double(min(held.count, runs.count)), "\(devID) (dev) repeats \(heldID) (held out)")
            }
        }
    }
}
