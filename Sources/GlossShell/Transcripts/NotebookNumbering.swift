/// How a notebook numbers Gloss cells, the one rule `export ipynb`, the kernel's execute and `gloss check` of a
/// notebook share. Jupyter sends only code cells to the kernel, so a Gloss cell's number (its execution count,
/// what `$N` names) counts the Gloss cells made by code-cell lines before it, in order; notes, which a notebook
/// keeps as Markdown cells, do not count.
public struct NotebookNumbering: Sendable {
    /// Whether a session's cell becomes a code cell of the notebook (a note becomes a Markdown cell).
    public static func isCode(_ cell: Cell) -> Bool { cell.kind == .command }

    /// The execution count of the code cell a session is about to run: the number of the Gloss cell its first
    /// line makes. Every cell of a kernel's (or a check's) session came from a code-cell line, so that is the
    /// session's next cell number, and a code cell that makes no Gloss cell (only comments) shows the same.
    public static func executionCount(next session: Session) -> Int { session.workspace.nextCellNumber }

    /// The execution count a stored code cell gets when Jupyter runs the notebook in order: none for a blank
    /// cell, which Jupyter never sends to the kernel, else the kernel's.
    public static func executionCount(ofCodeCell source: String, next session: Session) -> Int? {
        source.allSatisfy(\.isWhitespace) ? nil : executionCount(next: session)
    }

    /// The notebook number of each session cell that becomes a code cell, by session number.
    private let numbers: [Int: Int]
    /// The session's cells that become Markdown cells, by number (so a reference to one can say so).
    private let notes: Set<Int>

    /// The numbers a session's cells get in the notebook `export ipynb` writes for them.
    public init(_ cells: [Cell]) {
        var numbers = [Int: Int]()
        var notes = Set<Int>()
        for cell in cells {
            if Self.isCode(cell) { numbers[cell.number] = numbers.count + 1 } else { notes.insert(cell.number) }
        }
        self.numbers = numbers
        self.notes = notes
    }

    /// The notebook number of session cell `number`, or nil for a note or a number the session never recorded.
    public func number(ofCell number: Int) -> Int? { numbers[number] }

    /// A session cell's input as the notebook's code cell runs it: each `$N` renumbered to the notebook number
    /// of the cell it named, with a remark for each one kept as written (it names a note or no recorded cell).
    public func source(of cell: Cell, registry: CommandRegistry = .standard) -> (input: String, remarks: [String]) {
        let rewrite = ReferenceRewriter(registry: registry).rewrite(cell.input) { numbers[$0] }
        let remarks = rewrite.kept.map { n in
            "$\(n) in cell \(cell.number) kept as written: cell \(n) is " + (notes.contains(n) ? "a note" : "not a recorded cell")
        }
        return (rewrite.line, remarks)
    }
}
