import GlossCore

/// Terminal text geometry: display widths, wrapping and escaping of control characters.
public enum TextLayout {
    /// Columns a scalar occupies on a terminal: 0 for combining marks, 2 for wide East Asian, else 1.
    public static func width(of c: Unicode.Scalar) -> Int {
        let v = c.value
        if v < 0x300 { return 1 }
        switch c.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if v == 0x200B { return 0 }
        // Wide and fullwidth ranges (East Asian Width W/F), the common blocks.
        if (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
            || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x3FFFD).contains(v) {
            return 2
        }
        return 1
    }

    /// Display width of a string, after escaping.
    public static func width(of s: String) -> Int {
        // ASCII has one column a byte, and most text is ASCII.
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s.utf8.count }
        var w = 0
        for c in s.unicodeScalars { w += width(of: c) }
        return w
    }

    /// Whether a scalar must never reach a terminal raw: C0/C1 controls, DEL, and bidi overrides/isolates.
    @inline(__always) public static func isUnsafe(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v < 0x20 || v == 0x7F || (v >= 0x80 && v < 0xA0) || (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069)
    }

    /// The visible form of an unsafe scalar: caret notation for C0 and DEL, `<U+XXXX>` for the rest.
    public static func escaped(_ c: Unicode.Scalar) -> String {
        let v = c.value
        if v < 0x20 { return "^" + String(Unicode.Scalar(UInt8(v + 64))) }
        if v == 0x7F { return "^?" }
        let hex = String(v, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }

    /// `s` with every unsafe scalar replaced by its visible form; tabs become a space.
    public static func sanitize(_ s: String) -> String {
        // Fast path over the bytes: C0 and DEL are single bytes; C1 controls are C2 80–9F; the bidi
        // controls are E2 80 AA–AE and E2 81 A6–A9. Anything else (curly quotes too) is safe as it is.
        var clean = true
        var u = s.utf8.makeIterator()
        var previous: (UInt8, UInt8) = (0, 0)
        while let b = u.next() {
            if b < 0x20 || b == 0x7F
                || (previous.1 == 0xC2 && b >= 0x80 && b <= 0x9F)
                || (previous.0 == 0xE2 && previous.1 == 0x80 && b >= 0xAA && b <= 0xAE)
                || (previous.0 == 0xE2 && previous.1 == 0x81 && b >= 0xA6 && b <= 0xA9) {
                clean = false
                break
            }
            previous = (previous.1, b)
        }
        if clean { return s }
        var out = [Unicode.Scalar]()
        for c in s.unicodeScalars {
            if c == "\t" { out.append(" ") } else if isUnsafe(c) { out.append(contentsOf: escaped(c).unicodeScalars) } else { out.append(c) }
        }
        return Article.string(out[...])
    }

    /// Breaks `scalars` into lines of at most `width` columns, at spaces where possible.
    /// Returns ranges into `scalars`; spaces at a break are dropped.
    public static func wrap(_ scalars: [Unicode.Scalar], width: Int) -> [Range<Int>] {
        scalars.withUnsafeBufferPointer { wrap($0, width: width) }
    }

    /// `wrap` over a buffer, so callers can wrap part of a larger array without copying it.
    static func wrap(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, width: Int) -> [Range<Int>] {
        let width = max(width, 8)
        var lines = [Range<Int>]()
        var start = 0
        let n = scalars.count
        while start < n {
            while start < n, scalars[start] == " " { start += 1 }
            if start >= n { break }
            var columns = 0
            var i = start
            var lastSpace = -1
            while i < n {
                let v = scalars[i].value
                // Printable ASCII, most text, is one column; the rest is measured.
                let w = v >= 0x20 && v < 0x7F ? 1 : isUnsafe(scalars[i]) ? escaped(scalars[i]).count : TextLayout.width(of: scalars[i])
                if columns + w > width { break }
                if scalars[i] == " " { lastSpace = i }
                columns += w
                i += 1
            }
            if i >= n {
                var e = n
                while e > start, scalars[e - 1] == " " { e -= 1 }
                lines.append(start..<e)
                break
            }
            if scalars[i] == " " {
                lines.append(start..<i)
                start = i
            } else if lastSpace > start {
                var e = lastSpace
                while e > start, scalars[e - 1] == " " { e -= 1 }
                lines.append(start..<e)
                start = lastSpace + 1
            } else {
                lines.append(start..<max(i, start + 1))
                start = max(i, start + 1)
            }
        }
        return lines
    }

    /// Wraps a string to lines of at most `width` columns.
    public static func wrap(_ s: String, width: Int) -> [String] {
        let scalars = Array(s.unicodeScalars)
        return wrap(scalars, width: width).map { Article.string(scalars[$0]) }
    }

    /// `s` padded with spaces to `width` columns (left-aligned, or right-aligned when `right`).
    public static func pad(_ s: String, to width: Int, right: Bool = false) -> String {
        let gap = max(0, width - self.width(of: s))
        let fill = String(repeating: " ", count: gap)
        return right ? fill + s : s + fill
    }

    /// `s` cut to at most `width` columns, ending in "…" when cut.
    public static func truncate(_ s: String, to width: Int) -> String {
        guard self.width(of: s) > width else { return s }
        var out = [Unicode.Scalar]()
        var w = 0
        for c in s.unicodeScalars {
            let cw = self.width(of: c)
            if w + cw > width - 1 { break }
            out.append(c)
            w += cw
        }
        return Article.string(out[...]) + "…"
    }

    /// The last `width` columns of `s`, starting with "…" when cut.
    public static func truncateLeft(_ s: String, to width: Int) -> String {
        guard self.width(of: s) > width else { return s }
        var out = [Unicode.Scalar]()
        var w = 0
        for c in s.unicodeScalars.reversed() {
            let cw = self.width(of: c)
            if w + cw > width - 1 { break }
            out.append(c)
            w += cw
        }
        return "…" + Article.string(ArraySlice(out.reversed()))
    }
}
