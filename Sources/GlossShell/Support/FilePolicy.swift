import GlossCore

/// Which files commands may touch. Interactive sessions may use any path; replaying someone else's
/// script or transcript is confined to the current directory tree.
public struct FilePolicy: Sendable, Equatable {
    /// When set, reads and writes must stay inside this directory (an absolute, resolved path).
    public let root: String?

    public static let unrestricted = FilePolicy(root: nil)

    /// Confined to the current working directory.
    public static func confinedToWorkingDirectory() -> FilePolicy {
        FilePolicy(root: currentDirectory())
    }

    public init(root: String?) { self.root = root }

    /// Throws when a replayed script may not write `path`.
    public func checkWrite(_ path: String) throws(ShellError) {
        try check(path, verb: "write")
    }

    /// Throws when a replayed script may not read `path`.
    public func checkRead(_ path: String) throws(ShellError) {
        try check(path, verb: "read")
    }

    private func check(_ path: String, verb: String) throws(ShellError) {
        guard let root else { return }
        let shown = TextLayout.sanitize(path)
        if path.hasPrefix("/") || path.hasPrefix("~") {
            throw .notAllowed("not allowed in a replay: \(verb) '\(shown)' is outside the current directory (absolute path)")
        }
        // Lexically: no climbing above the root.
        var depth = 0
        for part in path.split(separator: "/") {
            if part == ".." { depth -= 1 } else if part != "." { depth += 1 }
            if depth < 0 { throw .notAllowed("not allowed in a replay: \(verb) '\(shown)' is outside the current directory") }
        }
        // Physically: the deepest existing ancestor must resolve inside the root (no symlink escapes).
        var probe = path
        while true {
            if let resolved = Self.realPath(probe) {
                if resolved != root && !resolved.hasPrefix(root.hasSuffix("/") ? root : root + "/") {
                    throw .notAllowed("not allowed in a replay: \(verb) '\(shown)' leads outside the current directory")
                }
                return
            }
            guard let slash = probe.lastIndex(of: "/") else { return }
            probe = String(probe[..<slash])
            if probe.isEmpty { return }
        }
    }

    static func realPath(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }

    static func currentDirectory() -> String {
        guard let p = getcwd(nil, 0) else { return "." }
        defer { free(p) }
        return String(cString: p)
    }
}
