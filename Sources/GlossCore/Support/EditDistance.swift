/// The one edit distance, for every "did you mean": commands, options, settings, formats, actor names.
public enum EditDistance {
    /// The number of single-code-point edits between `a` and `b`, counting a swap of two neighbours as
    /// one edit (optimal string alignment), as typos usually are. Above `limit` it stops early and
    /// returns `limit + 1`. Case counts: callers fold case first when it should not.
    public static func distance(_ a: String, _ b: String, limit: Int = .max) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if abs(x.count - y.count) > limit { return limit + 1 }
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        var twoBack = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        var previousMin = 0
        for i in 1...x.count {
            current[0] = i
            var rowMin = i
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    current[j] = min(current[j], twoBack[j - 2] + 1)
                }
                rowMin = min(rowMin, current[j])
            }
            // Later rows build on this row, or on the one before plus a swap: both past the limit means done.
            if rowMin > limit && previousMin >= limit { return limit + 1 }
            previousMin = rowMin
            (twoBack, previous, current) = (previous, current, twoBack)
        }
        return min(previous[y.count], limit == .max ? .max : limit + 1)
    }

    /// The closest candidate, ignoring case, within a small distance (a third of the word's length, at
    /// least 1, at most 3), if any; a candidate the word begins (3 letters or more) wins outright.
    public static func suggestion(for word: String, among candidates: [String]) -> String? {
        let lower = word.lowercased()
        let limit = min(3, max(1, word.count / 3))
        var best: (String, Int)?
        for c in candidates {
            if c.lowercased().hasPrefix(lower) && word.count >= 3 { return c }
            let d = distance(lower, c.lowercased(), limit: limit)
            if d <= limit, best == nil || d < best!.1 { best = (c, d) }
        }
        return best?.0
    }
}
