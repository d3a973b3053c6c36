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
main(Gloss.self, arguments)
