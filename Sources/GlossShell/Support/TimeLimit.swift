import GlossCore

/// Runs pure work that may not end in reasonable time (a user's regular expression) in a forked child
/// process, and stops it at a deadline.
///
/// Why a process: Swift Regex has no time limit and does not check Task cancellation (this toolchain's
/// _StringProcessing does not even link the concurrency runtime), and a thread cannot be stopped from
/// outside. Rejecting "dangerous" patterns up front bounds only the shapes one thinks of ((a+)+, (a|a)*),
/// not the polynomial ones (.*.*.*x on a 10 MB line). Killing a child bounds every pattern on every input.
/// Swift code runs on one thread only (the kernel's libzmq and heartbeat threads run C alone, and glibc's fork
/// resets malloc's locks), so the child may safely run Swift code after fork().
enum TimeLimit {
    /// How the work ended.
    enum Outcome: Equatable {
        case finished([Int])
        /// The deadline passed and the child was killed.
        case timedOut
        /// An interrupt (see Interruption) arrived and the child was killed.
        case interrupted
        /// The child died (a crash in the work) or could not report.
        case failed
    }

    /// Runs `work` within `seconds`. Where a child cannot be made (fork fails), runs it here, unbounded.
    static func run(seconds: Double, _ work: () -> [Int]) -> Outcome {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { return .finished(work()) }
        let pid = fork()
        if pid < 0 {
            close(fds[0]); close(fds[1])
            return .finished(work())
        }
        if pid == 0 {
            close(fds[0])
            let values = work().map { Int64($0) }
            let ok = values.withUnsafeBytes { Platform.writeAll(fds[1], $0) } == 0
            // _exit: no atexit handlers or stdio flushes of the parent's state run twice.
            _exit(ok ? 0 : 1)
        }
        close(fds[1])
        defer { close(fds[0]) }
        var bytes = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        let deadline = now() + seconds
        var timedOut = false
        var interrupted = false
        while true {
            let left = deadline - now()
            if left <= 0 { timedOut = true; break }
            if Interruption.requested { interrupted = true; break }
            var descriptor = pollfd(fd: fds[0], events: Int16(POLLIN), revents: 0)
            // A SIGINT ends the wait at once (EINTR); an interrupt_request is only seen by asking, so ask 20 times a second.
            let ready = poll(&descriptor, 1, Int32(min(left, 0.05) * 1000) + 1)
            if ready < 0 { if errno == EINTR { continue }; break }
            if ready == 0 { continue }
            let n = chunk.withUnsafeMutableBytes { read(fds[0], $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; break }
            if n == 0 { break }
            bytes += chunk[0..<n]
        }
        if timedOut || interrupted { kill(pid, SIGKILL) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        if timedOut { return .timedOut }
        if interrupted { return .interrupted }
        // Exited normally (no signal) with status 0, and the bytes are whole integers.
        guard status & 0x7f == 0, (status >> 8) & 0xff == 0, bytes.count % 8 == 0 else { return .failed }
        let values = bytes.withUnsafeBytes { raw in (0..<(bytes.count / 8)).map { Int(raw.loadUnaligned(fromByteOffset: $0 * 8, as: Int64.self)) } }
        return .finished(values)
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
