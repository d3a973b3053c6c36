import GlossCore

/// A format `export` can write: it turns the workspace into the text of one file.
public protocol Exporter: Sendable {
    /// The word after `export` (json, csv, markdown…).
    var format: String { get }
    /// One line for `help export`.
    var summary: String { get }
    /// The file name used when no path is given, e.g. "gloss-export.json".
    func defaultFileName(for workspace: Workspace) -> String
    /// The file's contents. Pure: the command writes it (atomically, checked against the file policy).
    func export(_ workspace: Workspace) -> String
    /// What the file could not keep as the session had it, for the command's result line; none by default.
    func remarks(for workspace: Workspace) -> [String]
}

extension Exporter {
    public func remarks(for workspace: Workspace) -> [String] { [] }
}

/// Every exporter, by format name. Add a new format here.
public enum Exporters {
    public static let all: [any Exporter] = [
        JSONExporter(), AnnotationExporter(), CSVExporter(), MarkdownExporter(), NotebookExporter(), HTMLExporter(),
    ]

    public static func named(_ format: String) -> (any Exporter)? { all.first { $0.format == format } }
}
