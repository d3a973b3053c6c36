/// A generated table of lines "key<TAB>value", sorted by key bytes, searched in place by binary
/// search: nothing is parsed or copied at start-up, a look-up costs about log2(lines) comparisons.
struct SortedTable: Sendable {
    let table: StaticString

    /// The value stored for `key`, or nil.
    func value(for key: String) -> Substring? {
        firstLine(atOrAfter: key) { line in
            guard line.order == 0 else { return nil }
            return Substring(String(decoding: line.value, as: UTF8.self))
        }
    }

    /// Whether some key starts with `prefix` followed by a space: a longer phrase may follow.
    func hasPhrase(startingWith prefix: String) -> Bool {
        let phrase = prefix + " "
        return firstLine(atOrAfter: phrase) { line in
            line.key.starts(with: phrase.utf8) ? true : nil
        } ?? false
    }

    /// A line of the table as the search found it: its key and value bytes, and how the searched key
    /// compares with its key (0: equal; negative: the searched key sorts before it).
    private struct Line {
        let key: UnsafeBufferPointer<UInt8>
        let value: UnsafeBufferPointer<UInt8>
        let order: Int
    }

    /// Calls `body` with the first line whose key is at or after `key` in byte order (a lower bound).
    private func firstLine<T>(atOrAfter key: String, _ body: (Line) -> T?) -> T? {
        var key = key
        return key.withUTF8 { k -> T? in
            let base = table.utf8Start
            let count = table.utf8CodeUnitCount
            var low = 0, high = count  // search the line starts in [low, high)
            var found: Line?
            while low < high {
                // The line holding the middle byte: back to its start.
                var mid = (low + high) / 2
                while mid > low, base[mid - 1] != 0x0A { mid -= 1 }
                var end = mid
                while end < count, base[end] != 0x0A { end += 1 }
                var tab = mid
                while tab < end, base[tab] != 0x09 { tab += 1 }
                let order = compare(k, base + mid, tab - mid)
                if order <= 0 {
                    found = Line(key: UnsafeBufferPointer(start: base + mid, count: tab - mid),
                                 value: UnsafeBufferPointer(start: base + min(tab + 1, end), count: max(0, end - tab - 1)), order: order)
                    if order == 0 { break }
                    high = mid
                } else {
                    low = end + 1
                }
            }
            return found.flatMap(body)
        }
    }

    /// Byte order of `a` against the `length` bytes at `b`: negative, zero or positive.
    private func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafePointer<UInt8>, _ length: Int) -> Int {
        let n = min(a.count, length)
        for i in 0..<n where a[i] != b[i] { return Int(a[i]) - Int(b[i]) }
        return a.count - length
    }
}
