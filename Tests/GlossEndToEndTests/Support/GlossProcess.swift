import Foundation
import GlossTestSupport

/// Runs the built `gloss` binary as a user would: arguments, stdin, environment, working directory, a timeout.
struct GlossProcess {
    /// What a run printed and how it ended.
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The package's root folder, from this file's path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary beside the test bundle (the build products folder), else the default build folder.
    static let binary: String = {
        if let override = ProcessInfo.processInfo.environment["GLOSS_BINARY"] { return override }
        let products = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
            .deletingLastPathComponent()
        let beside = products.appendingPathComponent("gloss").path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        return packageRoot.appendingPathComponent(".build/debug/gloss").path
    }()

    /// A fresh temporary folder for one test (the test may remove it; ScratchFolder removes it at exit anyway).
    static func temporaryDirectory() -> URL {
        URL(fileURLWithPath: ScratchFolder.make("e2e"))
    }

    var arguments: [String]
    /// The program to run: gloss, or a wrapper (setpriv) that runs it.
    var executable: String = GlossProcess.binary
    var stdin: String = ""
    var directory: URL
    /// The journal lives here, never in the user's real state folder.
    var stateHome: URL
    /// Variables set (or, with an empty value, blanked) on top of the test's environment.
    var environment: [String: String] = [:]

    init(_ arguments: [String], stdin: String = "", in directory: URL, stateHome: URL? = nil) {
        self.arguments = arguments
        self.stdin = stdin
        self.directory = directory
        self.stateHome = stateHome ?? directory.appendingPathComponent(".state")
    }

    /// Another program run the same way (a shell pipeline around gloss, python), so the tests have one runner.
    static func program(_ executable: String, _ arguments: [String], in directory: URL = FileManager.default.temporaryDirectory) -> GlossProcess {
        var process = GlossProcess(arguments, in: directory)
        process.executable = executable
        return process
    }

    /// The process, configured but not started.
    func makeProcess() -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_STATE_HOME"] = stateHome.path
        environment["NO_COLOR"] = "1"
        for (name, value) in self.environment { environment[name] = value }
        process.environment = environment
        return process
    }

    /// Starts it with `input` written to a stdin that stays open, so that a batch never ends by itself, and its
    /// output discarded: for the tests that kill it. Close `input` once it is gone.
    func startHoldingInput(_ text: String) throws -> (process: Process, input: Pipe) {
        let process = makeProcess()
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        return (process, input)
    }

    /// Runs to the end (killed after `timeout` seconds).
    func run(timeout: Double = 20) throws -> Result {
        let process = makeProcess()
        let input = Pipe(), output = Pipe()
        // stderr goes to a file, so that reading stdout to its end cannot deadlock on a full stderr pipe.
        let errorsURL = URL(fileURLWithPath: ScratchFolder.root + "/stderr-" + UUID().uuidString)
        FileManager.default.createFile(atPath: errorsURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorsURL) }
        let errors = try FileHandle(forWritingTo: errorsURL)
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let deadline = DispatchTime.now() + timeout
        DispatchQueue.global().asyncAfter(deadline: deadline) { if process.isRunning { process.terminate() } }
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        // Read stdout before waiting, so a large output cannot block the child.
        let out = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errors.close()
        let err = try Data(contentsOf: errorsURL)
        return Result(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }
}

extension URL {
    func read() throws -> String { try String(contentsOf: self, encoding: .utf8) }
    func write(_ text: String) throws { try text.write(to: self, atomically: true, encoding: .utf8) }
    func child(_ path: String) -> URL { appendingPathComponent(path) }
}
