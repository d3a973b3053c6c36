import GlossCore

/// Ctrl-C for a process that has no terminal: the Jupyter kernel, which a client interrupts with SIGINT
/// (kernel.json's interrupt_mode "signal") or with an interrupt_request on the control channel ("message").
/// Long work checks `requested` where it can stop cleanly: TimeLimit's wait for a regex, a replay between its
/// cells, a kernel cell between its lines. The shell never sets it: at a terminal, libedit owns SIGINT
/// (EditLineReader), and Ctrl-C during a command is dropped, as it always was.
public enum Interruption {
    /// Set by the signal handler; read and cleared by the process's one thread.
    nonisolated(unsafe) private static var flag: sig_atomic_t = 0

    /// What `polling` installs for the thread that runs it: a message cannot set a flag by itself, so every check
    /// asks. Per thread, because the sockets it reads belong to the kernel's thread (and tests run kernels side by side).
    private final class Poller {
        let poll: () -> Bool
        var requested = false
        init(_ poll: @escaping () -> Bool) { self.poll = poll }
    }

    private static let pollerKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    private static var poller: Poller? {
        pthread_getspecific(pollerKey).map { Unmanaged<Poller>.fromOpaque($0).takeUnretainedValue() }
    }

    /// Installs the SIGINT handler, without SA_RESTART so that a blocking wait returns EINTR and looks at the flag.
    public static func install() {
        flag = 0  // Touches the static before the handler can, so the handler never runs its lazy initialiser.
        Platform.handleSignal(SIGINT) { _ in Interruption.flag = 1 }
        // A parent may have started us with SIGINT blocked (test runners and some launchers do); unblock it.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigprocmask(SIG_UNBLOCK, &set, nil)
    }

    /// Runs `body` with `poll` asked, on this thread, at every check: true means an interrupt came (the kernel's
    /// look for an interrupt_request on its control channel). It must not block.
    static func polling<T>(_ poll: @escaping () -> Bool, _ body: () throws -> T) rethrows -> T {
        let box = Unmanaged.passRetained(Poller(poll))
        let previous = pthread_getspecific(pollerKey)
        pthread_setspecific(pollerKey, box.toOpaque())
        defer {
            pthread_setspecific(pollerKey, previous)
            box.release()
        }
        return try body()
    }

    /// Whether an interrupt arrived since the last `clear()`.
    public static var requested: Bool {
        if flag != 0 { return true }
        guard let poller else { return false }
        if !poller.requested && poller.poll() { poller.requested = true }
        return poller.requested
    }

    /// Forgets an interrupt (one that came while nothing could be stopped).
    public static func clear() {
        flag = 0
        poller?.requested = false
    }
}
