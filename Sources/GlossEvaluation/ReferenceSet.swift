import Foundation
import GlossCore

/// A hand-annotated news article: its text and what a careful reader found in it.
/// The file format is described in Tests/Reference/FORMAT.md.
public struct ReferenceArticle: Sendable {
    /// Which use an article may be put to: `dev` may be read while tuning; `heldout` is only scored.
    public enum Split: String, Sendable { case dev, heldout }

    /// An actor the reader found: its kind, canonical name, and every form the text uses.
    public struct ActorEntry: Sendable, Hashable {
        public let kind: ActorKind
        public let name: String
        public let forms: [String]
    }

    /// A reported statement: direct (in quotation marks) or indirect, with its speaker (nil when unnamed).
    public struct SayEntry: Sendable, Hashable {
        public enum Kind: String, Sendable { case direct, indirect }
        public let kind: Kind
        /// The canonical name of one of the article's actor entries, or nil for an unnamed source.
        public let speaker: String?
        public let cue: String
        /// An exact substring of the article from the reported content.
        public let content: String
    }

    /// Where a reference article comes from, read off its stem's prefix (FORMAT.md names the stems), so
    /// that the figures can be given per kind of writing as well as in all.
    public enum Collection: String, Sendable, CaseIterable {
        /// `lee-NNN`: ABC News Online, 2001 (gensim's Lee corpus).
        case lee
        /// `web-SITE-KEY`: English web news of 2019 (Zyte's article-extraction-benchmark).
        case web
        /// `rd-NAME`: English web news of 2013–2017 (Mozilla Readability's test pages).
        case readability
        /// `tf-SITE-TOPIC`: English web news of 2019 onwards (trafilatura's test pages).
        case trafilatura
        /// `gs-NAME`: US and UK web news of 2010–2014 (goose3's test pages).
        case goose
        /// `us-…`, `uk-…`, `wire-…`: newspaper3k's test articles and NASA releases.
        case press

        public init(id: String) {
            if id.hasPrefix("lee-") { self = .lee }
            else if id.hasPrefix("web-") { self = .web }
            else if id.hasPrefix("rd-") { self = .readability }
            else if id.hasPrefix("tf-") { self = .trafilatura }
            else if id.hasPrefix("gs-") { self = .goose }
            else { self = .press }
        }
    }

    /// The file stem, e.g. "lee-012".
    public let id: String
    public var collection: Collection { Collection(id: id) }
    public let text: String
    /// The `# source:` line.
    public let source: String
    public let split: Split
    public let actors: [ActorEntry]
    /// Capitalised phrases that must not be actors.
    public let nonActors: [String]
    public let says: [SayEntry]
}

/// Reading reference annotations; errors name the file and line.
public enum ReferenceSet {
    /// A malformed annotation line.
    public struct FormatError: Error, CustomStringConvertible {
        public let file: String
        public let line: Int
        public let message: String
        public var description: String { "\(file):\(line): \(message)" }
    }

    /// Every article in `directory` (pairs STEM.txt + STEM.ref), sorted by id.
    public static func load(directory: String) throws -> [ReferenceArticle] {
        var stems = [String]()
        for name in try FileManager.default.contentsOfDirectory(atPath: directory) where name.hasSuffix(".ref") {
            stems.append(String(name.dropLast(4)))
        }
        return try stems.sorted().map { stem in
            let textBytes = try FileReader.readBytes(atPath: directory + "/" + stem + ".txt")
            let refBytes = try FileReader.readBytes(atPath: directory + "/" + stem + ".ref")
            let text = try TextDecoder.decode(textBytes, name: stem + ".txt")
            return try parse(id: stem, text: text, annotation: String(decoding: refBytes, as: UTF8.self))
        }
    }

    /// Parses one `.ref` annotation for the article `text`.
    public static func parse(id: String, text: String, annotation: String) throws(FormatError) -> ReferenceArticle {
        var source = "", split = ReferenceArticle.Split.dev
        var actors = [ReferenceArticle.ActorEntry](), nonActors = [String](), says = [ReferenceArticle.SayEntry]()
        for (n, raw) in annotation.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingSpaces
            func fail(_ message: String) -> FormatError { FormatError(file: id + ".ref", line: n + 1, message: message) }
            if line.isEmpty { continue }
            if line.hasPrefix("#") {
                let body = line.dropFirst().trimmingSpaces
                if body.hasPrefix("source:") { source = String(body.dropFirst(7)).trimmingSpaces }
                if body.hasPrefix("split:") {
                    let word = String(body.dropFirst(6)).trimmingSpaces.split(separator: " ").first.map(String.init) ?? ""
                    guard let s = ReferenceArticle.Split(rawValue: word) else { throw fail("split must be dev or heldout") }
                    split = s
                }
                continue
            }
            let fields = line.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
            let head = fields[0].split(separator: " ").map(String.init)
            switch head.first {
            case "actor":
                guard head.count == 2, fields.count == 3 else { throw fail("expected: actor KIND | NAME | FORM ; FORM") }
                guard let kind = kinds[head[1]] else { throw fail("unknown kind \(head[1])") }
                let forms = fields[2].split(separator: ";").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
                for form in forms where !text.contains(form) { throw fail("form not in the text: \(form)") }
                actors.append(.init(kind: kind, name: fields[1], forms: forms))
            case "not":
                guard fields.count == 2 else { throw fail("expected: not | TEXT") }
                nonActors.append(stripComment(fields[1]))
            case "say":
                guard head.count == 2, let kind = ReferenceArticle.SayEntry.Kind(rawValue: head[1]), fields.count == 4 else {
                    throw fail("expected: say direct|indirect | SPEAKER | CUE | CONTENT")
                }
                let content = stripComment(fields[3])
                guard text.contains(content) else { throw fail("content not in the text: \(content)") }
                says.append(.init(kind: kind, speaker: fields[1] == "-" ? nil : fields[1], cue: fields[2], content: content))
            default:
                throw fail("unknown line")
            }
        }
        let names = Set(actors.map(\.name))
        for s in says { if let sp = s.speaker, !names.contains(sp) { throw FormatError(file: id + ".ref", line: 0, message: "speaker is not an actor: \(sp)") } }
        return ReferenceArticle(id: id, text: text, source: source, split: split, actors: actors, nonActors: nonActors, says: says)
    }

    private static let kinds: [String: ActorKind] = ["person": .person, "state": .state, "org": .organisation, "place": .place]

    /// Drops a trailing "   (comment)" written after three or more spaces.
    private static func stripComment(_ s: String) -> String {
        guard let r = s.range(of: "   (") else { return s }
        return String(s[..<r.lowerBound]).trimmingSpaces
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s = s.dropLast() }
        return String(s)
    }
}
