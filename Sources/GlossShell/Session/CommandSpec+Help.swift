extension CommandSpec {
    /// The text of `help NAME`: usage, summary, details, options, aliases and examples, wrapped at `width`.
    public func helpLines(width: Int = 78) -> [String] {
        var lines = ["usage: " + usage]
        if let pipedUsage { lines.append("   or: " + pipedUsage) }
        lines += ["", summary]
        if let details {
            lines.append("")
            // Details may hold several paragraphs or table-like lines: wrap each line on its own.
            for line in details.split(separator: "\n", omittingEmptySubsequences: false) {
                lines.append(contentsOf: line.isEmpty ? [""] : TextLayout.wrap(String(line), width: width))
            }
        }
        if !options.isEmpty {
            lines.append("")
            lines.append("options:")
            let forms = options.map(\.helpForm)
            let column = min(24, (forms.map(\.count).max() ?? 0) + 2)
            for (form, option) in zip(forms, options) {
                // The help wraps in what is left after its form; a form that leaves too little stands on its own line.
                let head = form.count + 2 <= column ? TextLayout.pad(form, to: column) : form + "  "
                let room = width - 2 - head.count
                let own = room < 20
                let text = TextLayout.wrap(option.help, width: own ? width - 2 - column : room)
                let indent = String(repeating: " ", count: 2 + (own ? column : head.count))
                if own { lines.append("  " + form) }
                lines.append(contentsOf: text.enumerated().map { k, line in k == 0 && !own ? "  " + head + line : indent + line })
            }
        }
        if !aliases.isEmpty {
            lines.append("")
            lines.append("also: " + aliases.joined(separator: ", "))
        }
        if !examples.isEmpty {
            lines.append("")
            lines.append("examples:")
            lines.append(contentsOf: examples.map { "  " + $0 })
        }
        return lines
    }
}

extension OptionSpec {
    /// "-c, --command CMD" or "--kind person|state|org|place", as option lists show it.
    public var helpForm: String {
        (short.map { $0 + ", " } ?? "") + name + (valueSynopsis.map { " " + $0 } ?? "")
    }
}
