import GlossCore
import GlossShell


// The Gloss benchmark: release build only. `swift run -c release gloss-benchmark [--json PATH] [--quick]`,
// or `--accuracy [DIR] [--mistakes]` for the actor and attribution figures on the hand-annotated
// articles (`--attributions [DIR] [--misses]` for the attribution figures alone).
// It makes its own inputs from the bundled article and prints a table of medians.

let arguments = Array(CommandLine.arguments.dropFirst())

let usage = """
    usage: gloss-benchmark [--quick] [--json PATH]
           gloss-benchmark --accuracy [DIR] [--mistakes]
           gloss-benchmark --attributions [DIR] [--misses]

    Times loading, analysis, queries and replay on the bundled article and on 3 MB and 30 MB texts
    made from it, and prints a table of medians (release build only). --accuracy scores the actors
    and the attributions against the hand-annotated articles (Tests/Reference/articles by default).
    """

// Arguments are read before anything runs: a mistyped flag must not start a minutes-long run.
let options: BenchmarkArguments
switch BenchmarkArguments.parse(arguments) {
case .success(let parsed): options = parsed
case .failure(let problem):
    Terminal.writeError("gloss-benchmark: \(problem.message); --help for usage\n")
    exit(2)
}
if options.help {
    print(usage)
    exit(0)
}

/// The article repeated `times` times with blank lines between: a long article of realistic text.
func repeated(_ times: Int) -> String {
    var s = ""
    s.reserveCapacity((BundledArticle.text.utf8.count + 2) * times)
    for k in 0..<times {
        if k > 0 { s += "\n\n" }
        s += BundledArticle.text
    }
    return s
}

/// Load and analyse `text` as the shell does: decode bytes, build the article and its derived analyses.
func load(_ bytes: [UInt8]) -> Workspace {
    let text = (try? TextDecoder.decode(bytes, name: "bench")) ?? ""
    let article = Article(text: text, source: "bench", sha256: SHA256.hexDigest(bytes))
    return Workspace(article: article)
}

// Accuracy mode: the actor and the attribution analyses scored against the hand-annotated articles.
if let directory = options.accuracy {
    let status = Accuracy.run(directory: directory, showMistakes: options.mistakes)
    if status == 0 { for line in AttributionAccuracy.report(directory: directory, misses: options.mistakes) { print(line) } }
    exit(status)
}

// Child mode: report the peak RSS after loading one size, so each size is measured in a fresh process.
if let times = options.rss {
    let bytes = Array((times == 1 ? BundledArticle.text : repeated(times)).utf8)
    let workspace = load(bytes)
    print(Clock.peakRSS(), workspace.article.sentences.count)
    exit(0)
}

// Attribution figures alone on the reference articles (`--attributions [DIR] [--misses]`); `--accuracy` prints them too.
if let directory = options.attributions {
    for line in AttributionAccuracy.report(directory: directory, misses: options.mistakes) { print(line) }
    exit(0)
}

let quick = options.quick
let jsonPath = options.json
var report = Report()

// 1. Load and analysis per size.
let sizes: [(String, Int, Int)] = quick ? [("article", 1, 21), ("3 MB", 700, 3)] : [("article", 1, 51), ("3 MB", 700, 7), ("30 MB", 7000, 3)]
var workspaces = [String: Workspace]()
for (label, times, runs) in sizes {
    let bytes = Array((times == 1 ? BundledArticle.text : repeated(times)).utf8)
    var workspace: Workspace?
    let seconds = Clock.median(runs: runs) { workspace = load(bytes) }
    let mb = Double(bytes.count) / 1_000_000
    report.add(section: "load + analysis", name: label, seconds: seconds, extra: format2(mb / seconds) + " MB/s", runs: runs)
    if times <= 700 { workspaces[label] = workspace }
}

AttributionCost.add(to: &report, workspaces: workspaces, quick: quick)

// 2. Queries through the session, as a user types them.
let queries = QueryBench.commands
for label in ["article", "3 MB"] {
    guard let workspace = workspaces[label] else { continue }
    let session = Session(workspace: workspace)
    // A first cell so that $ and $N have something to refer to.
    _ = session.run("find Putin")
    for command in queries {
        if let error = session.run(command)?.error {
            report.add(section: "query (\(label))", name: command, seconds: nil, extra: "not measured: \(error)", runs: 0)
            continue
        }
        let seconds = Clock.median(runs: quick ? 5 : 21) { _ = session.run(command) }
        report.add(section: "query (\(label))", name: command, seconds: seconds, extra: "", runs: quick ? 5 : 21)
    }
}

// 3. Replay of a 10,000-cell script, in process, through the same path as `gloss replay`.
do {
    let script = (0..<10_000).map { QueryBench.replayLines[$0 % QueryBench.replayLines.count] }
    let seconds = Clock.median(runs: quick ? 1 : 3) {
        let session = Session(workspace: Workspace(article: ArticleLoader.bundled()))
        for line in script { _ = session.run(line) }
    }
    report.add(section: "replay", name: "10,000 cells", seconds: seconds, extra: "", runs: quick ? 1 : 3)
}

// 4. Peak memory per size, each in a fresh process.
for (label, times, _) in sizes {
    if let output = Child.run(CommandLine.arguments[0], ["--rss", "\(times)"]), let mb = Double(output.split(separator: " ").first ?? "") {
        report.add(section: "peak RSS", name: label, seconds: nil, extra: format2(mb) + " MB", runs: 1)
    }
}

// 5. Whole-process start-up of `gloss -c info`, when the gloss binary sits beside this one.
let glossPath = String(CommandLine.arguments[0].split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")) + "/gloss"
if access(glossPath, X_OK) == 0 {
    let runs = quick ? 11 : 51
    var times = [Double]()
    for _ in 0..<runs {
        let start = Clock.now()
        _ = Child.run(glossPath, ["-c", "info"])
        times.append(Clock.now() - start)
    }
    report.add(section: "start-up", name: "gloss -c info", seconds: Clock.medianOf(times), extra: "", runs: runs)
}

print(report.table())
if let jsonPath {
    let json = report.json()
    if let f = fopen(jsonPath, "w") {
        fputs(json, f)
        fclose(f)
        print("wrote \(jsonPath)")
    }
}
