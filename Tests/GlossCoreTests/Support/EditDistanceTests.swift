import Testing
import GlossCore

/// The one edit distance behind every "did you mean".
@Suite struct EditDistanceTests {
    @Test(arguments: [
        ("", "abc", 3), ("find", "find", 0), ("fnd", "find", 1), ("fidn", "find", 1), ("kitten", "sitting", 3),
        ("Putin", "putin", 1), ("ab", "ba", 1), ("abc", "ca", 3),
    ])
    func distances(a: String, b: String, expected: Int) {
        #expect(EditDistance.distance(a, b) == expected)
        #expect(EditDistance.distance(b, a) == expected)
    }

    /// With a limit, the answer is the same whenever it is within the limit, and limit + 1 otherwise.
    @Test func aLimitOnlyStopsEarly() {
        let words = ["", "a", "ab", "ba", "abc", "acb", "kitten", "sitting", "korea", "koera", "south korea", "north korea"]
        for a in words {
            for b in words {
                let full = EditDistance.distance(a, b)
                for limit in 0...4 {
                    #expect(EditDistance.distance(a, b, limit: limit) == (full <= limit ? full : limit + 1), "\(a) \(b) \(limit)")
                }
            }
        }
    }

    @Test func suggestionsIgnoreCaseAndPreferPrefixes() {
        #expect(EditDistance.suggestion(for: "FIDN", among: ["read", "find"]) == "find")
        #expect(EditDistance.suggestion(for: "expo", among: ["info", "export"]) == "export")
        #expect(EditDistance.suggestion(for: "zzzz", among: ["read", "find"]) == nil)
    }
}
