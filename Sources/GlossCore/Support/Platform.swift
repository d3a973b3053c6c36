// The one file that imports the C library. It is re-exported, so every file that imports GlossCore
// sees the POSIX calls without its own #if; the few calls that differ between the two live here.
// Gloss is built and tested on Linux (Glibc); the Darwin branch compiles the same calls but is not tested.
#if canImport(Glibc)
@_exported @preconcurrency import Glibc
#elseif canImport(Darwin)
@_exported @preconcurrency import Darwin
#endif

/// The operating-system calls whose spelling differs between platforms, and the POSIX write loop.
public enum Platform {
    /// Writes all of `bytes` to `fd`, retrying after signals. Returns 0, or the errno that stopped it.
    public static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32 {
        var offset = 0
        while offset < bytes.count {
            #if canImport(Glibc)
            let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            #else
            let n = Darwin.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            #endif
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += n
        }
        return 0
    }

    /// The column count of the terminal on `fd`, when it is one.
    public static func terminalColumns(_ fd: Int32) -> Int? {
        var size = winsize()
        #if canImport(Glibc)
        let request = UInt(TIOCGWINSZ)
        #else
        let request = TIOCGWINSZ
        #endif
        guard ioctl(fd, request, &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// The C library's standard input stream. (Swift 6 treats the C global as shared mutable state; it never changes.)
    public static var standardInput: UnsafeMutablePointer<FILE> { stdin }

    /// Runs `handler` on `signal`, without SA_RESTART, so that a blocking wait returns EINTR and its caller
    /// can look at what the handler set. The handler may only set a flag (async-signal-safe).
    public static func handleSignal(_ signal: Int32, _ handler: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = handler
        #else
        action.__sigaction_u.__sa_handler = handler
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(signal, &action, nil)
    }

    /// A write to a closed pipe returns EPIPE instead of killing the process.
    public static func ignoreBrokenPipe() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// Ends the process with a status.
    public static func exit(_ status: Int32) -> Never {
        #if canImport(Glibc)
        Glibc.exit(status)
        #else
        Darwin.exit(status)
        #endif
    }
}
