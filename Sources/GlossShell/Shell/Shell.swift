import GlossCore

/// The read-run-print loop: reads lines, runs them as cells, prints what they return.
public final class Shell {
    /// How the shell talks to its user.
    public struct Mode: Sendable {
        /// A person at a terminal: prompts, banner, errors inline.
        public var interactive: Bool
        /// Stop at the first failing cell.
        public var bail: Bool
        public var colorMode: Settings.ColorMode

        public init(interactive: Bool, bail: Bool = false, colorMode: Settings.ColorMode = .auto) {
            self.interactive = interactive
            self.bail = bail
            self.colorMode = colorMode
        }

        /// Whether to colour output: the command line's --color, unless auto, then the session's setting.
        func wantsColor(_ settings: Settings) -> Bool {
            Terminal.wantsColor(colorMode == .auto ? settings.color : colorMode)
        }
    }

    public let session: Session
    private let reader: LineReader
    private let mode: Mode

    public init(session: Session, reader: LineReader, mode: Mode) {
        self.session = session
        self.reader = reader
        self.mode = mode
    }

    /// "[3]> " in green on a colour terminal; the escapes are wrapped in \u{1} so libedit measures the prompt right.
    private func prompt(continuing: Bool) -> String {
        let text = continuing ? "...> " : "[\(session.workspace.nextCellNumber)]> "
        guard mode.wantsColor(session.workspace.settings) else { return text }
        return "\u{1}\u{1B}[32m\u{1}" + text + "\u{1}\u{1B}[0m\u{1}"
    }

    /// Runs until end of input or `quit`. Returns the exit code: 1 when a cell failed outside interactive use.
    public func run() -> Int32 {
        var printer = CellPrinter(session: session, mode: mode)
        var lineNumber = 0
        var continuation = LineContinuation()
        defer { reader.close() }
        while true {
            let prompt = mode.interactive ? self.prompt(continuing: continuation.isContinuing) : ""
            switch reader.readLine(prompt: prompt) {
            case .endOfInput:
                return printer.exitStatus
            case .interrupted:
                continuation.reset()
            case .line(let l):
                lineNumber += 1
                guard let line = continuation.add(l) else { continue }
                if mode.interactive, !line.allSatisfy({ $0 == " " }) { reader.addHistory(line) }
                if !printer.perform(line, lineNumber: lineNumber) { return printer.exitStatus }
            }
        }
    }
}

/// Runs lines in a session and prints each cell they make: the one run-and-show loop, shared by the
/// terminal loop, `-c` commands and `gloss replay`.
struct CellPrinter {
    let session: Session
    let mode: Shell.Mode
    /// Whether a cell has failed so far.
    private(set) var failed = false

    /// 1 when a cell failed outside interactive use, else 0.
    var exitStatus: Int32 { failed && !mode.interactive ? 1 : 0 }

    /// Runs one line (and the cells it replays), printing each. Returns false when the session should stop:
    /// the user asked to quit, or a cell failed in a batch that bails.
    mutating func perform(_ line: String, lineNumber: Int = 0) -> Bool {
        var quit = false
        session.perform(line) { execution in
            if show(execution, lineNumber: lineNumber) { failed = true }
            if execution.quit && execution.origin == nil { quit = true }
        }
        return !quit && !(failed && mode.bail && !mode.interactive)
    }

    /// Runs a file's cells, printing each.
    mutating func replay(_ plan: ReplayPlan) {
        session.replay(plan) { execution in
            if show(execution, lineNumber: 0) { failed = true }
        }
    }

    /// Prints an execution: errors inline on a terminal, on stderr with their line otherwise; a replayed
    /// cell shows its prompt and input first, since nobody typed it. Returns whether it failed.
    private func show(_ execution: Session.Execution, lineNumber: Int) -> Bool {
        let color = mode.wantsColor(session.workspace.settings)
        let width = session.workspace.settings.width ?? (mode.interactive ? Terminal.columns() ?? 80 : 80)
        let text = session.render(execution, width: width, color: color)
        if execution.origin != nil && execution.recorded {
            Terminal.write(Style(enabled: color).prompt("[\(execution.cell.number)]> ") + TextLayout.sanitize(execution.cell.input) + "\n")
        }
        if execution.error != nil {
            if mode.interactive {
                Terminal.write(text + "\n")
            } else {
                let place = execution.origin ?? (lineNumber > 0 ? "line \(lineNumber)" : nil)
                Terminal.writeError((place.map { $0 + ": " } ?? "") + text + "\n")
            }
            return true
        }
        if !text.isEmpty { Terminal.write(text + (mode.interactive ? "\n\n" : "\n")) }
        return false
    }
}
