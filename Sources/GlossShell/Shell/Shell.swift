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
            guard let execution = session.run(line) else { continue }
            let color = Terminal.wantsColor(mode.colorMode == .auto ? session.workspace.settings.color : mode.colorMode)
            let width = session.workspace.settings.width ?? (mode.interactive ? Terminal.columns() ?? 80 : 80)
            let text = session.render(execution, width: width, color: color)
            if execution.error != nil {
                failed = true
                if mode.interactive {
                    Terminal.write(text + "\n")
                } else {
                    Terminal.writeError((lineNumber > 0 ? "line \(lineNumber): " : "") + text + "\n")
                    if mode.bail { return 1 }
                }
            } else if !text.isEmpty {
                Terminal.write(text + (mode.interactive ? "\n\n" : "\n"))
            }
            if execution.quit { return failed && !mode.interactive ? 1 : 0 }
        }
    }
}
