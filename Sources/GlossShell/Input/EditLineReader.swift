import GlossCore
import CEditLine

/// Line editing on a terminal with libedit: emacs keys, history file, Tab completion, Ctrl-R, Ctrl-C.
///
/// The only Swift file that talks to CEditLine. It assumes stdin and stdout are a terminal:
/// the caller picks `PlainLineReader` when `isatty(0)` is false. Use one at a time: from init to
/// `close` it owns the process's SIGINT handler, so Ctrl-C never kills the shell, even mid-command.
public final class EditLineReader: LineReader {
    private let editor: OpaquePointer
    private let completer: Completer?
    private var isClosed = false

    /// Most entries kept in the history file.
    public static let historySize: Int32 = 1000

    /// Opens libedit on the terminal and loads history from `historyPath`.
    /// Returns nil when libedit cannot be loaded (not installed): use `PlainLineReader` then.
    /// Prompts may wrap non-printing sequences (colours) in "\u{1}" so libedit measures them right.
    public init?(historyPath: String, completer: Completer?) {
        guard gl_load() != 0, let editor = gl_open("gloss", historyPath, Self.historySize) else {
            return nil
        }
        self.editor = editor
        self.completer = completer
        if completer != nil {
            // Unretained: the editor (and so the callback) never outlives this object.
            gl_set_completer(editor, { context, line, out in
                guard let context, let line, let out else { return }
                Unmanaged<EditLineReader>.fromOpaque(context).takeUnretainedValue()
                    .complete(line: String(cString: line), into: out)
            }, Unmanaged.passUnretained(self).toOpaque())
        }
    }

    deinit {
        close()
    }

    public func readLine(prompt: String) -> LineReadResult {
        _ = gl_take_interrupt() // a Ctrl-C pressed while a command ran is not meant for this line
        while true {
            var count: Int32 = 0
            if let raw = gl_gets(editor, prompt, &count), count > 0 {
                return .line(Self.decodeLine(raw, count: Int(count)))
            }
            let error = errno
            if gl_take_interrupt() != 0 {
                // libedit already restored the terminal; drop the half-typed line, start a fresh row.
                gl_reset(editor)
                print("")
                fflush(nil)
                return .interrupted
            }
            // Another signal broke the read (libedit handles resize and job control itself): read again.
            if count == -1 && error == EINTR { continue }
            // libedit echoes "^D" and leaves the cursor there: end the row for whatever follows.
            print("")
            fflush(nil)
            return .endOfInput
        }
    }

    /// Adds `line` without its trailing whitespace (Tab completion leaves a space), so that
    /// "info " and "info" are one entry; blank lines are not kept.
    public func addHistory(_ line: String) {
        guard !isClosed, let last = line.lastIndex(where: { !$0.isWhitespace }) else { return }
        gl_history_enter(editor, String(line[...last]))
    }

    public func close() {
        guard !isClosed else { return }
        isClosed = true
        gl_close(editor)
    }

    /// Entries in the in-memory history (loaded from the file plus lines added since).
    public var historyCount: Int { Int(gl_history_count(editor)) }

    /// `$XDG_STATE_HOME/gloss/history`, else `~/.local/state/gloss/history`; creates the folder (mode 0700).
    public static func defaultHistoryPath() -> String {
        let directory = StateDirectory.path() ?? "/tmp/gloss-\(getuid())"
        // A failure shows when the history is saved; the shell works without it.
        try? AtomicFile.makeDirectories(directory, mode: 0o700)
        return directory + "/history"
    }

    // MARK: - Private

    private func complete(line: String, into out: OpaquePointer) {
        guard let completer else { return }
        let plan = CompletionPlan.make(line: line, candidates: completer.completions(forLine: line))
        guard !plan.isEmpty else { return }
        let listing = plan.listing.isEmpty
            ? nil : CompletionPlan.columns(plan.listing, width: Terminal.columns() ?? 80)
        gl_completion_set(out, Int32(plan.deleteCount), plan.insertion, listing)
    }

    /// The bytes el_gets returned, without the trailing newline it keeps.
    private static func decodeLine(_ raw: UnsafePointer<CChar>, count: Int) -> String {
        raw.withMemoryRebound(to: UInt8.self, capacity: count) { bytes in
            var buffer = UnsafeBufferPointer(start: bytes, count: count)
            if buffer.last == UInt8(ascii: "\n") {
                buffer = UnsafeBufferPointer(rebasing: buffer.dropLast())
            }
            return String(decoding: buffer, as: UTF8.self)
        }
    }
}
