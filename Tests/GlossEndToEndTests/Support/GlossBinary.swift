import Foundation

/// Runs the built `gloss` executable the way a user would, capturing its output and exit code.
enum GlossBinary {
    /// The `gloss` binary in the build products folder this test bundle was built into.
    static let path: String = {
        let products = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        // On Linux the test bundle is an executable in the products folder; on macOS a bundle inside it.
        for folder in [products, products.deletingLastPathComponent(), products.deletingLastPathComponent().deletingLastPathComponent()] {
            let candidate = folder.appendingPathComponent("gloss").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return products.appendingPathComponent("gloss").path
    }()

    /// What one run produced.
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs gloss with `arguments`, feeding `stdin`, in `directory`, with a clean state folder.
    static func run(_ arguments: [String], stdin: String = "", environment: [String: String] = [:], directory: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
        env["XDG_STATE_HOME"] = scratchDirectory() + "/state"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting, so a large output cannot fill a pipe and stall the child.
        final class Box: @unchecked Sendable { var data = Data() }
        let out = Box()
        let group = DispatchGroup()
        let reader = output.fileHandleForReading
        DispatchQueue.global().async(group: group) { out.data = reader.readDataToEndOfFile() }
        let err = error.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: out.data, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }

    /// A new empty folder under the system's temporary folder.
    static func scratchDirectory() -> String {
        let path = NSTemporaryDirectory() + "gloss-e2e-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
