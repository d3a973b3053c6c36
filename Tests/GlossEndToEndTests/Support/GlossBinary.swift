import Foundation

/// Shorthands over `GlossProcess` for tests that need only arguments, stdin and a folder.
enum GlossBinary {
    /// The built `gloss` executable.
    static var path: String { GlossProcess.binary }

    /// Runs gloss with `arguments` and `stdin` in `directory` (a fresh folder when nil); `environment`
    /// is applied on top (an empty value blanks a variable, e.g. NO_COLOR).
    static func run(_ arguments: [String], stdin: String = "", environment: [String: String] = [:], directory: String? = nil) throws -> GlossProcess.Result {
        let folder = directory.map { URL(fileURLWithPath: $0) } ?? GlossProcess.temporaryDirectory()
        var process = GlossProcess(arguments, stdin: stdin, in: folder)
        process.environment = environment
        return try process.run()
    }

    /// A new empty folder under the system's temporary folder, as a path.
    static func scratchDirectory() -> String { GlossProcess.temporaryDirectory().path }
}
