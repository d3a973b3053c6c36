import GlossCore

/// `export FORMAT [PATH]`: write the workspace in a format (see `Exporters.all`).
struct ExportCommand: Command {
    let spec = CommandSpec(
        "export",
        summary: "write the session in a format: " + Exporters.all.map(\.format).joined(separator: ", "),
        arguments: [.init("FORMAT", .formats), .init("PATH", .files, optional: true)],
        options: [.flag("--force", "replace an existing file")],
        examples: ["export json", "export json out/session.json", "export csv tags.csv"],
        role: .action,
        details: ExportCommand.details())

    /// The details, built from tables when help is shown.
    static func details() -> String? {
        "Formats:\n" + Exporters.all.map { "  \($0.format): \($0.summary)" }.joined(separator: "\n")
            + "\nWith no PATH the file is written in the current directory under a default name. An existing file is replaced only with --force."
    }

    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult {
        let args = try arguments(call)
        guard let format = args.positional.first else { throw usageError("needs a format") }
        guard args.positional.count <= 2 else { throw usageError("takes a format and one path") }
        guard let exporter = Exporters.named(format) else {
            let hint = EditDistance.suggestion(for: format, among: Exporters.all.map(\.format)).map { " (did you mean \($0)?)" } ?? ""
            throw usageError("no format '\(TextLayout.sanitize(format))'\(hint); formats: \(Exporters.all.map(\.format).joined(separator: ", "))")
        }
        let path = args.positional.count == 2 ? args.positional[1] : exporter.defaultFileName(for: workspace)
        let contents = exporter.export(workspace)
        let remarks = exporter.remarks(for: workspace).map { "; " + $0 }.joined()
        return CommandResult(.lines(["wrote \(path) (\(format), \(contents.utf8.count) bytes)" + remarks]),
                             actions: [.write(FileWrite(path: path, contents: contents, replacing: args.has("--force"), refusal: "exists; add --force to replace it"))])
    }
}
