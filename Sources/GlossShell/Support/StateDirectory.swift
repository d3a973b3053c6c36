import GlossCore

/// Where Gloss keeps its own state (history, journals): `$XDG_STATE_HOME/gloss`, else
/// `~/.local/state/gloss`. One place, so the history and the journals never disagree about it.
enum StateDirectory {
    /// The folder's path (not created), or nil when no home folder can be named.
    static func path() -> String? {
        // The XDG spec says a relative XDG_STATE_HOME is invalid and must be ignored.
        if let state = getenv("XDG_STATE_HOME").map({ String(cString: $0) }), state.hasPrefix("/") {
            return state + "/gloss"
        }
        if let home = getenv("HOME").map({ String(cString: $0) }), !home.isEmpty {
            return home + "/.local/state/gloss"
        }
        if let entry = getpwuid(getuid()), let dir = entry.pointee.pw_dir {
            return String(cString: dir) + "/.local/state/gloss"
        }
        return nil
    }
}
