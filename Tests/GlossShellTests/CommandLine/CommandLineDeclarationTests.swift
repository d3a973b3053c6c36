import Foundation
import Testing
import GlossTestSupport
@testable import GlossShell

/// gloss's command line: usage, completion scripts and the man page, all generated from its declarations.
@Suite struct CommandLineDeclarationTests {
    @Test func usageLinesComeFromTheDeclarations() {
        #expect(GlossCommandLine.usage(GlossCommandLine.shell) == "gloss [ARTICLE] [-c CMD …] [--bail] [--color auto|always|never] [--version]")
        let check = GlossCommandLine.subcommands.first { $0.spec.name == "check" }!.spec
        #expect(GlossCommandLine.usage(check) == "gloss check FILE … [--update]")
    }

    /// Runs `script` in bash with the bash completion loaded, for the words of `line` (the last one being completed).
    private func bashCompletions(_ line: [String]) throws -> [String] {
        let script = CompletionScript.render(for: .bash)
        let words = line.map { "'\($0)'" }.joined(separator: " ")
        let program = script + "\nCOMP_WORDS=(\(words)); COMP_CWORD=\(line.count - 1); _gloss; printf '%s\\n' \"${COMPREPLY[@]}\"\n"
        let run = try Self.run("/bin/bash", ["-c", program])
        #expect(run.status == 0)
        return run.stdout.split(separator: "\n").map(String.init)
    }

    /// Runs a program in the temporary folder with `stdin` and waits for it: its status, stdout and stderr.
    private static func run(_ executable: String, _ arguments: [String], stdin: String = "") throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = FileManager.default.temporaryDirectory
        let input = Pipe(), out = Pipe(), err = Pipe()
        process.standardInput = input
        process.standardOutput = out
        process.standardError = err
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        // The tools here write little, so reading one pipe to its end cannot block the other.
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, stdout, stderr)
    }

    @Test func bashCompletesOptionsValuesSubcommandsAndShellCommands() throws {
        #expect(try bashCompletions(["gloss", "--col"]) == ["--color"])
        #expect(try bashCompletions(["gloss", "--color", "a"]) == ["auto", "always"])
        #expect(try bashCompletions(["gloss", "-c", "ac"]) == ["actors", "actor"])
        #expect(try bashCompletions(["gloss", "completions", ""]) == ["bash", "zsh", "fish"])
        #expect(try bashCompletions(["gloss", "check", "--u"]) == ["--update"])
        #expect(try bashCompletions(["gloss", "replay", "--"]) == ["--article", "--save", "--force", "--help"])
        #expect(try bashCompletions(["gloss", "comp"]).contains("completions"))
    }

    /// zsh and fish parse their scripts (`-n`), where they are installed.
    @Test(arguments: [("zsh", CompletionScript.Shell.zsh), ("fish", .fish)])
    func zshAndFishScriptsParse(shell: String, kind: CompletionScript.Shell) throws {
        let path = ["/usr/bin/", "/bin/", "/usr/local/bin/"].map { $0 + shell }.first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let path else { return }
        let file = URL(fileURLWithPath: ScratchFolder.make("completion") + "/gloss." + shell)
        try CompletionScript.render(for: kind).write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try Self.run(path, ["-n", file.path])
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test func theManPageListsEveryCommandAndOptionAndIsPlainRoff() throws {
        let page = ManPage.render()
        #expect(page.hasPrefix(".TH GLOSS 1"))
        for command in CommandRegistry.standard.commands {
            #expect(page.contains(".B " + ManPage.escape(command.spec.usage) + "\n"), "\(command.name)")
        }
        for option in GlossCommandLine.shell.options {
            #expect(page.contains(".B " + ManPage.escape(option.helpForm) + "\n"))
        }
        #expect(page.unicodeScalars.allSatisfy { $0.value < 0x7F }, "non-ASCII is written as \\[uXXXX]")
        #expect(!page.split(separator: "\n").contains { $0.hasPrefix("'") }, "no line starts with a control character")
    }

    /// groff reads the page without a warning, where groff is installed.
    @Test func groffReadsTheManPageWithoutWarnings() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/groff") else { return }
        let run = try Self.run("/usr/bin/groff", ["-man", "-Tutf8", "-ww", "-z"], stdin: ManPage.render())
        #expect(run.stderr.isEmpty, "\(run.stderr)")
    }
}
