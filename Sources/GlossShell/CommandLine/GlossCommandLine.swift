/// gloss's own command line, declared like the shell's commands: the program and its subcommands. The
/// usage lines, `--help`, the option parsing, `gloss completions` and `gloss man` all derive from these.
public enum GlossCommandLine {
    /// The release this binary is.
    public static let version = "0.9.0"

    /// A subcommand (`gloss replay …`): its declaration and what it does with its parsed arguments.
    public struct Subcommand: Sendable {
        public let spec: CommandSpec
        public let run: @Sendable (Arguments) -> Int32
    }

    static let help = OptionSpec.flag("--help", "show this help and exit", short: "-h")

    /// `gloss [ARTICLE] …`: the shell.
    public static let shell = CommandSpec(
        "gloss",
        summary: "a close-reading shell for news articles",
        arguments: [.init("ARTICLE", .files, optional: true)],
        options: [
            .valued("--command", "CMD", .commands, "run a shell command and print its output (repeatable); then exit", short: "-c", repeats: true),
            .flag("--bail", "stop at the first failing command"),
            .valued("--color", .values(Settings.ColorMode.allCases.map(\.rawValue)), "auto (the default; NO_COLOR is honoured), always or never"),
            .flag("--version", "print the version and exit"),
            help,
        ],
        examples: ["gloss", "gloss article.txt", "gloss -c info -c actors", "gloss article.txt < Scripts/tour.gloss"],
        details: """
            With no ARTICLE, Gloss opens the bundled article. -c runs a command and exits (repeatable). \
            When stdin is not a terminal the lines are run as a batch: no prompt, no banner, no colour.
            Exit status: 0 success, 1 a command failed or a check mismatched, 2 bad usage.
            """)

    /// The subcommands, in the order help lists them. The first word picks one; anything else is the shell.
    public static let subcommands: [Subcommand] = [
        Subcommand(spec: CommandSpec(
            "replay",
            summary: "run a script (.gloss) or a transcript (.md) cell by cell, printing each cell",
            arguments: [.init("FILE", .files)],
            options: [
                .valued("--article", "PATH", .files, "the article to run on (default: the transcript's, or the bundled one)"),
                .valued("--save", "NAME", "save the replayed session as Sessions/NAME.md"),
                .flag("--force", "with --save, replace a file that holds another session"),
                help,
            ],
            examples: ["gloss replay Scripts/tour.gloss", "gloss replay Sessions/tour.md --save tour-again"],
            details: "The replay may not read or write outside the current directory.")
        ) { o in
            Launcher.replay(file: o.positional[0], articlePath: o.value("--article"), saveName: o.value("--save"), force: o.has("--force"))
        },
        Subcommand(spec: CommandSpec(
            "check",
            summary: "re-run transcripts and compare every cell's output byte for byte",
            arguments: [.init("FILE", .files, repeats: true)],
            options: [.flag("--update", "rewrite the outputs (and the article's sha256) in place, keeping the notes"), help],
            examples: ["gloss check Sessions/*.md", "gloss check --update Sessions/tour.md"],
            details: "Prints a unified diff for each cell that differs and exits 1.")
        ) { o in
            Launcher.check(files: o.positional, update: o.has("--update"))
        },
        kernel,
        Subcommand(spec: CommandSpec(
            "completions",
            summary: "print a completion script for bash, zsh or fish",
            arguments: [.init("SHELL", .values(CompletionScript.Shell.allCases.map(\.rawValue)))],
            options: [help],
            examples: ["source <(gloss completions bash)", "gloss completions zsh > ~/.zfunc/_gloss", "gloss completions fish > ~/.config/fish/completions/gloss.fish"])
        ) { o in
            // The declaration's values already refused any other word.
            Terminal.write(CompletionScript.render(for: CompletionScript.Shell(rawValue: o.positional[0]) ?? .bash))
            return 0
        },
        Subcommand(spec: CommandSpec(
            "man",
            summary: "print the manual page (roff), for man -l - or to install as gloss.1",
            options: [help],
            examples: ["gloss man | man -l -", "gloss man > /usr/local/share/man/man1/gloss.1"])
        ) { _ in
            Terminal.write(ManPage.render())
            return 0
        },
    ]

    /// Every declaration: the shell first, then the subcommands.
    public static var all: [CommandSpec] { [shell] + subcommands.map(\.spec) }

    /// "gloss replay FILE …": a declaration's usage as typed at the command line.
    public static func usage(_ spec: CommandSpec) -> String {
        spec.name == shell.name ? spec.usage : shell.name + " " + spec.usage
    }

    /// Runs the command line (without the program name) and returns the exit status.
    public static func main(_ arguments: [String]) -> Int32 {
        // The subcommands are words an article path is unlikely to be; `./replay` still opens a file named replay.
        if let first = arguments.first, let sub = subcommands.first(where: { $0.spec.name == first }) {
            switch parse(Array(arguments.dropFirst()), for: sub.spec) {
            case .run(let o): return sub.run(o)
            case .exit(let status): return status
            }
        }
        let o: Arguments
        switch parse(arguments, for: shell) {
        case .run(let parsed): o = parsed
        case .exit(let status): return status
        }
        if o.has("--version") {
            Terminal.write("gloss \(version)\n")
            return 0
        }
        guard let color = Settings.ColorMode(rawValue: o.value("--color") ?? "auto") else {
            return usageFailure("--color takes auto, always or never", usage: usage(shell))
        }
        return Launcher.run(.init(articlePath: o.positional.first, commands: o.all("--command"), bail: o.has("--bail"), color: color))
    }

    /// What parsing a command line came to: arguments to run with, or an exit status.
    private enum Parsed {
        case run(Arguments)
        /// Help was printed (0) or a usage error (2).
        case exit(Int32)
    }

    private static func parse(_ arguments: [String], for spec: CommandSpec) -> Parsed {
        let o: Arguments
        do throws(ShellError) {
            o = try Arguments(arguments, spec: spec)
        } catch {
            guard case .usage(_, let message) = error else { return .exit(usageFailure(error.description, usage: usage(spec))) }
            return .exit(usageFailure(TextLayout.sanitize(message), usage: usage(spec)))
        }
        if o.has("--help") {
            var lines = spec.helpLines()
            lines[0] = "usage: " + usage(spec)
            if spec.name == shell.name {
                lines += ["", "also:"] + subcommands.map { "  " + usage($0.spec) }
            }
            Terminal.write(lines.joined(separator: "\n") + "\n")
            return .exit(0)
        }
        if let problem = o.positionalProblem(spec.arguments) { return .exit(usageFailure(problem, usage: usage(spec))) }
        return .run(o)
    }

    /// Prints a usage error with the usage line; returns exit status 2.
    static func usageFailure(_ message: String, usage: String) -> Int32 {
        Terminal.writeError("gloss: \(message)\nusage: \(usage)\n")
        return 2
    }
}
