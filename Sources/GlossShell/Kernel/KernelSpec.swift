import GlossCore

/// The kernelspec that makes Jupyter find Gloss: NAME/kernel.json under a Jupyter data directory's kernels/.
public enum KernelSpec {
    /// Where to install, as `jupyter kernelspec install` names the places.
    public enum Location: Sendable, Equatable {
        /// The user's Jupyter data directory: $JUPYTER_DATA_DIR, else ~/.local/share/jupyter (~/Library/Jupyter on macOS).
        case user
        /// The active Python environment: $VIRTUAL_ENV, $CONDA_PREFIX, else sys.prefix of the python3 on PATH.
        case sysPrefix
        /// DIR/share/jupyter.
        case prefix(String)
    }

    /// The directory the kernelspec goes in, or why it cannot be found.
    public static func directory(_ location: Location, name: String, environment: [String: String]) throws(ShellError) -> String {
        let data: String
        switch location {
        case .user:
            if let dir = environment["JUPYTER_DATA_DIR"], !dir.isEmpty {
                data = dir
            } else {
                guard let home = environment["HOME"], !home.isEmpty else { throw .notFound("kernel install: HOME is not set; use --prefix DIR") }
                #if os(macOS)
                data = home + "/Library/Jupyter"
                #else
                data = (environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.local/share") + "/jupyter"
                #endif
            }
        case .sysPrefix:
            guard let prefix = environment["VIRTUAL_ENV"] ?? environment["CONDA_PREFIX"] ?? pythonPrefix(), !prefix.isEmpty else {
                throw .notFound("kernel install: no Python environment (VIRTUAL_ENV, CONDA_PREFIX or python3 on PATH); use --user or --prefix DIR")
            }
            data = prefix + "/share/jupyter"
        case .prefix(let dir):
            data = dir + "/share/jupyter"
        }
        return data + "/kernels/" + name
    }

    /// A kernelspec name Jupyter accepts: letters, digits, '.', '_', '-'.
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.count <= 64 && name.unicodeScalars.allSatisfy { c in
            (c.value >= 0x30 && c.value <= 0x39) || (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A) || "._-".unicodeScalars.contains(c)
        }
    }

    /// kernel.json: the running binary started with the connection file. SIGINT interrupts a long command (it also ends
    /// a blocking wait at once); the kernel answers interrupt_request as well, for a spec edited to interrupt_mode "message".
    public static func kernelJSON(binary: String, articlePath: String?) -> String {
        var argv: [JSONValue] = [.string(binary), .string("kernel"), .string("--connection-file"), .string("{connection_file}")]
        if let articlePath { argv += [.string("--article"), .string(articlePath)] }
        return JSONWriter.write(.object([
            ("argv", .array(argv)), ("display_name", .string("Gloss")), ("language", .string("gloss")),
            ("interrupt_mode", .string("signal")), ("metadata", .object([("debugger", .bool(false))])),
        ]))
    }

    /// Writes the kernelspec; returns the directory.
    public static func install(at directory: String, binary: String, articlePath: String?) throws(ShellError) -> String {
        try AtomicFile.makeDirectories(directory)
        try AtomicFile.write(kernelJSON(binary: binary, articlePath: articlePath), to: directory + "/kernel.json")
        return directory
    }

    /// Removes a kernelspec this command installed (kernel.json, then the directory if nothing else is in it).
    public static func uninstall(at directory: String) throws(ShellError) {
        let file = directory + "/kernel.json"
        guard AtomicFile.exists(file) else { throw .notFound("kernel uninstall: no kernelspec at \(directory)") }
        guard unlink(file) == 0 else { throw .io(path: file, reason: "cannot remove: " + String(cString: strerror(errno))) }
        rmdir(directory)
    }

    /// The absolute path of the running gloss binary, which kernel.json must name (Jupyter starts it from anywhere).
    public static func runningBinary() -> String? {
        #if os(Linux)
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if n > 0 { return String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        #endif
        guard let first = CommandLine.arguments.first, let resolved = realpath(first, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// sys.prefix of the python3 on PATH, or nil.
    static func pythonPrefix() -> String? {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { return nil }
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        posix_spawn_file_actions_addclose(&actions, fds[0])
        defer { posix_spawn_file_actions_destroy(&actions) }
        let argv = ["python3", "-c", "import sys; print(sys.prefix)"]
        var cArgs = argv.map { strdup($0) } + [nil]
        defer { for p in cArgs { free(p) } }
        var pid: pid_t = 0
        let status = posix_spawnp(&pid, "python3", &actions, nil, &cArgs, environ)
        close(fds[1])
        defer { close(fds[0]) }
        guard status == 0 else { return nil }
        var bytes = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fds[0], $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            bytes += chunk[..<n]
        }
        var exit: Int32 = 0
        while waitpid(pid, &exit, 0) < 0 && errno == EINTR {}
        guard exit == 0 else { return nil }
        let text = String(decoding: bytes, as: UTF8.self).split(separator: "\n").first.map(String.init)
        return text?.isEmpty == false ? text : nil
    }
}
