import Testing
import GlossCore
@testable import GlossShell

/// The declarations that usage, help, completion and parsing derive from, and that they cannot drift apart.
@Suite struct CommandSpecTests {
    let registry = CommandRegistry.standard

    @Test func usageIsDerivedFromArgumentsAndOptions() {
        let spec = CommandSpec("x", summary: "s", arguments: [.init("REF", .refs), .init("SPAN", optional: true), .init("N", repeats: true)],
                               options: [.flag("--all", "a"), .valued("--kind", .kinds, "k", required: true), .valued("--alias", "FORM", "f", repeats: true)])
        #expect(spec.usage == "x REF [SPAN] N … [--all] --kind person|state|org|place [--alias FORM …]")
        #expect(registry.command(named: "set")?.spec.usage == "set [width N|auto] [color auto|always|never] [format text|json|csv|markdown]")
        #expect(registry.command(named: "add-actor")?.spec.usage == "add-actor NAME --kind person|state|org|place [--alias FORM …]")
        #expect(registry.command(named: "tag")?.spec.pipedUsage == "… | tag LABEL [--note TEXT]")
        #expect(registry.command(named: "quote")?.spec.pipedUsage == "… | quote")
        #expect(registry.command(named: "info")?.spec.pipedUsage == nil)
    }

    /// An option whose form is wider than the column goes on its own line; its help keeps the column and the width.
    @Test func helpOptionListsStayWithinTheWidth() {
        let spec = CommandSpec("x", summary: "s", options: [.valued("--colour-scheme", .values(["auto", "always", "never"]), "when to colour the output of every command, of every kind"), .flag("--all", "a")])
        #expect(Array(spec.helpLines(width: 50).drop { $0 != "options:" }) == [
            "options:",
            "  --colour-scheme auto|always|never",
            "                          when to colour the",
            "                          output of every command,",
            "                          of every kind",
            "  --all                   a",
        ])
        for spec in CommandRegistry.standard.commands.map(\.spec) + GlossCommandLine.all {
            let options = spec.helpLines().drop { $0 != "options:" }.prefix { !$0.isEmpty }
            #expect(options.allSatisfy { $0.count <= 78 }, "\(spec.name): \(options.filter { $0.count > 78 })")
        }
    }

    @Test func namesAndAliasesAreUniqueAndResolve() {
        let words = registry.commands.flatMap { [$0.spec.name] + $0.spec.aliases }
        #expect(Set(words).count == words.count)
        #expect(registry.command(named: "exit")?.name == "quit")
        #expect(registry.command(named: "?")?.name == "help")
        #expect(registry.command(named: "version")?.name == "about")
    }

    /// Every example in every command's help parses with the options that command declares.
    @Test(arguments: CommandRegistry.standard.commands.map(\.name))
    func examplesUseOnlyDeclaredOptions(name: String) throws {
        let spec = try #require(registry.command(named: name)?.spec)
        #expect(!spec.examples.isEmpty)
        for example in spec.examples where !example.hasPrefix("note") {
            let stages = try CommandLineParser.parse(example).get()
            for stage in stages {
                let command = try #require(registry.command(named: stage.name), "\(example): no command \(stage.name)")
                #expect(throws: Never.self, "\(example)") { try Arguments(stage.arguments, spec: command.spec) }
            }
        }
    }

    @Test func helpShowsUsageOptionsAliasesAndExamples() {
        let session = makeSession()
        let help = session.output("help quit")
        #expect(help.hasPrefix("usage: quit\n\nleave the shell"))
        #expect(help.contains("\nalso: exit, q\n"))
        let actors = session.output("help actors")
        #expect(actors.contains("options:\n  --kind person|state|org|place"))
        #expect(actors.contains("  --sort mentions|name|first"))
    }

    @Test func wordsOfOtherToolsSuggestTheCommandWithoutRunningIt() {
        let session = makeSession()
        #expect(session.failure("open story.txt") == "unknown command 'open' (did you mean 'load'?)")
        #expect(session.failure("grep Putin") == "unknown command 'grep' (did you mean 'find'?)")
        #expect(session.failure("cat 1") == "unknown command 'cat' (did you mean 'read'?)")
        #expect(session.failure("sentence 3.1") == "unknown command 'sentence' (did you mean 'quote'?)")
        #expect(session.failure("help who") == "unknown command 'who' (did you mean 'actors'?)")
        // Each such word belongs to one command and is not itself a name or alias: it only ever suggests.
        let names = Set(registry.commands.flatMap { [$0.spec.name] + $0.spec.aliases })
        let known = registry.commands.flatMap(\.spec.knownAs)
        #expect(Set(known).count == known.count)
        #expect(names.isDisjoint(with: known))
    }

    @Test func unknownOptionsSuggestADeclaredOne() {
        let session = makeSession()
        #expect(session.failure("actors --srt name") == "actors: unknown option --srt (did you mean --sort?)")
        #expect(session.failure("read --all") == "read: unknown option --all (it takes no options)")
    }

    @Test func shortOptionsOnlyWhenDeclared() throws {
        let options: [OptionSpec] = [.valued("--command", "CMD", "c", short: "-c", repeats: true), .flag("--bail", "b")]
        let parsed = try Arguments(["-cinfo", "-c", "read", "--bail", "-", "--", "-c"], options: options, command: "gloss")
        #expect(parsed.all("--command") == ["info", "read"])
        #expect(parsed.has("--bail"))
        #expect(parsed.positional == ["-", "-c"])
        // Without short options a leading dash is a word (find -5).
        let find = try Arguments(["-5"], options: [.flag("--case", "c")], command: "find")
        #expect(find.positional == ["-5"])
    }
}
