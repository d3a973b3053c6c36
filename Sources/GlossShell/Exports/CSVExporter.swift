import GlossCore

/// `export csv`: the tags as an RFC 4180 table (CRLF line ends, fields quoted when needed).
struct CSVExporter: Exporter {
    let format = "csv"
    let summary = "the tags as a table: id,label,note,ref,start,end,exact,orphaned"

    func defaultFileName(for workspace: Workspace) -> String { "gloss-tags.csv" }

    func export(_ workspace: Workspace) -> String {
        var rows = [["id", "label", "note", "ref", "start", "end", "exact", "orphaned"]]
        for t in workspace.tags {
            rows.append(["\(t.id)", t.label, t.note ?? "", t.anchor.ref?.description ?? "", "\(t.anchor.start)", "\(t.anchor.end)",
                         t.anchor.exact, t.orphaned ? "true" : "false"])
        }
        return rows.map { $0.map(Self.field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// A field, quoted when it holds a comma, a quote or a line break; quotes inside are doubled.
    static func field(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacing("\"", with: "\"\"") + "\""
    }
}
