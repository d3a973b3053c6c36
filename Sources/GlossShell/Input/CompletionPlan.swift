/// What one Tab press does to the line, decided from the completer's candidates (pure, so testable).
///
/// Like bash: a single candidate replaces the word being typed (plus a space); several
/// candidates first extend the word to their longest common prefix, and when that adds
/// nothing, they are listed below the line.
public struct CompletionPlan: Equatable, Sendable {
    /// Unicode scalars to delete before the cursor (libedit counts wide characters, i.e. scalars).
    public var deleteCount: Int
    /// Text inserted at the cursor after the deletion.
    public var insertion: String
    /// Candidates to print below the line; empty unless Tab could not decide.
    public var listing: [String]

    public init(deleteCount: Int = 0, insertion: String = "", listing: [String] = []) {
        self.deleteCount = deleteCount
        self.insertion = insertion
        self.listing = listing
    }

    /// True when Tab has nothing to do (the terminal beeps).
    public var isEmpty: Bool { deleteCount == 0 && insertion.isEmpty && listing.isEmpty }

    /// The word being typed: everything after the last space or tab of `line`.
    public static func currentWord(of line: String) -> Substring {
        let start = line.lastIndex(where: { $0 == " " || $0 == "\t" }).map(line.index(after:)) ?? line.startIndex
        return line[start...]
    }

    /// Plans Tab for `line` (the text up to the cursor) given the completer's full replacement words.
    public static func make(line: String, candidates: [String]) -> CompletionPlan {
        var seen = Set<String>()
        let unique = candidates.filter { !$0.isEmpty && seen.insert($0).inserted }
        let word = currentWord(of: line)
        switch unique.count {
        case 0:
            return CompletionPlan()
        case 1:
            return replacing(word, with: unique[0] + " ")
        default:
            let common = unique.dropFirst().reduce(Substring(unique[0])) { commonPrefix($0, Substring($1)) }
            if common.count > word.count {
                return replacing(word, with: String(common))
            }
            return CompletionPlan(listing: unique)
        }
    }

    /// The smallest edit turning `word` into `replacement`: keeps the part they share.
    private static func replacing(_ word: Substring, with replacement: String) -> CompletionPlan {
        let shared = commonPrefix(word, Substring(replacement))
        let kept = shared.unicodeScalars.count
        let insertion = String(replacement.unicodeScalars.dropFirst(kept))
        return CompletionPlan(deleteCount: word.unicodeScalars.count - kept, insertion: insertion)
    }

    /// Longest common prefix by Character, so that a shared base letter never splits an accent from it.
    private static func commonPrefix(_ a: Substring, _ b: Substring) -> Substring {
        var end = a.startIndex
        var i = a.startIndex, j = b.startIndex
        while i < a.endIndex, j < b.endIndex, a[i] == b[j] {
            a.formIndex(after: &i)
            b.formIndex(after: &j)
            end = i
        }
        return a[..<end]
    }

    /// Lays `items` out in columns, down then across like `ls`, within `width` columns.
    public static func columns(_ items: [String], width: Int) -> String {
        guard !items.isEmpty else { return "" }
        let cell = (items.map(\.count).max() ?? 0) + 2
        let perRow = max(1, width / cell)
        let rows = (items.count + perRow - 1) / perRow
        var out = ""
        for row in 0..<rows {
            var line = ""
            var column = row
            while column < items.count {
                let item = items[column]
                column += rows
                line += item
                if column < items.count {
                    line += String(repeating: " ", count: cell - item.count)
                }
            }
            out += line + "\n"
        }
        return out
    }
}
