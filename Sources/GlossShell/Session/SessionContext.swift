/// What the session itself keeps track of beside the cells. It is not derived from the cells (so `undo`
/// and re-folding never change it): commands read it (save's default path, recover's journals, whether a
/// replay is running) and only the session changes it, when it performs their `SessionAction`s.
public struct SessionContext: Sendable {
    /// Which files commands may read and write (confined while replaying someone else's file).
    public var policy: FilePolicy = .unrestricted
    /// The transcript this session was last saved to; saving there again needs no --force.
    public internal(set) var savedPath: String?
    /// How many cells the last save wrote.
    public internal(set) var savedCellCount = 0
    /// Journals of earlier unsaved sessions on this article, oldest first, for `recover` and `discard`.
    public var pendingJournals: [String] = []
    /// Whether cells recovered from a journal are in the session and not yet saved: a batch that ends
    /// then keeps its own journal, so the recovered cells are not lost with the one they came from.
    public internal(set) var holdsUnsavedRecovery = false
    /// Whether a file is being replayed (replays do not nest).
    public internal(set) var isReplaying = false
    /// While replaying, `$N` means the replayed file's cell N, that is the session's cell `replayBase + N`.
    var replayBase = 0

    public init() {}
}
