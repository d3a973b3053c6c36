import GlossCore

/// Ctrl-C for a process that has no terminal: the Jupyter kernel, which jupyter_client interrupts with SIGINT
/// (kernel.json's interrupt_mode "signal"). The handler only sets a flag; long work (TimeLimit's child) checks it.
public enum Interruption {
    /// Set by the signal handler; read and cleared by the process's one thread.
    nonisolated(unsafe) private static var flag: sig_atomic_t = 0

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
    public static var requested: Bool { flag != 0 }

    /// Forgets an interrupt (one that came while nothing could be stopped).
    public static func clear() { flag = 0 }
}
