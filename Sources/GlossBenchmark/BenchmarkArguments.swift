/// The benchmark's command line: which flags it knows and what each takes.
enum BenchmarkArguments {
    /// Flags followed by a value (`--json PATH`) or by an optional directory (`--accuracy [DIR]`).
    static let withValue: Set<String> = ["--json"]
    static let withOptionalDirectory: Set<String> = ["--accuracy", "--attributions"]
    static let switches: Set<String> = ["--quick", "--mistakes", "--misses"]

    /// The first thing wrong with `arguments`, as one line, or nil when they can be run.
    /// The child mode `--rss N`, which the benchmark starts itself, is accepted as it is.
    static func problem(in arguments: [String]) -> String? {
        if arguments.first == "--rss" { return arguments.count == 2 && Int(arguments[1]) != nil ? nil : "--rss takes one number" }
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if withValue.contains(argument) {
                guard index + 1 < arguments.count, !arguments[index + 1].hasPrefix("--") else { return "\(argument) needs a value" }
                index += 2
            } else if withOptionalDirectory.contains(argument) {
                index += index + 1 < arguments.count && !arguments[index + 1].hasPrefix("--") ? 2 : 1
            } else if switches.contains(argument) {
                index += 1
            } else {
                return "unknown argument '\(argument)'"
            }
        }
        return nil
    }
}
