/// A line diff (longest common subsequence) printed as unified-diff hunks, for `gloss check`.
public enum LineDiff {
    /// One line of the edit script: kept (" "), removed ("-") or added ("+").
    struct Edit: Equatable {
        let mark: Character
        let text: String
    }

    /// The hunks (`@@ -a,b +c,d @@` and their lines) that turn `old` into `new`, with `context` lines around changes.
    public static func unified(_ old: [String], _ new: [String], context: Int = 3) -> [String] {
        let edits = script(old, new)
        let changed = edits.indices.filter { edits[$0].mark != " " }
        guard let first = changed.first else { return [] }
        // Group changes whose context windows touch into one hunk.
        var groups = [(Int, Int)]()
        var start = first, end = first
        for i in changed.dropFirst() {
            if i - end > 2 * context { groups.append((start, end)); start = i }
            end = i
        }
        groups.append((start, end))
        var out = [String]()
        for (a, b) in groups {
            let lo = max(0, a - context), hi = min(edits.count, b + context + 1)
            let oldBefore = edits[..<lo].filter { $0.mark != "+" }.count
            let newBefore = edits[..<lo].filter { $0.mark != "-" }.count
            let oldCount = edits[lo..<hi].filter { $0.mark != "+" }.count
            let newCount = edits[lo..<hi].filter { $0.mark != "-" }.count
            out.append("@@ -\(range(oldBefore, oldCount)) +\(range(newBefore, newCount)) @@")
            out.append(contentsOf: edits[lo..<hi].map { String($0.mark) + $0.text })
        }
        return out
    }

    /// "start,count" as unified diffs write it: an empty range names the line before it.
    private static func range(_ before: Int, _ count: Int) -> String {
        "\(count == 0 ? before : before + 1),\(count)"
    }

    /// The most table cells the LCS may use (about 32 MB); past that the middle is shown replaced whole.
    static let maximumTable = 4_000_000

    /// The shortest edit script by dynamic programming over the longest common subsequence, after
    /// taking off the common first and last lines. The table is n×m, so when what is left is too large
    /// (a transcript cell with a huge recorded output) the middle is one removal and one addition instead:
    /// still a correct diff, found in linear time and memory.
    static func script(_ old: [String], _ new: [String]) -> [Edit] {
        var head = 0
        while head < old.count, head < new.count, old[head] == new[head] { head += 1 }
        var tail = 0
        while tail < old.count - head, tail < new.count - head, old[old.count - 1 - tail] == new[new.count - 1 - tail] { tail += 1 }
        let oldMiddle = Array(old[head..<(old.count - tail)]), newMiddle = Array(new[head..<(new.count - tail)])
        let middle: [Edit]
        if oldMiddle.count * newMiddle.count > maximumTable {
            middle = oldMiddle.map { Edit(mark: "-", text: $0) } + newMiddle.map { Edit(mark: "+", text: $0) }
        } else {
            middle = lcsScript(oldMiddle, newMiddle)
        }
        return old[..<head].map { Edit(mark: " ", text: $0) } + middle + old[(old.count - tail)...].map { Edit(mark: " ", text: $0) }
    }

    /// The LCS edit script of two (small enough) line lists.
    private static func lcsScript(_ old: [String], _ new: [String]) -> [Edit] {
        let n = old.count, m = new.count
        // lcs[i][j]: length of the LCS of old[i...] and new[j...].
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        if n > 0 && m > 0 {
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    lcs[i][j] = old[i] == new[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
                }
            }
        }
        var edits = [Edit]()
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, old[i] == new[j] {
                edits.append(Edit(mark: " ", text: old[i])); i += 1; j += 1
            } else if j < m, i == n || lcs[i][j + 1] > lcs[i + 1][j] {
                edits.append(Edit(mark: "+", text: new[j])); j += 1
            } else {
                edits.append(Edit(mark: "-", text: old[i])); i += 1
            }
        }
        return edits
    }
}
