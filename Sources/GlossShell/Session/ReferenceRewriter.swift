import GlossCore

/// Renumbers the `$N` references of a command line in place. Only words a command reads as a sentence reference
/// are touched (its declared REF argument, found with the one lexer and the one option parser), so text in other
/// arguments (`find "$3"`, `--note "see $3"`) and notes stay as written.
public struct ReferenceRewriter {
    public let registry: CommandRegistry

    public init(registry: CommandRegistry = .standard) {
        self.registry = registry
    }

    /// What rewriting a line gave: the new line, and the cell numbers it kept as written because `number` had
    /// none for them (in the order they occur).
    public struct Rewrite: Equatable, Sendable {
        public let line: String
        public let kept: [Int]
    }

    /// The line with each `$N` in a reference argument replaced by `$number(N)`. A line that does not parse, a
    /// stage whose command or options are unknown, and a note are returned unchanged: they name no reference.
    public func rewrite(_ line: String, _ number: (Int) -> Int?) -> Rewrite {
        guard registry.note(in: line) == nil, case .success(let spanned) = CommandLineParser.spannedWords(line) else {
            return Rewrite(line: line, kept: [])
        }
        var replacements = [(range: Range<Int>, text: String)]()
        var kept = [Int]()
        // The stages of the pipeline, as the parser splits them: the words between pipes.
        for (k, stage) in CommandLineParser.stages(spanned, isPipe: { $0.token == .pipe }).enumerated() {
            for (word, range) in references(in: stage, piped: k > 0) {
                guard case .success(let selector) = SentenceSelector.parse(word), !selector.cellNumbers.isEmpty else { continue }
                kept += selector.cellNumbers.filter { number($0) == nil }
                let renumbered = selector.renumberingCells(number)
                if renumbered.items != selector.items { replacements.append((range, renumbered.source)) }
            }
        }
        guard !replacements.isEmpty else { return Rewrite(line: line, kept: kept) }
        var scalars = Array(line.unicodeScalars)
        // From the end, so earlier offsets stay valid; the canonical form needs no quoting.
        for (range, text) in replacements.reversed() { scalars.replaceSubrange(range, with: text.unicodeScalars) }
        return Rewrite(line: String(String.UnicodeScalarView(scalars)), kept: kept)
    }

    /// The words of one stage that its command reads as sentence references, with where they were written.
    /// Positionals fill the declared arguments in order; after a pipe the piped sentences stand in for REF,
    /// unless more words are given than the piped form takes (`… | read $3` still reads its REF).
    private func references(in stage: [CommandLineParser.Spanned], piped: Bool) -> [(String, Range<Int>)] {
        let words = stage.compactMap(\.token.word)
        guard let name = words.first, let command = registry.command(named: name),
              let arguments = try? Arguments(Array(words.dropFirst()), spec: command.spec) else { return [] }
        var declared = command.spec.arguments(piped: piped)
        if piped && arguments.positional.count > declared.count { declared = command.spec.arguments }
        var found = [(String, Range<Int>)]()
        for (argument, (word, index)) in zip(declared, zip(arguments.positional, arguments.positionalIndices))
        where argument.completion == .refs {
            found.append((word, stage[index + 1].range))
        }
        return found
    }
}
