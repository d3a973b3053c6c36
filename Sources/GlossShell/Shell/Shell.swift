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
        guard Terminal.wantsColor(mode.colorMode == .auto ? session.workspace.settings.color : mode.colorMode) else { return text }
        return "\u{1}\u{1B}[32m\u{1}" + text + "\u{1}\u{1B}[0m\u{1}"
    }

    /// Runs until end of input or `quit`. Returns the exit code: 1 when a cell failed outside interactive use.
    public func run() -> Int32 {
        var failed = false
        var lineNumber = 0
        var pending = ""
        defer { reader.close() }
        while true {
            let prompt = mode.interactive ? self.prompt(continuing: !pending.isEmpty) : ""
            let read = reader.readLine(prompt: prompt)
            var line: String
            switch read {
            case .endOfInput:
                return failed && !mode.interactive ? 1 : 0
            case .interrupted:
                pending = ""
                continue
            case .line(let l): line = l
            }
            lineNumber += 1
            // A trailing backslash continues the cell on the next line.
            if line.hasSuffix("\\") && !line.hasSuffix("\\\\") {
                pending += line.dropLast() + " "
                continue
            }
            line = pending + line
            pending = ""
            if mode.interactive, !line.allSatisfy({ $0 == " " }) { reader.addHistory(line) }
            var quit = false
            session.perform(line) { execution in
                if Self.show(execution, of: session, mode: mode, lineNumber: lineNumber) { failed = true }
                if execution.quit && execution.origin == nil { quit = true }
            }
            if quit || (failed && mode.bail && !mode.interactive) { return failed && !mode.interactive ? 1 : 0 }
        }
    }

    /// Prints an execution: errors inline on a terminal, on stderr with their line otherwise; a replayed
    /// cell shows its prompt and input first, since nobody typed it. Returns whether it failed.
    static func show(_ execution: Session.Execution, of session: Session, mode: Mode, lineNumber: Int) -> Bool {
        let color = Terminal.wantsColor(mode.colorMode == .auto ? session.workspace.settings.color : mode.colorMode)
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
