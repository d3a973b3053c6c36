/// Display settings: they change what the terminal shows, never what transcripts record.
public struct Settings: Sendable, Equatable {
    /// When colour is used.
    public enum ColorMode: String, Sendable, CaseIterable { case auto, always, never }

    /// Columns to wrap at; nil follows the terminal (80 when not a terminal).
    public var width: Int?
    public var color: ColorMode

    public init(width: Int? = nil, color: ColorMode = .auto) {
        self.width = width
        self.color = color
    }
}
