/// The benchmark's command line, read once: which mode to run and its options.
struct BenchmarkArguments {
    static let referenceDirectory = "Tests/Reference/articles"

    /// `--accuracy [DIR]`: the actor and attribution figures on the annotated articles in DIR.
    var accuracy: String?
    /// `--attributions [DIR]`: the attribution figures alone.
    var attributions: String?
    /// `--mistakes` (or `--misses`): list each mistake under the figures.
    var mistakes = false
    /// `--quick`: fewer runs, no 30 MB text.
    var quick = false
    /// `--json PATH`: also write the figures as JSON.
    var json: String?
    /// `--rss N`: the child mode the benchmark starts itself, one size measured in a fresh process.
    var rss: Int?
    var help = false

    /// Reads `arguments`; the error is the first thing wrong with them, as one line.
    static func parse(_ arguments: [String]) -> Result<BenchmarkArguments, Problem> {
        var options = BenchmarkArguments()
        var index = 0
        /// The value after the flag at `index`, unless it is another flag.
        func value() -> String? {
            index + 1 < arguments.count && !arguments[index + 1].hasPrefix("--") ? arguments[index + 1] : nil
        }
        while index < arguments.count {
            let argument = arguments[index]
            switch argument {
            case "--help", "-h": options.help = true
            case "--quick": options.quick = true
            case "--mistakes", "--misses": options.mistakes = true
            case "--accuracy", "--attributions":
                let directory = value()
                if directory != nil { index += 1 }
                if argument == "--accuracy" { options.accuracy = directory ?? referenceDirectory }
                else { options.attributions = directory ?? referenceDirectory }
            case "--json":
                guard let path = value() else { return .failure(Problem("--json needs a value")) }
                options.json = path
                index += 1
            case "--rss":
                guard let text = value(), let times = Int(text) else { return .failure(Problem("--rss takes one number")) }
                options.rss = times
                index += 1
            default:
                return .failure(Problem("unknown argument '\(argument)'"))
            }
            index += 1
        }
        return .success(options)
    }

    /// What is wrong with a command line, as one line.
    struct Problem: Error {
        let message: String
        init(_ message: String) { self.message = message }
    }
}
