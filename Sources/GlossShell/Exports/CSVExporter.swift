import GlossCore

/// `export csv`: the tags as an RFC 4180 table (CRLF line ends, fields quoted when needed).
struct CSVExporter: Exporter {
    let format = "csv"
    let summary = "the tags as a table: id,label,note,ref,start,end,exact,orphaned"

    func defaultFileName(for workspace: Workspace) -> String { "gloss-tags.csv" }

    func export(_ workspace: Workspace) -> String {
        let rows = workspace.tags.map { t in
            ["\(t.id)", t.label, t.note ?? "", t.anchor.ref?.description ?? "", "\(t.anchor.start)", "\(t.anchor.end)",
             t.anchor.exact, t.orphaned ? "true" : "false"]
        }
        let table = Table(headers: ["id", "label", "note", "ref", "start", "end", "exact", "orphaned"], rows: rows)
        return table.csvLines().map { $0 + "\r\n" }.joined()
    }
}
