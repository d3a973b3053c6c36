import GlossCore

/// The cells a replay will run, read from a script (`.gloss`) or a transcript (`.md`).
public struct ReplayPlan: Sendable {
    /// One input line and where it is in the file.
    public struct Step: Sendable, Equatable {
        public let input: String
        public let line: Int
    }

    public let path: String
    public let steps: [Step]
    /// The header, when the file is a transcript.
    public let header: Transcript.Header?
    /// Replays of files confine reads and writes to the working directory; recovering one's own journal does not.
    public let confined: Bool
    /// The journal that `recover` restores; the session deletes it once its cells have run again.
    let recoveredJournal: String?

    /// The largest script or transcript Gloss reads.
    static let maximumBytes = 64 * 1024 * 1024

    /// Reads a file to replay: a notebook when it ends in `.ipynb`, a transcript when it ends in `.md`, else a script.
    public static func load(_ path: String) throws(ShellError) -> ReplayPlan {
        if path.hasSuffix(".ipynb") { return try Notebook.load(path).replayPlan() }
        let bytes: [UInt8]
        do {
            bytes = try FileReader.readBytes(atPath: path, limit: maximumBytes)
        } catch {
            throw .article(error)
        }
        if path.hasSuffix(".md") || path.hasSuffix(".markdown") {
            return ReplayPlan(transcript: try TranscriptParser.parse(bytes, path: path), path: path)
        }
        return ReplayPlan(path: path, steps: try script(bytes, path: path), header: nil, confined: true, recoveredJournal: nil)
    }

    /// The plan that replays a transcript's notes and cells in order.
    public init(transcript: Transcript, path: String, confined: Bool = true, recoveredJournal: String? = nil) {
        self.path = path
        self.header = transcript.header
        self.confined = confined
        self.recoveredJournal = recoveredJournal
        steps = transcript.entries.enumerated().map { k, entry in
            Step(input: Transcript.input(of: entry), line: k < transcript.lines.count ? transcript.lines[k] : 0)
        }
    }

    init(path: String, steps: [Step], header: Transcript.Header?, confined: Bool, recoveredJournal: String?) {
        self.path = path
        self.steps = steps
        self.header = header
        self.confined = confined
        self.recoveredJournal = recoveredJournal
    }

    /// A script's commands: one a line, `#` comments and blank lines skipped, a trailing backslash continuing the line.
    public static func script(_ bytes: [UInt8], path: String) throws(ShellError) -> [Step] {
        var steps = [Step]()
        var continuation = LineContinuation()
        var firstLine = 0
        func add(_ input: String) {
            let trimmed = input.trimmingSpaces()
            if !trimmed.isEmpty && !trimmed.hasPrefix("#") { steps.append(Step(input: trimmed, line: firstLine)) }
        }
        let lines = try TranscriptParser.textLines(bytes, path: path)
        for (k, line) in lines.enumerated() {
            if !continuation.isContinuing { firstLine = k + 1 }
            if let input = continuation.add(line) { add(input) }
        }
        if let rest = continuation.finish() { add(rest) }
        return steps
    }

    /// A line saying that a transcript was recorded on another article than `article`, or nil when it was not.
    public func articleNotice(for article: Article) -> String? {
        guard let header, header.sha256 != article.sha256 else { return nil }
        return "\(path) was recorded on \(header.article) (sha256 \(header.sha256.prefix(12))…); "
            + "replaying on \(article.source) (sha256 \(article.sha256.prefix(12))…)"
    }
}
