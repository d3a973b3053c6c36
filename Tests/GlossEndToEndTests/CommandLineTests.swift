import Testing
import Foundation

/// The built binary: -c, batch stdin, exit codes, errors on bad files and bad usage.
@Suite struct CommandLineTests {
    @Test func dashCRunsCommandsInOrder() throws {
        let run = try GlossBinary.run(["-c", "info", "-c", "quote 14.2"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("paragraphs  15\nsentences   22\n"))
        #expect(run.stdout.hasSuffix("The Korea Economic Institute of America (KEI ) is led by him as president and CEO.\n  — 000_a4bbf854dd06bcc4.txt, ¶14.2\n"))
        #expect(run.stderr.isEmpty)
    }

    @Test func batchStdinHasNoPromptNoBannerNoColour() throws {
        let run = try GlossBinary.run([], stdin: "# a script\nfind Zinoviev\nquote $1\n", environment: ["TERM": "xterm-256color"])
        #expect(run.status == 0)
        #expect(!run.stdout.contains("[1]>"))
        #expect(!run.stdout.contains("Gloss —"))
        #expect(!run.stdout.contains("\u{1B}"))
        #expect(run.stdout.contains("Georgy Zinoviev, demanded"))
        #expect(run.stdout.contains("  — 000_a4bbf854dd06bcc4.txt, ¶9.1\n"))
    }

    @Test func aFailingCommandExitsOneAndTheBatchGoesOn() throws {
        let run = try GlossBinary.run([], stdin: "info\nbogus\nquote 1.1\n")
        #expect(run.status == 1)
        #expect(run.stderr == "line 2: error: unknown command 'bogus'; type 'help' for the list\n")
        #expect(run.stdout.contains("¶1.1"))
    }

    @Test func bailStopsAtTheFirstFailure() throws {
        let run = try GlossBinary.run(["--bail"], stdin: "info\nquote 99\nquote 1.1\n")
        #expect(run.status == 1)
        #expect(!run.stdout.contains("¶1.1"))
        #expect(run.stderr.contains("no paragraph 99"))
    }

    @Test func aContinuedLineIsOneCell() throws {
        let run = try GlossBinary.run([], stdin: "find \\\n  Zinoviev\n")
        #expect(run.status == 0)
        #expect(run.stdout.contains("1 match in 1 sentence"))
    }

    @Test func badUsageExitsTwo() throws {
        let run = try GlossBinary.run(["--colr", "never"])
        #expect(run.status == 2)
        #expect(run.stderr == "gloss: unknown option --colr (did you mean --color?)\nusage: gloss [ARTICLE] [-c CMD …] [--bail] [--color auto|always|never] [--version]\n")
        #expect(try GlossBinary.run(["--color", "sometimes"]).status == 2)
    }

    @Test func helpExitsZero() throws {
        let run = try GlossBinary.run(["--help"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("usage: gloss [ARTICLE]"))
        #expect(try GlossBinary.run(["check", "--help"]).stdout.hasPrefix("usage: gloss check FILE … [--update]"))
        #expect(try GlossBinary.run(["check"]).status == 2)
        #expect(try GlossBinary.run(["a.txt", "b.txt"]).stderr.hasPrefix("gloss: unexpected argument 'b.txt'"))
        #expect(try GlossBinary.run(["-c"]).stderr.hasPrefix("gloss: -c needs a value"))
    }

    @Test func versionPrintsTheVersion() throws {
        let run = try GlossBinary.run(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("gloss "))
        #expect(run.stdout.split(separator: " ").last?.split(separator: ".").count == 3)
        #expect(try GlossBinary.run(["-c", "about"]).stdout.contains(run.stdout.dropFirst(6).dropLast()))
    }

    @Test func completionsAndManAreSubcommands() throws {
        #expect(try GlossBinary.run(["completions", "bash"]).stdout.contains("complete -o filenames -F _gloss gloss"))
        let bad = try GlossBinary.run(["completions", "tcsh"])
        #expect(bad.status == 2)
        #expect(bad.stderr.hasPrefix("gloss: SHELL is bash, zsh or fish, not 'tcsh'\n"))
        #expect(try GlossBinary.run(["man"]).stdout.hasPrefix(".TH GLOSS 1"))
        // A near miss of a fixed word is named.
        #expect(try GlossBinary.run(["kernel", "instal"]).stderr.hasPrefix("gloss: ACTION is install or uninstall, not 'instal' (did you mean install?)\n"))
    }

    @Test func badArticleFilesGetOneErrorLine() throws {
        let dir = GlossBinary.scratchDirectory()
        let cases: [(String, Data?, String)] = [
            ("missing.txt", nil, "missing.txt: no such file"),
            ("empty.txt", Data(), "empty.txt: the file has no text (empty or only white space)"),
            ("binary.bin", Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]), "binary.bin: binary file (NUL byte at offset 4), not text"),
            ("latin1.txt", Data("Caf".utf8) + Data([0xE9, 0x0A]), "latin1.txt: invalid UTF-8 at byte offset 3"),
        ]
        for (name, contents, message) in cases {
            if let contents { FileManager.default.createFile(atPath: dir + "/" + name, contents: contents) }
            let run = try GlossBinary.run([name, "-c", "info"], directory: dir)
            #expect(run.status == 1)
            #expect(run.stderr == "gloss: \(message)\n")
            #expect(run.stdout.isEmpty)
        }
        let run = try GlossBinary.run([dir, "-c", "info"])
        #expect(run.stderr.hasSuffix("is a directory, not a text file\n"))
    }

    @Test func opensAnotherArticleAndLoadsInTheShell() throws {
        let dir = GlossBinary.scratchDirectory()
        let text = "Senate Passes Budget\r\nThe U.S. Senate voted 51-49 on Tuesday. Sen. Jane Doe said it was \"a good day.\" Then it adjourned.\r\n"
        FileManager.default.createFile(atPath: dir + "/a.txt", contents: Data(text.utf8))
        let run = try GlossBinary.run(["a.txt", "-c", "info", "-c", "read"], directory: dir)
        #expect(run.status == 0)
        #expect(run.stdout.contains("title       Senate Passes Budget"))
        #expect(run.stdout.contains("1.2  Sen. Jane Doe said it was \"a good day.\""))
        let loaded = try GlossBinary.run(["-c", "load a.txt", "-c", "quote 1.3"], directory: dir)
        #expect(loaded.stdout == "loaded a.txt: 1 paragraph, 4 sentences\nThen it adjourned.\n  — a.txt, ¶1.3\n")
    }
}
