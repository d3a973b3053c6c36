import GlossCore

/// Ctrl-C for a process that has no terminal: the Jupyter kernel, which a client interrupts with SIGINT
/// (kernel.json's interrupt_mode "signal") or with an interrupt_request on the control channel ("message").
/// Both end up in one flag, and long work checks it where it can stop cleanly: TimeLimit's wait for a regex,
/// a replay between its cells, a kernel cell between its lines. The shell never sets it: at a terminal, libedit
/// owns SIGINT (EditLineReader), and Ctrl-C during a command is dropped, as it always was.
public enum Interruption {
    /// Set by the signal handler or by `poll`; read and cleared by the process's one thread.
    nonisolated(unsafe) private static var flag: sig_atomic_t = 0

    /// The kernel's look at its control channel while it runs a request, true when an interrupt_request came:
    /// a message cannot set a flag by itself, so every check asks. It must not block (it polls with no wait).
    nonisolated(unsafe) static var poll: (() -> Bool)?

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

    /// Whether an interrupt arrived since the last `clear()`.
    public static var requested: Bool {
        if flag == 0, let poll, poll() { flag = 1 }
        return flag != 0
    }

    /// Forgets an interrupt (one that came while nothing could be stopped).
    public static func clear() { flag = 0 }
}
