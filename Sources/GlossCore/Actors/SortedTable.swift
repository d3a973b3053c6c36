/// A generated table of lines "key<TAB>value", sorted by key bytes, searched in place by binary
/// search: nothing is parsed or copied at start-up, a look-up costs about log2(lines) comparisons.
struct SortedTable: Sendable {
    let table: StaticString

    /// The value stored for `key`, or nil.
    func value(for key: String) -> Substring? {
        var key = key
        return key.withUTF8 { k -> Substring? in
            let base = table.utf8Start
            let count = table.utf8CodeUnitCount
            var low = 0, high = count  // search the line starts in [low, high)
            while low < high {
                // The line holding the middle byte: back to its start.
                var mid = (low + high) / 2
                while mid > low, base[mid - 1] != 0x0A { mid -= 1 }
                var end = mid
                while end < count, base[end] != 0x0A { end += 1 }
                var tab = mid
                while tab < end, base[tab] != 0x09 { tab += 1 }
                switch compare(k, base + mid, tab - mid) {
                case 0:
                    let value = UnsafeBufferPointer(start: base + tab + 1, count: max(0, end - tab - 1))
                    return Substring(String(decoding: value, as: UTF8.self))
                case ..<0: high = mid
                default: low = end + 1
                }
            }
            return nil
        }
    }

    /// Whether some key starts with `prefix` followed by a space: a longer phrase may follow.
    func hasPhrase(startingWith prefix: String) -> Bool {
        guard let next = value(atOrAfter: prefix + " ") else { return false }
        return next.hasPrefix(prefix + " ")
    }

    /// The first key at or after `key` in byte order.
    private func value(atOrAfter key: String) -> String? {
        var key = key
        return key.withUTF8 { k -> String? in
            let base = table.utf8Start
            let count = table.utf8CodeUnitCount
            var low = 0, high = count
            var found: (Int, Int)?
            while low < high {
                var mid = (low + high) / 2
                while mid > low, base[mid - 1] != 0x0A { mid -= 1 }
                var end = mid
                while end < count, base[end] != 0x0A { end += 1 }
                var tab = mid
                while tab < end, base[tab] != 0x09 { tab += 1 }
                if compare(k, base + mid, tab - mid) <= 0 {
                    found = (mid, tab)
                    high = mid
                } else {
                    low = end + 1
                }
            }
            guard let (a, b) = found else { return nil }
            return String(decoding: UnsafeBufferPointer(start: base + a, count: b - a), as: UTF8.self)
        }
    }

    /// Byte order of `a` against the `length` bytes at `b`: negative, zero or positive.
    private func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafePointer<UInt8>, _ length: Int) -> Int {
        let n = min(a.count, length)
        for i in 0..<n where a[i] != b[i] { return Int(a[i]) - Int(b[i]) }
        return a.count - length
    }
}
