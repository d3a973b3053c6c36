import GlossCore
import GlossShell

/// The fuzzing entry points: each takes arbitrary bytes, runs one parser or analysis on them, and traps
/// (`precondition`) when an invariant breaks. libFuzzer drives them (Sources/GlossFuzz, .ci/fuzz), and the
/// tests replay the corpus under Tests/FuzzCorpus through the same functions.
public enum FuzzTarget: String, CaseIterable, Sendable {
    case command
    case reference
    case transcript
    case analysis
    case message
    case notebook

    /// Runs the target on one input. Never throws: a bad input is an error value, only a broken invariant traps.
    public func run(_ bytes: [UInt8]) {
        switch self {
        case .command: Self.command(bytes)
        case .reference: Self.reference(bytes)
        case .transcript: Self.transcript(bytes)
        case .analysis: Self.analysis(bytes)
        case .message: Self.message(bytes)
        case .notebook: Self.notebook(bytes)
        }
    }

    /// Inputs longer than this are cut: the parsers are linear, so longer inputs only slow the fuzzer down.
    static let maximumBytes = 64 * 1024

    /// The bundled article, analysed once: references resolve against it.
    nonisolated(unsafe) static var bundled: Article = ArticleLoader.bundled()

    /// The command-line parser: any text parses or fails with one line; quoting a word and parsing it gives the word back.
    static func command(_ bytes: [UInt8]) {
        let line = String(decoding: bytes.prefix(maximumBytes), as: UTF8.self)
        switch CommandLineParser.parse(line) {
        case .failure(let error):
            precondition(!error.description.contains("\n"), "an error is one line")
        case .success(let invocations):
            for invocation in invocations {
                for word in [invocation.name] + invocation.arguments {
                    guard case .success(let again) = CommandLineParser.parse(CommandLineParser.quote(word)) else {
                        preconditionFailure("a quoted word parses: \(word.debugDescription)")
                    }
                    // A word that starts a comment (#…) quotes to itself inside quotes, so it always comes back.
                    precondition(again.count == 1 && again[0].name == word && again[0].arguments.isEmpty,
                                 "quote round-trips \(word.debugDescription)")
                }
            }
        }
    }

    /// The sentence-reference parser: parses or says why; what parses resolves to sorted, unique, valid ids or an error.
    static func reference(_ bytes: [UInt8]) {
        let text = String(decoding: bytes.prefix(4096), as: UTF8.self)
        guard case .success(let selector) = SentenceSelector.parse(text) else { return }
        let article = bundled
        let resolved = selector.resolve(in: article) { cell in
            // Cell 1 holds the first three sentences; every other cell has no result.
            if cell == nil || cell == 1 { return .success([0, 1, 2]) }
            return .failure(.noResult("no cell"))
        }
        if case .success(let ids) = resolved {
            precondition(ids == Array(Set(ids)).sorted(), "ids are sorted and unique")
            precondition(ids.allSatisfy { article.sentences.indices.contains($0) }, "ids exist")
        }
    }

    /// The transcript parser, strict and tolerant, and the script reader: a transcript or one error naming the file.
    static func transcript(_ bytes: [UInt8]) {
        let bytes = Array(bytes.prefix(maximumBytes))
        for tolerant in [false, true] {
            do {
                let transcript = try TranscriptParser.parse(bytes, path: "fuzz.md", tolerateTruncation: tolerant)
                precondition(transcript.lines.count == transcript.entries.count, "every entry has a line")
                // What parsed renders and parses again to the same cells.
                let again = try TranscriptParser.parse(Array(transcript.render().utf8), path: "again.md")
                precondition(again.cells.map(\.input) == transcript.cells.map(\.input), "cells survive a round trip")
            } catch {
                precondition(error.description.hasPrefix("fuzz.md") || error.description.hasPrefix("again.md"), "errors name the file")
            }
        }
        _ = try? ReplayPlan.script(bytes, path: "fuzz.gloss")
    }

    /// Decoding, segmentation, actor and attribution analysis: spans stay inside the text, in order, every
    /// mention is in its sentence, every attribution's content is a span of the text and its speaker an actor.
    static func analysis(_ bytes: [UInt8]) {
        guard let text = try? TextDecoder.decode(Array(bytes.prefix(maximumBytes)), name: "fuzz.txt") else { return }
        let article = Article(text: text, source: "fuzz.txt")
        let n = article.scalars.count
        var previousEnd = 0
        for (k, s) in article.sentences.enumerated() {
            precondition(s.id == k, "sentence ids are positions")
            precondition(s.start >= previousEnd && s.start < s.end && s.end <= n, "sentences are ordered non-empty spans")
            previousEnd = s.end
            for w in s.words { precondition(Int(article.words[w].sentence) == k, "words belong to their sentence") }
        }
        for p in article.paragraphs + (article.title.map { [$0] } ?? []) {
            precondition(p.sentences.allSatisfy { article.sentences.indices.contains($0) }, "paragraphs hold real sentences")
        }
        let analysis = ActorAnalysis(article: article)
        for actor in analysis.actors {
            for m in actor.mentions {
                let s = article.sentences[m.sentence]
                precondition(m.start >= s.start && m.start < m.end && m.end <= s.end, "a mention lies in its sentence")
            }
        }
        _ = analysis.cooccurrences()
        // Who said what: contents are spans of the text in their sentences, speakers are actors, in order.
        let said = AttributionAnalysis(article: article, actors: analysis)
        let names = Set(analysis.actors.map(\.name))
        var previousStart = 0
        for a in said.attributions {
            precondition(a.start >= previousStart, "attributions are in text order")
            previousStart = a.start
            precondition(!a.parts.isEmpty && a.parts.allSatisfy { $0.lowerBound < $0.upperBound && $0.upperBound <= n }, "content parts are non-empty spans of the text")
            precondition(a.start == a.parts[0].lowerBound && a.end == a.parts[a.parts.count - 1].upperBound, "offsets span the parts")
            precondition(article.sentences.indices.contains(a.sentence) && a.sentences.allSatisfy(article.sentences.indices.contains), "refs are sentences")
            precondition(a.speaker.map(names.contains) ?? true, "a speaker is an actor")
            precondition((a.speaker == nil) == (a.resolution == .unnamed || a.resolution == .unknown), "unnamed exactly when no actor")
        }
        for q in said.scareQuotes { precondition(q.start < q.end && q.end <= n, "scare quotes are spans of the text") }
    }

    /// The Jupyter message decoder and the JSON parser under it: frames (the input split at NUL bytes, signed
    /// with a fixed key when it asks) decode or are refused with one line; what decodes encodes and decodes again
    /// to the same message; JSON that parses writes and parses back to the same value.
    static func message(_ bytes: [UInt8]) {
        let bytes = Array(bytes.prefix(maximumBytes))
        if let value = try? JSONParser.parse(bytes) {
            precondition((try? JSONParser.parse(JSONWriter.compact(value))) == value, "compact JSON round-trips")
            precondition((try? JSONParser.parse(JSONWriter.write(value))) == value, "indented JSON round-trips")
        }
        var frames = bytes.split(separator: 0, omittingEmptySubsequences: false).map(Array.init)
        let key = Array("fuzz-key".utf8)
        // A first frame "sign" asks for the frames after the delimiter to be signed, so decoding gets past the signature.
        if frames.first == Array("sign".utf8), let d = frames.firstIndex(of: MessageCodec.delimiter), d + 5 < frames.count {
            frames[d + 1] = Array(HMACSHA256.hexMAC(key: key, parts: Array(frames[(d + 2)...(d + 5)])).utf8)
        }
        let codec = MessageCodec(key: key)
        do {
            let message = try codec.decode(frames)
            let again = try codec.decode(codec.encode(message))
            precondition(again == message, "a decoded message encodes and decodes to itself")
        } catch {
            precondition(!error.description.contains("\n"), "a refusal is one line")
        }
    }

    /// The notebook reader: a notebook or one error naming the file; what reads gives a replay plan or one error.
    static func notebook(_ bytes: [UInt8]) {
        do {
            let notebook = try Notebook(Array(bytes.prefix(maximumBytes)), path: "fuzz.ipynb")
            precondition(notebook.codeCells.allSatisfy { notebook.document["cells"]?.arrayValue?.indices.contains($0.index) == true },
                         "code cells are cells of the document")
            _ = try notebook.replayPlan()
        } catch {
            precondition(error.description.hasPrefix("fuzz.ipynb"), "errors name the file")
            precondition(!error.description.contains("\n"), "an error is one line")
        }
    }
}
