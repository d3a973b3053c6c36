import ArgumentParser
import GlossShell

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `gloss [ARTICLE] [-c CMD]…`: the shell on an article.
struct Gloss: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gloss",
        abstract: "A close-reading shell for news articles.",
        discussion: """
            With no ARTICLE, Gloss opens the bundled article. When stdin is not a terminal the lines \
            are run as a batch: no prompt, no banner, no colour.
            Also: gloss replay FILE [--article PATH] [--save NAME]; gloss check FILE… [--update].
            """)

    @Argument(help: "A UTF-8 text file; the bundled article when omitted.")
    var article: String?

    @Option(name: .customShort("c"), help: ArgumentHelp("Run a command and exit (repeatable).", valueName: "CMD"))
    var commands: [String] = []

    @Flag(help: "Stop at the first failing command.")
    var bail = false

    @Option(help: "Colour: auto, always or never (NO_COLOR is honoured under auto).")
    var color: String = "auto"

    func validate() throws {
        guard Settings.ColorMode(rawValue: color) != nil else { throw ValidationError("--color takes auto, always or never") }
    }

    func run() throws {
        let options = Launcher.Options(articlePath: article, commands: commands, bail: bail,
                                       color: Settings.ColorMode(rawValue: color) ?? .auto)
        let code = Launcher.run(options)
        if code != 0 { throw ExitCode(code) }
    }
}

/// `gloss replay FILE`: run a script or a transcript cell by cell.
struct Replay: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gloss replay",
        abstract: "Run a script (.gloss) or a transcript (.md) cell by cell, printing each cell.",
        discussion: "The replay may not read or write outside the current directory. Exit status 1 when a cell failed.")

    @Argument(help: "The script or transcript.")
    var file: String

    @Option(help: ArgumentHelp("The article to run on (default: the transcript's, or the bundled one).", valueName: "PATH"))
    var article: String?

    @Option(help: ArgumentHelp("Save the replayed session as Sessions/NAME.md.", valueName: "NAME"))
    var save: String?

    @Flag(help: "With --save, replace a file that holds another session.")
    var force = false

    func run() throws {
        let code = Launcher.replay(file: file, articlePath: article, saveName: save, force: force)
        if code != 0 { throw ExitCode(code) }
    }
}

/// `gloss check FILE…`: re-run transcripts and compare their outputs.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gloss check",
        abstract: "Re-run transcripts and compare every cell's output byte for byte.",
        discussion: "Prints a unified diff for each cell that differs and exits 1. --update rewrites the outputs in place, keeping the notes.")

    @Argument(help: "Transcripts (.md).")
    var files: [String]

    @Flag(help: "Rewrite the outputs (and the article's sha256) in place.")
    var update = false

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("check needs at least one transcript") }
    }

    func run() throws {
        let code = Launcher.check(files: files, update: update)
        if code != 0 { throw ExitCode(code) }
    }
}

/// Parses and runs one command type, mapping usage errors to exit code 2 as DESIGN.md fixes.
func main<C: ParsableCommand>(_ type: C.Type, _ arguments: [String]) -> Never {
    do {
        var command = try type.parse(arguments)
        try command.run()
        exit(0)
    } catch let code as ExitCode {
        exit(code.rawValue)
    } catch {
        if type.exitCode(for: error) == .success {
            print(type.fullMessage(for: error))
            exit(0)
        }
        Terminal.writeError(type.fullMessage(for: error) + "\n")
        exit(2)
    }
}

signal(SIGPIPE, SIG_IGN)
let arguments = Array(CommandLine.arguments.dropFirst())
// The subcommands are words an article path is unlikely to be; `./replay` still opens a file named replay.
switch arguments.first {
case "replay": main(Replay.self, Array(arguments.dropFirst()))
case "check": main(Check.self, Array(arguments.dropFirst()))
default: main(Gloss.self, arguments)
}
