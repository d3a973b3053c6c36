import GlossCore

/// A Jupyter code cell as Gloss runs and shows it: the kernel, `export ipynb` and `gloss check` of a notebook
/// all go through here, so the three produce and compare the same outputs.
public enum CodeCell {
    /// The ename of a failed Gloss cell; an interrupted one is Jupyter's usual KeyboardInterrupt.
    public static let errorName = "GlossError"
    public static let interruptName = "KeyboardInterrupt"

    /// The command lines of a cell's source, as a script reads them: one a line, a trailing backslash continuing
    /// the line, blank lines and `#` comments skipped.
    public static func lines(_ source: String, path: String) throws(ShellError) -> [String] {
        try ReplayPlan.script(Array(source.utf8), path: path).map(\.input)
    }

    /// The text one Gloss cell shows: its output and a newline (the error line for a failed cell); "" for none.
    /// A Jupyter cell's text is the concatenation over its Gloss cells, which is what `gloss check` compares.
    public static func text(of cell: Cell) -> String { cell.output.isEmpty ? "" : cell.output + "\n" }

    /// The ename and evalue of a failed cell.
    static func error(of cell: Cell, interrupted: Bool = false) -> (name: String, value: String) {
        let value = cell.output.hasPrefix("error: ") ? String(cell.output.dropFirst(7)) : cell.output
        return (interrupted ? interruptName : errorName, value)
    }

    /// The notebook outputs of one Gloss cell: display_data with text/plain (and whatever richer forms `rich`
    /// adds), or an error with the error line as its traceback; none for a cell without output.
    static func outputs(of cell: Cell, rich: [(String, JSONValue)] = [], interrupted: Bool = false) -> [JSONValue] {
        if cell.failed {
            let error = error(of: cell, interrupted: interrupted)
            return [.object([("ename", .string(error.name)), ("evalue", .string(error.value)), ("output_type", .string("error")),
                             ("traceback", .array([.string(cell.output)]))])]
        }
        let text = text(of: cell)
        guard !text.isEmpty else { return [] }
        return [.object([("data", .object([("text/plain", multiline(text))] + rich)), ("metadata", .object([])),
                         ("output_type", .string("display_data"))])]
    }

    /// The notebook outputs of an execution: its cell's, with the richer forms its result has (text/html where
    /// RichDisplay has one, application/json always). The kernel publishes these and `check --update` writes them.
    static func outputs(of execution: Session.Execution, article: Article) -> [JSONValue] {
        var interrupted = false
        if case .interrupted? = execution.error { interrupted = true }
        var rich: [(String, JSONValue)] = []
        if execution.error == nil {
            if let html = RichDisplay.html(execution.output, article: article) { rich.append(("text/html", multiline(html))) }
            rich.append(("application/json", JSONRenderer(article: article).document(execution)))
        }
        return outputs(of: execution.cell, rich: rich, interrupted: interrupted)
    }

    /// Text as notebooks store it: an array of lines, each but the last keeping its newline.
    static func multiline(_ text: String) -> JSONValue {
        var lines = [JSONValue]()
        var current = ""
        for c in text {
            current.append(c)
            if c == "\n" { lines.append(.string(current)); current = "" }
        }
        if !current.isEmpty { lines.append(.string(current)) }
        return .array(lines)
    }

    /// A notebook's multiline string (one string, or an array of strings), or nil when it is neither.
    static func string(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let s): return s
        case .array(let parts):
            var out = ""
            for part in parts {
                guard case .string(let s) = part else { return nil }
                out += s
            }
            return out
        default: return nil
        }
    }
}
