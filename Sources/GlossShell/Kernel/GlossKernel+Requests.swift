import GlossCore

/// The requests about code: execute, complete, inspect, is_complete, history.
extension GlossKernel {
    /// Runs a cell's command lines as Gloss cells (all of them, as a script runs), publishing each one's output;
    /// the reply is an error when one failed, with the first failure's ename and evalue.
    func execute(_ request: KernelMessage) -> (String, JSONValue) {
        let code = request.content["code"]?.stringValue ?? ""
        let silent = request.content["silent"]?.boolValue ?? false
        let number = NotebookNumbering.executionCount(next: session)
        if !silent { publish("execute_input", .object([("code", .string(code)), ("execution_count", .int(number))]), parent: request) }
        // An interrupt that came before this request is not meant for it (the client interrupted an idle kernel).
        Interruption.clear()
        defer { Interruption.clear() }
        return Interruption.polling({ [unowned self] in answerControlInterrupts() }) { run(request, code: code, silent: silent, number: number) }
    }

    /// Runs the lines of an execute_request's code; its reply.
    private func run(_ request: KernelMessage, code: String, silent: Bool, number: Int) -> (String, JSONValue) {
        var failure: (name: String, value: String, traceback: [String])?
        let lines: [String]
        do { lines = try CodeCell.lines(code, path: "cell") } catch {
            lines = []
            failure = (CodeCell.errorName, error.description, ["error: " + error.description])
        }
        func show(_ execution: Session.Execution) {
            if let error = execution.error, failure == nil {
                var interrupted = false
                if case .interrupted = error { interrupted = true }
                let e = CodeCell.error(of: execution.cell, interrupted: interrupted)
                failure = (e.name, e.value, [execution.cell.output])
            }
            guard !silent else { return }
            for output in CodeCell.outputs(of: execution, article: session.workspace.article) {
                let (type, content) = Self.message(for: output)
                publish(type, content, parent: request)
            }
        }
        for (k, line) in lines.enumerated() {
            var stopped = false
            session.perform(line) { execution in
                if case .interrupted? = execution.error { stopped = true }
                show(execution)
            }
            // A command that cannot stop part-way (opening a large article) ran to its end and is kept; the interrupt
            // still ends the cell there, and the reply is KeyboardInterrupt, as IPython's is once the call returns.
            if !stopped && Interruption.requested {
                let left = lines.count - k - 1
                let last = session.workspace.cells.last.map { "after cell \($0.number)" } ?? "before any cell"
                show(session.interruption("interrupted " + last + (left > 0 ? "; \(RefFormatting.count(left, "line")) of this cell not run" : "")))
                stopped = true
            }
            if stopped { break }
        }
        guard let failure else {
            return ("execute_reply", .object([("status", .string("ok")), ("execution_count", .int(number)),
                                              ("payload", .array([])), ("user_expressions", .object([]))]))
        }
        return ("execute_reply", .object([("status", .string("error")), ("execution_count", .int(number)),
                                          ("ename", .string(failure.name)), ("evalue", .string(failure.value)),
                                          ("traceback", .array(failure.traceback.map(JSONValue.string)))]))
    }

    /// A notebook output as the IOPub message that carries it: the same fields less output_type, multiline text as
    /// one string (the wire's form; notebooks store lists of lines), and an empty transient for display data.
    static func message(for output: JSONValue) -> (type: String, content: JSONValue) {
        let type = output["output_type"]?.stringValue ?? "display_data"
        var members = (output.objectValue ?? []).filter { $0.0 != "output_type" }
        if let k = members.firstIndex(where: { $0.0 == "data" }), case .object(let data) = members[k].1 {
            members[k].1 = .object(data.map { key, value in (key, key.hasPrefix("text/") ? CodeCell.string(value).map(JSONValue.string) ?? value : value) })
        }
        if type == "display_data" { members.append(("transient", .object([]))) }
        return (type, .object(members))
    }

    /// The shell's own completer on the line up to the cursor (cursor_pos counts code points, as in 5.2+).
    func complete(_ request: KernelMessage) -> (String, JSONValue) {
        let code = Array((request.content["code"]?.stringValue ?? "").unicodeScalars)
        let cursor = min(max(request.content["cursor_pos"]?.intValue ?? code.count, 0), code.count)
        var line = String(String.UnicodeScalarView(code[..<cursor]))
        if let newline = line.lastIndex(of: "\n") { line = String(line[line.index(after: newline)...]) }
        let matches = SessionCompleter(session: session).completions(forLine: line)
        // The completer replaces the word being typed: everything after the last space or pipe.
        let word = line.unicodeScalars.reversed().prefix { $0 != " " && $0 != "|" }.count
        return ("complete_reply", .object([("status", .string("ok")), ("matches", .array(matches.map(JSONValue.string))),
                                           ("cursor_start", .int(cursor - word)), ("cursor_end", .int(cursor)), ("metadata", .object([]))]))
    }

    /// `help COMMAND` for the command of the line under the cursor (or the command word under it).
    func inspect(_ request: KernelMessage) -> (String, JSONValue) {
        let code = Array((request.content["code"]?.stringValue ?? "").unicodeScalars)
        let cursor = min(max(request.content["cursor_pos"]?.intValue ?? code.count, 0), code.count)
        var start = cursor
        while start > 0, code[start - 1] != " ", code[start - 1] != "\n" { start -= 1 }
        var end = cursor
        while end < code.count, code[end] != " ", code[end] != "\n" { end += 1 }
        let word = String(String.UnicodeScalarView(code[start..<end]))
        var lineStart = start
        while lineStart > 0, code[lineStart - 1] != "\n" { lineStart -= 1 }
        let firstWord = String(String.UnicodeScalarView(code[lineStart...].prefix { $0 != " " && $0 != "\n" }))
        let registry = session.registry
        // The word under the cursor when it names a command (as after a pipe), else the line's command.
        let name = registry.command(named: word) != nil ? word : firstWord
        guard registry.command(named: name) != nil,
              let result = try? HelpCommand().run(CommandCall(arguments: [name]), in: session.workspace) else {
            return ("inspect_reply", .object([("status", .string("ok")), ("found", .bool(false)), ("data", .object([])), ("metadata", .object([]))]))
        }
        let text = Renderer(width: Session.transcriptWidth, color: false, article: session.workspace.article).render(result.output)
        return ("inspect_reply", .object([("status", .string("ok")), ("found", .bool(true)),
                                          ("data", .object([("text/plain", .string(text))])), ("metadata", .object([]))]))
    }

    /// A cell is incomplete while its last line ends in a continuing backslash; invalid when a line does not parse.
    func isComplete(_ request: KernelMessage) -> (String, JSONValue) {
        let code = request.content["code"]?.stringValue ?? ""
        let last = code.split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        var status = "complete"
        if last.hasSuffix("\\") && !last.hasSuffix("\\\\") {
            status = "incomplete"
        } else if let lines = try? CodeCell.lines(code, path: "cell"),
                  lines.contains(where: { NoteCommand.noteText($0) == nil && !isParsable($0) }) {
            status = "invalid"
        }
        var members: [(String, JSONValue)] = [("status", .string(status))]
        if status == "incomplete" { members.append(("indent", .string(""))) }
        return ("is_complete_reply", .object(members))
    }

    private func isParsable(_ line: String) -> Bool {
        if case .success = CommandLineParser.parse(line) { return true }
        return false
    }

    /// This session's cells (session 0 is the current one, as in IPython): tail, range or a glob search.
    func history(_ request: KernelMessage) -> (String, JSONValue) {
        let content = request.content
        let withOutput = content["output"]?.boolValue ?? false
        var cells = session.workspace.cells
        switch content["hist_access_type"]?.stringValue ?? "tail" {
        case "range":
            let startCell = content["start"]?.intValue ?? 1
            let stop = content["stop"]?.intValue ?? Int.max
            cells = cells.filter { $0.number >= startCell && $0.number < stop }
        case "search":
            let pattern = content["pattern"]?.stringValue ?? "*"
            cells = cells.filter { fnmatch(pattern, $0.input, 0) == 0 }
            if let n = content["n"]?.intValue, n >= 0 { cells = Array(cells.suffix(n)) }
        default:
            if let n = content["n"]?.intValue, n >= 0 { cells = Array(cells.suffix(n)) }
        }
        let items = cells.map { cell -> JSONValue in
            let input = JSONValue.string(cell.input)
            return .array([.int(0), .int(cell.number), withOutput ? .array([input, .string(cell.output)]) : input])
        }
        return ("history_reply", .object([("status", .string("ok")), ("history", .array(items))]))
    }
}
