import GlossCore

/// A Jupyter notebook (nbformat 4) read as a Gloss transcript: code cells are Gloss command lines with their text
/// outputs, markdown cells are notes. The document is kept whole, so `check --update` rewrites only the outputs
/// and keeps what Jupyter stored (metadata, cell ids, attachments).
public struct Notebook: Sendable {
    /// A code cell as the notebook stores it: its position, source and the text of its outputs.
    public struct StoredCell: Sendable, Equatable {
        /// Position in the notebook's cell list.
        public let index: Int
        public let source: String
        /// The concatenated text of its outputs (stream text, text/plain, error tracebacks).
        public let text: String
        /// Its execution count, nil when it has none (never run).
        public var executionCount: Int? = nil
    }

    /// The whole document as parsed.
    public private(set) var document: JSONValue
    public let path: String
    public let codeCells: [StoredCell]
    /// The notes (markdown cells), in order.
    public let notes: [String]
    /// The article and sha256 that `export ipynb` records in the metadata (absent in notebooks started in Jupyter).
    public let header: Transcript.Header?

    /// Outputs larger than this (one cell's text) are refused: a notebook that big is not a Gloss transcript.
    public static let maximumCellText = 8 << 20

    /// Reads a notebook from a file.
    public static func load(_ path: String) throws(ShellError) -> Notebook {
        let bytes: [UInt8]
        do { bytes = try FileReader.readBytes(atPath: path, limit: ReplayPlan.maximumBytes) } catch { throw .article(error) }
        return try Notebook(bytes, path: path)
    }

    /// Parses and checks a notebook; every problem is one error naming the file (and the cell).
    public init(_ bytes: [UInt8], path: String, maximumCellText: Int = Notebook.maximumCellText) throws(ShellError) {
        func fail(_ message: String) -> ShellError { .transcript(path: path, line: nil, message: message) }
        let document: JSONValue
        do { document = try JSONParser.parse(bytes) } catch { throw fail("not a notebook: \(error)") }
        guard case .object = document else { throw fail("not a notebook: not a JSON object") }
        guard let format = document["nbformat"]?.intValue else { throw fail("not a notebook: no nbformat") }
        guard format == 4 else { throw fail("nbformat \(format) is not supported: Gloss reads nbformat 4 (convert with jupyter nbconvert --to notebook)") }
        let metadata = document["metadata"]
        let language = metadata?["kernelspec"]?["language"]?.stringValue ?? metadata?["language_info"]?["name"]?.stringValue
        if let language, language != "gloss" {
            throw fail("a \(language) notebook, not a Gloss one: its code cells are not Gloss commands")
        }
        guard let cells = document["cells"]?.arrayValue else { throw fail("not a notebook: no cells list") }
        var codeCells = [StoredCell]()
        var notes = [String]()
        for (index, cell) in cells.enumerated() {
            let place = "cell \(index + 1)"
            guard let type = cell["cell_type"]?.stringValue else { throw fail("\(place) has no cell_type") }
            guard let source = CodeCell.string(cell["source"]) else { throw fail("\(place): source is not text") }
            switch type {
            case "markdown": notes.append(source)
            case "raw": continue
            case "code":
                if let cellLanguage = cell["metadata"]?["vscode"]?["languageId"]?.stringValue, cellLanguage != "gloss" {
                    throw fail("\(place) is a \(cellLanguage) cell, not Gloss")
                }
                var text = ""
                for output in cell["outputs"]?.arrayValue ?? [] {
                    guard let piece = Self.text(of: output) else { throw fail("\(place): an output Gloss cannot read") }
                    text += piece
                    guard text.utf8.count <= maximumCellText else {
                        throw fail("\(place): outputs over \(Self.size(maximumCellText)); Gloss checks smaller cells")
                    }
                }
                codeCells.append(StoredCell(index: index, source: source, text: text, executionCount: cell["execution_count"]?.intValue))
            default: throw fail("\(place): unknown cell_type '\(TextLayout.sanitize(String(type.prefix(40))))'")
            }
        }
        self.document = document
        self.path = path
        self.codeCells = codeCells
        self.notes = notes
        let gloss = metadata?["gloss"]
        if let article = gloss?["article"]?.stringValue, let sha = gloss?["sha256"]?.stringValue, !article.isEmpty {
            header = Transcript.Header(article: article, sha256: sha)
        } else {
            header = nil
        }
    }

    /// "8 MB", or bytes below a megabyte.
    private static func size(_ bytes: Int) -> String { bytes >= 1 << 20 ? "\(bytes >> 20) MB" : "\(bytes) bytes" }

    /// The text an output shows: stream text, text/plain of display data and results, an error's traceback.
    /// Other output types (none today) are not readable.
    static func text(of output: JSONValue) -> String? {
        switch output["output_type"]?.stringValue {
        case "stream": return CodeCell.string(output["text"])
        case "display_data", "execute_result": return CodeCell.string(output["data"]?["text/plain"]) ?? ""
        case "error":
            guard let lines = output["traceback"]?.arrayValue else { return nil }
            let parts = lines.compactMap(\.stringValue)
            return parts.isEmpty ? "" : parts.joined(separator: "\n") + "\n"
        default: return nil
        }
    }

    /// The plan that replays the notebook: each code cell's command lines, in order.
    public func replayPlan() throws(ShellError) -> ReplayPlan {
        var steps = [ReplayPlan.Step]()
        for cell in codeCells {
            for line in try CodeCell.lines(cell.source, path: path) {
                steps.append(ReplayPlan.Step(input: line, line: cell.index + 1))
            }
        }
        return ReplayPlan(path: path, steps: steps, header: header, confined: true, recoveredJournal: nil)
    }

    /// The document with a code cell's outputs and execution count replaced (`check --update`).
    public mutating func replaceOutputs(ofCellAt index: Int, with outputs: [JSONValue], executionCount: Int?) {
        replace(inCellAt: index, [("outputs", .array(outputs)), ("execution_count", executionCount.map(JSONValue.int) ?? .null)])
    }

    /// The document with a code cell's execution count replaced (`check --update` of a cell whose outputs agree).
    public mutating func replaceExecutionCount(ofCellAt index: Int, with executionCount: Int?) {
        replace(inCellAt: index, [("execution_count", executionCount.map(JSONValue.int) ?? .null)])
    }

    /// The document with members of a cell set (added when missing), everything else kept.
    private mutating func replace(inCellAt index: Int, _ values: [(String, JSONValue)]) {
        guard case .object(var members) = document, let k = members.firstIndex(where: { $0.0 == "cells" }),
              case .array(var cells) = members[k].1, cells.indices.contains(index), case .object(var cell) = cells[index] else { return }
        func set(_ key: String, _ value: JSONValue) {
            if let j = cell.firstIndex(where: { $0.0 == key }) { cell[j].1 = value } else { cell.append((key, value)) }
        }
        for (key, value) in values { set(key, value) }
        cells[index] = .object(cell)
        members[k].1 = .array(cells)
        document = .object(members)
    }

    /// Sets the metadata's gloss.sha256 (when the notebook records one), after `--update` on another article.
    public mutating func recordSHA256(_ sha256: String) {
        guard header != nil, case .object(var members) = document, let m = members.firstIndex(where: { $0.0 == "metadata" }),
              case .object(var metadata) = members[m].1, let g = metadata.firstIndex(where: { $0.0 == "gloss" }),
              case .object(var gloss) = metadata[g].1, let s = gloss.firstIndex(where: { $0.0 == "sha256" }) else { return }
        gloss[s].1 = .string(sha256)
        metadata[g].1 = .object(gloss)
        members[m].1 = .object(metadata)
        document = .object(members)
    }
}
