/// Reads the transcript format (FORMAT.md). Every problem is one `ShellError.transcript` naming the file and line.
public enum TranscriptParser {
    /// Parses a transcript's bytes. With `tolerateTruncation` (journals, which a crash can cut short),
    /// an unclosed last cell is dropped instead of being an error.
    public static func parse(_ bytes: [UInt8], path: String, tolerateTruncation: Bool = false) throws(ShellError) -> Transcript {
        guard !bytes.isEmpty else { throw .transcript(path: path, line: nil, message: "empty file, not a Gloss transcript") }
        let lines = try textLines(bytes, path: path)
        var i = 0
        func fail(_ line: Int, _ message: String) -> ShellError { .transcript(path: path, line: line, message: message) }

        // Front matter.
        guard lines.first == "---" else {
            throw fail(1, "not a Gloss transcript: the first line must be --- (the front matter)")
        }
        i = 1
        var fields = [String: (value: String, line: Int)]()
        while true {
            guard i < lines.count else { throw fail(1, "the front matter is not closed by a --- line") }
            let line = lines[i]
            i += 1
            if line == "---" { break }
            guard let colon = line.firstIndex(of: ":") else { throw fail(i, "expected 'key: value' in the front matter") }
            let key = String(line[..<colon]).trimmingSpaces()
            var value = String(line[line.index(after: colon)...]).trimmingSpaces()
            if value.hasPrefix("\"") {
                guard let unquoted = JSON.unquote(value) else { throw fail(i, "bad quoted value for \(key)") }
                value = unquoted
            }
            fields[key] = (value, i)
        }
        guard let version = fields["gloss-transcript"] else { throw fail(1, "not a Gloss transcript: no gloss-transcript version in the front matter") }
        guard let v = Int(version.value), v >= 1 else { throw fail(version.line, "bad format version '\(version.value)'") }
        guard v <= Transcript.formatVersion else {
            throw fail(version.line, "format version \(v) is newer than this Gloss reads (up to \(Transcript.formatVersion)); update Gloss")
        }
        guard let article = fields["article"], !article.value.isEmpty else { throw fail(1, "the front matter names no article") }
        guard let sha = fields["sha256"] else { throw fail(1, "the front matter has no sha256") }
        guard sha.value.utf8.count == 64, sha.value.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 102) }) else {
            throw fail(sha.line, "sha256 must be 64 lowercase hex digits")
        }
        let header = Transcript.Header(version: v, article: article.value, sha256: sha.value,
                                       title: fields["title"]?.value, saved: fields["saved"]?.value)

        // Body: notes and fenced blocks, in order.
        var entries = [Transcript.Entry]()
        var starts = [Int]()
        while i < lines.count {
            let line = lines[i]
            if line.trimmingSpaces().isEmpty { i += 1; continue }
            let start = i + 1
            if let fence = fenceOpening(line) {
                var body = [String]()
                var closed = false
                var j = i + 1
                while j < lines.count {
                    if isClosing(lines[j], length: fence.length) { closed = true; break }
                    body.append(lines[j])
                    j += 1
                }
                if !closed {
                    if tolerateTruncation { break }
                    throw fail(start, "the fenced block opened here is not closed (expected a line of \(fence.length) backticks)")
                }
                i = j + 1
                if fence.info == "gloss" || fence.info == "gloss error" {
                    guard let first = body.first, let (number, input) = promptLine(first) else {
                        throw fail(start + 1, "a gloss block starts with the cell's prompt and input: [N]> INPUT")
                    }
                    let output = body.dropFirst().joined(separator: "\n")
                    entries.append(.cell(.init(number: number, input: input, output: output, failed: fence.info == "gloss error")))
                } else {
                    // Another language's code block belongs to the notes, verbatim.
                    entries.append(.note(lines[(start - 1)...j].joined(separator: "\n")))
                }
                starts.append(start)
                continue
            }
            var paragraph = [line]
            i += 1
            while i < lines.count, !lines[i].trimmingSpaces().isEmpty, fenceOpening(lines[i]) == nil {
                paragraph.append(lines[i])
                i += 1
            }
            entries.append(.note(paragraph.joined(separator: "\n")))
            starts.append(start)
        }
        return Transcript(header: header, entries: entries, lines: starts)
    }

    /// The file's lines as text, or an error at the first line that is not UTF-8 text.
    static func textLines(_ bytes: [UInt8], path: String) throws(ShellError) -> [String] {
        var lines = [String]()
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var lineNumber = 1
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            var slice = bytes[start..<end]
            if slice.last == 0x0D { slice = slice.dropLast() }
            if slice.contains(0) { throw .transcript(path: path, line: lineNumber, message: "binary data (a NUL byte), not a transcript") }
            guard let line = String(validating: slice, as: UTF8.self) else {
                throw .transcript(path: path, line: lineNumber, message: "not UTF-8 text, not a transcript")
            }
            // The newline that ends the file does not start another line.
            if end == bytes.count && slice.isEmpty && start > 0 { break }
            lines.append(line)
            start = end + 1
            lineNumber += 1
        }
        return lines
    }

    /// A line that opens a fence: three or more backticks and an info string without backticks.
    static func fenceOpening(_ line: String) -> (length: Int, info: String)? {
        let length = line.prefix { $0 == "`" }.count
        guard length >= 3 else { return nil }
        let info = String(line.dropFirst(length)).trimmingSpaces()
        if info.contains("`") { return nil }
        return (length, info)
    }

    /// A line that closes a fence of `length` backticks: at least as many backticks, then only spaces.
    static func isClosing(_ line: String, length: Int) -> Bool {
        let run = line.prefix { $0 == "`" }.count
        return run >= length && line.dropFirst(run).allSatisfy { $0 == " " }
    }

    /// `[N]> INPUT` → (N, INPUT).
    static func promptLine(_ line: String) -> (Int, String)? {
        guard line.hasPrefix("["), let close = line.firstIndex(of: "]") else { return nil }
        guard let number = Int(line[line.index(after: line.startIndex)..<close]), number >= 1 else { return nil }
        let rest = line[line.index(after: close)...]
        guard rest.hasPrefix("> ") else { return nil }
        let input = String(rest.dropFirst(2))
        return input.isEmpty ? nil : (number, input)
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
