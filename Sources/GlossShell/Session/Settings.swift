/// Display settings: they change what the terminal shows, never what transcripts record.
public struct Settings: Sendable, Equatable {
    /// When colour is used.
    public enum ColorMode: String, Sendable, CaseIterable { case auto, always, never }

    /// How results are shown: as text, as one JSON document per cell (for jq and scripts), or with every
    /// table as CSV or a Markdown table (like the sqlite3 shell's output modes).
    public enum Format: String, Sendable, CaseIterable { case text, json, csv, markdown }

    /// Columns to wrap at; nil follows the terminal (80 when not a terminal).
    public var width: Int?
    public var color: ColorMode
    public var format: Format

    public init(width: Int? = nil, color: ColorMode = .auto, format: Format = .text) {
        self.width = width
        self.color = color
        self.format = format
    }
}

extension Settings {
    /// The settings `set` takes, with their values, for its usage and completion.
    static let keys: [Completion.Key] = [
        .init("width", "N", values: ["auto"]),
        .init("color", values: ColorMode.allCases.map(\.rawValue)),
        .init("format", values: Format.allCases.map(\.rawValue)),
    ]
}
