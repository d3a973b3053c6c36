import GlossCore

/// Facts about the process's terminal and a small, fast writer for its standard streams.
public enum Terminal {
    /// Whether a file descriptor is a terminal.
    public static func isTTY(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// The terminal's column count, when stdout is a terminal.
    public static func columns() -> Int? { Platform.terminalColumns(STDOUT_FILENO) }

    /// Whether colour should be used on stdout: `mode`, then NO_COLOR, then whether stdout is a terminal.
    public static func wantsColor(_ mode: Settings.ColorMode) -> Bool {
        switch mode {
        case .always: return true
        case .never: return false
        case .auto:
            if let v = getenv("NO_COLOR"), v.pointee != 0 { return false }
            if let t = getenv("TERM"), String(cString: t) == "dumb" { return false }
            return isTTY(STDOUT_FILENO)
        }
    }

    /// Writes to stdout. A closed pipe (`gloss -c actors | head -1`) ends the process quietly.
    public static func write(_ s: String) {
        writeAll(STDOUT_FILENO, s)
    }

    /// Writes to stderr.
    public static func writeError(_ s: String) {
        writeAll(STDERR_FILENO, s)
    }

    private static func writeAll(_ fd: Int32, _ s: String) {
        var s = s
        let failure = s.withUTF8 { Platform.writeAll(fd, UnsafeRawBufferPointer($0)) }
        if failure == EPIPE { Platform.exit(0) }
    }
}
