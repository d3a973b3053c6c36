import GlossCore

/// Runs a program on a fresh pseudo-terminal (its controlling terminal) so tests can type at it.
///
/// Plain POSIX (openpty, posix_spawn, poll): no Foundation. Output is read from the master
/// side and kept in a buffer; `read(until:timeout:)` consumes it up to a marker.
final class PseudoTerminal {
    struct SpawnError: Error, CustomStringConvertible {
        var description: String
    }

    let pid: pid_t
    private var master: Int32
    private var pending: [UInt8] = []
    private var exitStatus: Int32?

    /// Starts `executable` with exactly `environment` (set TERM yourself) on a `columns`×`rows` terminal.
    init(
        executable: String, arguments: [String], environment: [String: String],
        columns: UInt16 = 100, rows: UInt16 = 30
    ) throws {
        var master: Int32 = -1, slave: Int32 = -1
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else {
            throw SpawnError(description: "openpty: errno \(errno)")
        }
        // Close-on-exec at once: tests run in parallel, and a process another test spawns must not
        // inherit this terminal (a stray holder of the slave side keeps the terminal alive and mixes input).
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
        // The parent keeps only the master side.
        defer { closeDescriptor(slave) }
        var name = [CChar](repeating: 0, count: 256)
        guard ttyname_r(slave, &name, name.count) == 0 else {
            closeDescriptor(master)
            throw SpawnError(description: "ttyname_r: errno \(errno)")
        }

        // The child starts a new session, then opens the terminal as fd 0: being a session
        // leader without a controlling terminal, it acquires this one (Linux semantics), so
        // Ctrl-C typed here reaches it as SIGINT and /dev/tty works.
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, name, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        // openpty does not set close-on-exec. (With stdio closed in the parent, master or
        // slave could be 0–2, which the actions above already replaced: leave those.)
        for fd in [master, slave] where fd > 2 { posix_spawn_file_actions_addclose(&actions, fd) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(Self.spawnSetSID | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        // Default dispositions and an empty mask: the test runner's own settings must not leak in.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGQUIT, SIGTERM, SIGPIPE, SIGTSTP, SIGCHLD, SIGWINCH] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child: pid_t = 0
        let result = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        guard result == 0 else {
            closeDescriptor(master)
            throw SpawnError(description: "posix_spawn \(executable): error \(result)")
        }
        self.pid = child
        self.master = master
    }

    deinit {
        terminate()
    }

    /// POSIX_SPAWN_SETSID is hidden behind _GNU_SOURCE in glibc's spawn.h, which Swift does not set.
    #if os(Linux)
    private static let spawnSetSID: Int32 = 0x80
    #else
    private static let spawnSetSID: Int32 = POSIX_SPAWN_SETSID
    #endif

    /// Types `text` (use "\u{3}" for Ctrl-C, "\u{4}" for Ctrl-D, "\t" for Tab, "\u{1b}[A" for Up).
    func send(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty, master >= 0 {
            let written = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            bytes = bytes.dropFirst(written)
        }
    }

    /// Reads until `marker` appears; returns everything up to and including it (and consumes it),
    /// or nil after `timeout` seconds, leaving what arrived for the next call.
    func read(until marker: String, timeout: Double) -> String? {
        let needle = Array(marker.utf8)
        let deadline = Self.now() + timeout
        while true {
            if let end = Self.find(needle, in: pending) {
                let chunk = Array(pending[..<end])
                pending.removeFirst(end)
                return String(decoding: chunk, as: UTF8.self)
            }
            let left = deadline - Self.now()
            if left <= 0 || !fill(waitingAtMost: left) { return nil }
        }
    }

    /// Everything received and not yet consumed by `read(until:)`.
    var unread: String {
        while fill(waitingAtMost: 0) {}
        return String(decoding: pending, as: UTF8.self)
    }

    /// Waits for the program to exit: its exit code, 128 + signal number when a signal ended it,
    /// or nil on timeout. Keeps draining output so the program never blocks on a full terminal.
    func waitForExit(timeout: Double) -> Int32? {
        let deadline = Self.now() + timeout
        while exitStatus == nil {
            var status: Int32 = 0
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid {
                // WIFEXITED/WEXITSTATUS are C macros Swift cannot import.
                let signal = status & 0x7f
                exitStatus = signal == 0 ? (status >> 8) & 0xff : 128 + signal
                break
            }
            if result < 0 && errno != EINTR { return nil }
            let left = deadline - Self.now()
            if left <= 0 { return nil }
            _ = fill(waitingAtMost: min(left, 0.02))
        }
        return exitStatus
    }

    /// Resizes the terminal, as a window manager would: the kernel sends SIGWINCH to the program.
    func resize(columns: UInt16, rows: UInt16) {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        #if canImport(Glibc)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        #else
        _ = ioctl(master, TIOCSWINSZ, &size)
        #endif
    }

    /// Closes the terminal under the program, as when its window is closed: the kernel sends SIGHUP.
    func hangUp() {
        if master >= 0 {
            closeDescriptor(master)
            master = -1
        }
    }

    /// Ends the program (SIGTERM, then SIGKILL) if it still runs, and closes the terminal.
    func terminate() {
        if exitStatus == nil {
            kill(pid, SIGTERM)
            if waitForExit(timeout: 1) == nil {
                kill(pid, SIGKILL)
                _ = waitForExit(timeout: 5)
            }
        }
        if master >= 0 {
            closeDescriptor(master)
            master = -1
        }
    }

    // MARK: - Private

    /// Waits up to `seconds` for output and appends it; false when nothing came (or the terminal closed).
    private func fill(waitingAtMost seconds: Double) -> Bool {
        guard master >= 0 else {
            // After hangUp there is nothing to read: wait anyway, so waitForExit does not spin.
            usleep(UInt32(max(0, seconds) * 1_000_000))
            return false
        }
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, Int32(max(0, seconds * 1000)))
        guard ready > 0 else { return false }
        var chunk = [UInt8](repeating: 0, count: 4096)
        let count = chunk.withUnsafeMutableBytes { readDescriptor(master, $0.baseAddress, $0.count) }
        // EIO once the child side is closed by everyone: the program is gone.
        guard count > 0 else { return false }
        pending += chunk[..<count]
        return true
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty ? 0 : nil }
        for start in 0...(haystack.count - needle.count) where haystack[start..<start + needle.count].elementsEqual(needle) {
            return start + needle.count
        }
        return nil
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

// The class's own read/close methods shadow the C functions inside it.
private func closeDescriptor(_ fd: Int32) {
    _ = close(fd)
}

private func readDescriptor(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}
