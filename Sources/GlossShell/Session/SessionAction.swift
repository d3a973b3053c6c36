/// Something a command asks the session itself to do: leave, write a file, replay cells, delete
/// journals. Actions are not folded from the cells (that is `Effect`); commands that return them are
/// declared `.action` and are not recorded, so that replaying or checking a transcript never repeats them.
public enum SessionAction: Sendable {
    /// Leave the shell.
    case quit
    /// Write a file (`export`).
    case write(FileWrite)
    /// Write the session's transcript (`save`); once written, the session is saved there and its journal restarts.
    case save(FileWrite)
    /// Run a file's cells next (`replay`, `recover`).
    case replay(ReplayPlan)
    /// Delete these journals of earlier sessions and forget them (`discard`).
    case discardJournals([String])
}

/// A file a command wants written. The session writes it, atomically, after checking its file policy,
/// so a command stays a pure function of the workspace and a replay cannot write outside its folder.
public struct FileWrite: Sendable {
    public let path: String
    public let contents: String
    /// Whether an existing file may be replaced.
    public let replacing: Bool
    /// Why an existing file is not replaced, when `replacing` is false ("exists; add --force to replace it").
    public let refusal: String

    public init(path: String, contents: String, replacing: Bool, refusal: String) {
        self.path = path
        self.contents = contents
        self.replacing = replacing
        self.refusal = refusal
    }

    /// Writes the file, creating its folder when needed, or throws with the path and the reason.
    func perform(policy: FilePolicy) throws(ShellError) {
        try policy.checkWrite(path)
        if !replacing && AtomicFile.exists(path) { throw .io(path: path, reason: refusal) }
        if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
            try AtomicFile.makeDirectories(String(path[..<slash]))
        }
        try AtomicFile.write(contents, to: path)
    }
}
