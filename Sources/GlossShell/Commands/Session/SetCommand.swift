import GlossCore

/// `set width|color|format VALUE`: display settings (transcripts always record width 80 without colour).
struct SetCommand: Command {
    let spec = CommandSpec(
        "set",
        summary: "show or change display settings: width, color, format",
        arguments: [.init("SETTING VALUE", .keyed(Settings.keys), optional: true)],
        examples: ["set", "set width 100", "set width auto", "set color never", "set format json", "set format csv", "set format markdown"],
        details: "Settings change what is shown, never what is recorded: saved transcripts always hold plain text at width 80, so they check the same on any machine. With format json each cell's result is printed as one JSON document (sentences with refs and offsets, tables as rows, errors as {\"error\": …}), for jq and scripts: gloss -c 'set format json' -c actors. With format csv or markdown every table (and every list of fields, as field,value rows) is printed as CSV or as a Markdown table, like the sqlite3 shell's output modes; other results stay text.")

    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult {
        let args = try arguments(call)
        var settings = workspace.settings
        let words = args.positional
        if words.isEmpty {
            return CommandResult(.fields([
                Field("width", settings.width.map(String.init) ?? "auto"),
                Field("color", settings.color.rawValue),
                Field("format", settings.format.rawValue),
            ]))
        }
        guard words.count == 2 else { throw usageError("takes a setting and a value") }
        switch words[0] {
        case "width":
            if words[1] == "auto" {
                settings.width = nil
            } else if let n = Int(words[1]), n >= 30, n <= 1000 {
                settings.width = n
            } else {
                throw usageError("width is a number from 30 to 1000, or auto")
            }
        case "color", "colour":
            guard let mode = Settings.ColorMode(rawValue: words[1]) else { throw usageError("color is auto, always or never") }
            settings.color = mode
        case "format":
            guard let format = Settings.Format(rawValue: words[1]) else { throw usageError("format is " + Arguments.oneOf(Settings.Format.allCases.map(\.rawValue))) }
            settings.format = format
        default:
            let hint = EditDistance.suggestion(for: words[0], among: Settings.keys.map(\.key)).map { " (did you mean \($0)?)" } ?? ""
            throw usageError("no setting '\(TextLayout.sanitize(words[0]))'\(hint)")
        }
        return CommandResult(.none, effect: .setting(settings))
    }
}
