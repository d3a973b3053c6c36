import GlossShell

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The subcommands and their help. The first word picks one; anything else is the shell.
enum GlossCommand {
    static let shell = CommandLineOptions.Spec(
        usage: "gloss [ARTICLE] [-c CMD]… [--bail] [--color auto|always|never]",
        help: """
            A close-reading shell for news articles.

            With no ARTICLE, Gloss opens the bundled article. -c runs a command and exits (repeatable).
            When stdin is not a terminal the lines are run as a batch: no prompt, no banner, no colour.

            Options:
              -c CMD          run a command, print its output (repeatable); then exit
              --bail          stop at the first failing command
              --color WHEN    auto (the default; NO_COLOR is honoured), always or never
              -h, --help      show this help

            Also:
              gloss replay FILE [--article PATH] [--save NAME] [--force]
              gloss check FILE… [--update]
              gloss kernel install [--user|--sys-prefix|--prefix DIR]   (then: jupyter lab, kernel Gloss)

            Exit status: 0 success, 1 a command failed or a check mismatched, 2 bad usage.
            """,
        flags: ["--bail"], valued: ["-c", "--color"])

    static let replay = CommandLineOptions.Spec(
        usage: "gloss replay FILE [--article PATH] [--save NAME] [--force]",
        help: """
            Run a script (.gloss) or a transcript (.md) cell by cell, printing each cell.
            The replay may not read or write outside the current directory.

            Options:
              --article PATH  the article to run on (default: the transcript's, or the bundled one)
              --save NAME     save the replayed session as Sessions/NAME.md
              --force         with --save, replace a file that holds another session
            """,
        flags: ["--force"], valued: ["--article", "--save"], maxPositionals: 1, minPositionals: 1)

    static let check = CommandLineOptions.Spec(
        usage: "gloss check FILE… [--update]",
        help: """
            Re-run transcripts and compare every cell's output byte for byte. Prints a unified diff
            for each cell that differs and exits 1.

            Options:
              --update        rewrite the outputs (and the article's sha256) in place, keeping the notes
            """,
        flags: ["--update"], maxPositionals: nil, minPositionals: 1)

    /// Parses `arguments` for `spec` and runs `body`; usage errors exit 2, help exits 0.
    static func run(_ spec: CommandLineOptions.Spec, _ arguments: [String], _ body: (CommandLineOptions) -> Int32) -> Never {
        let options: CommandLineOptions
        do {
            options = try CommandLineOptions(arguments, spec: spec)
        } catch is CommandLineOptions.HelpRequested {
            Terminal.write("usage: \(spec.usage)\n\n\(spec.help)\n")
            exit(0)
        } catch let error as CommandLineOptions.UsageError {
            Terminal.writeError("gloss: \(error.message)\nusage: \(spec.usage)\n")
            exit(2)
        } catch {
            exit(2)
        }
        exit(body(options))
    }
}

signal(SIGPIPE, SIG_IGN)
let arguments = Array(CommandLine.arguments.dropFirst())
// The subcommands are words an article path is unlikely to be; `./replay` still opens a file named replay.
switch arguments.first {
case "replay":
    GlossCommand.run(GlossCommand.replay, Array(arguments.dropFirst())) { o in
        Launcher.replay(file: o.positionals[0], articlePath: o.value("--article"), saveName: o.value("--save"), force: o.has("--force"))
    }
case "check":
    GlossCommand.run(GlossCommand.check, Array(arguments.dropFirst())) { o in
        Launcher.check(files: o.positionals, update: o.has("--update"))
    }
case "kernel":
    KernelCommand.run(Array(arguments.dropFirst()))
default:
    GlossCommand.run(GlossCommand.shell, arguments) { o in
        let colorWord = o.value("--color") ?? "auto"
        guard let color = Settings.ColorMode(rawValue: colorWord) else {
            Terminal.writeError("gloss: --color takes auto, always or never\nusage: \(GlossCommand.shell.usage)\n")
            return 2
        }
        return Launcher.run(.init(articlePath: o.positionals.first, commands: o.all("-c"), bail: o.has("--bail"), color: color))
    }
}
