/// The plain-data forms of a table, as the sqlite3 shell's output modes have them (`set format csv`,
/// `set format markdown`), and for `export csv`. The aligned text form is the renderer's.
extension Table {
    /// RFC 4180 rows: the header, then each row; fields quoted when they hold a comma, a quote or a line break.
    public func csvLines() -> [String] {
        ([headers] + rows).map { row in headers.indices.map { Self.csvField($0 < row.count ? row[$0] : "") }.joined(separator: ",") }
    }

    /// A GitHub-flavoured Markdown table (numeric columns right-aligned), then the footer after a blank line.
    public func markdownLines() -> [String] {
        func line(_ cells: [String]) -> String {
            "| " + headers.indices.map { Self.markdownCell($0 < cells.count ? cells[$0] : "") }.joined(separator: " | ") + " |"
        }
        var out = [line(headers), "|" + headers.indices.map { numeric.contains($0) ? " ---: |" : " --- |" }.joined()]
        out += rows.map(line)
        if let footer {
            out.append("")
            out.append(footer)
        }
        return out
    }

    /// A CSV field, quoted when needed; quotes inside are doubled.
    static func csvField(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacing("\"", with: "\"\"") + "\""
    }

    /// A Markdown table cell: pipes escaped, line breaks as spaces.
    static func markdownCell(_ s: String) -> String {
        s.replacing("\\", with: "\\\\").replacing("|", with: "\\|").replacing("\r\n", with: " ").replacing("\n", with: " ")
    }
}
