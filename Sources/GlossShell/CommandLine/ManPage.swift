/// `gloss man`: the manual page, in roff, generated from the command line's and the shell's declarations.
public enum ManPage {
    /// The whole page (man -l - shows it).
    public static func render() -> String {
        let shell = GlossCommandLine.shell
        var out = [".TH GLOSS 1 \"\" \"gloss \(GlossCommandLine.version)\" \"User Commands\"", ".SH NAME", "gloss \\- " + escape(shell.summary)]
        out.append(".SH SYNOPSIS")
        for spec in GlossCommandLine.all {
            out += [".HP", ".B " + escape(GlossCommandLine.usage(spec)), ".br"]
        }
        out.append(".SH DESCRIPTION")
        out += paragraphs(shell.details)
        out.append(".SH OPTIONS")
        out += options(shell)
        out.append(".SH SUBCOMMANDS")
        for sub in GlossCommandLine.subcommands {
            out += [".TP", ".B " + escape(GlossCommandLine.usage(sub.spec)), escape(sub.spec.summary) + "."]
            if let details = sub.spec.details { out.append(escape(details)) }
            out += [".RS"] + options(sub.spec) + [".RE"]
        }
        out.append(".SH SHELL COMMANDS")
        out.append("Each line typed in the shell (or given with \\-c, or read from a script) is one cell. "
            + "References: 3.2 (sentence), 3 (paragraph), 3.2-3.4, 3-5, 1.1,3.2, $7 (cell 7's result), $ (last result), all. "
            + "A | B feeds the sentences of A's result to B.")
        for command in CommandRegistry.standard.commands {
            let spec = command.spec
            out += [".TP", ".B " + escape(spec.usage), escape(spec.summary) + "."]
            if !spec.aliases.isEmpty { out.append("Also: " + escape(spec.aliases.joined(separator: ", ")) + ".") }
            if let details = spec.details { out += [".IP"] + paragraphs(details) }
            if !spec.options.isEmpty { out += [".RS"] + options(spec) + [".RE"] }
        }
        out.append(".SH EXAMPLES")
        for example in GlossCommandLine.all.flatMap(\.examples) { out += [".nf", escape(example), ".fi"] }
        out += [".SH EXIT STATUS", "0 success; 1 a command failed or a check mismatched; 2 bad usage."]
        out += [".SH ENVIRONMENT", ".TP", ".B NO_COLOR", "When set and not empty, no colour (unless \\-\\-color always).",
                ".TP", ".B XDG_STATE_HOME", "Where the history and the journals of unsaved sessions go (gloss/ under it; else ~/.local/state/gloss)."]
        return out.joined(separator: "\n") + "\n"
    }

    /// A declaration's options as tagged paragraphs.
    private static func options(_ spec: CommandSpec) -> [String] {
        spec.options.flatMap { [".TP", ".B " + escape($0.helpForm), escape($0.help)] }
    }

    /// Text with its own line breaks kept as paragraph breaks.
    private static func paragraphs(_ text: String?) -> [String] {
        guard let text else { return [] }
        return text.split(separator: "\n").map { escape(String($0)) }.flatMap { [$0, ".br"] }.dropLast()
    }

    /// Text safe in roff: backslashes and dashes escaped, no line starting with a control character.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text.unicodeScalars {
            switch c {
            case "\\": out += "\\e"
            case "-": out += "\\-"
            // Other characters as named glyphs, so that the page needs no input encoding.
            case _ where c.value > 0x7E: out += "\\[u" + hex(c.value) + "]"
            default: out.unicodeScalars.append(c)
            }
        }
        if out.hasPrefix(".") || out.hasPrefix("'") { out = "\\&" + out }
        return out
    }

    /// Four or more upper-case hex digits, as groff's \[uXXXX] wants them.
    private static func hex(_ value: UInt32) -> String {
        let digits = Array("0123456789ABCDEF")
        var s = ""
        var v = value
        repeat { s.insert(digits[Int(v % 16)], at: s.startIndex); v /= 16 } while v > 0
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }
}
