import GlossCore

/// The session's state: the article and the ordered cells. Everything else is derived by folding the cells.
public struct Workspace: Sendable {
    /// The article the session opened with; `load` cells may switch away from it.
    public let initialArticle: Article
    public private(set) var article: Article
    public private(set) var cells: [Cell] = []
    public private(set) var settings: Settings
    /// Which files commands may read and write (confined while replaying someone else's file).
    public var policy: FilePolicy = .unrestricted

    public init(article: Article, settings: Settings = Settings()) {
        self.initialArticle = article
        self.article = article
        self.settings = settings
    }

    /// The number the next cell will get.
    public var nextCellNumber: Int { cells.count + 1 }

    /// Appends a completed cell and applies its effect.
    public mutating func append(_ cell: Cell) {
        cells.append(cell)
        if let effect = cell.effect { apply(effect) }
    }

    private mutating func apply(_ effect: Effect) {
        switch effect {
        case .loadArticle(let a): article = a
        case .setting(let s): settings = s
        case .quit: break
        }
    }

    /// The sentences of cell `number`'s result, or of the last result with sentences when nil.
    public func sentences(ofCell number: Int?) -> Result<[Int], ReferenceError> {
        guard let number else {
            guard let last = cells.last(where: { $0.sentences != nil && !$0.failed }), let s = last.sentences else {
                return .failure(.noResult("$: no result with sentences yet"))
            }
            return .success(s)
        }
        guard number >= 1, number <= cells.count else {
            return .failure(.noResult("$\(number): no cell \(number)" + (cells.isEmpty ? " (no cells yet)" : " (cells run 1–\(cells.count))")))
        }
        let cell = cells[number - 1]
        if cell.failed { return .failure(.noResult("$\(number): cell \(number) failed, so it has no result")) }
        guard let s = cell.sentences else {
            return .failure(.noResult("$\(number): cell \(number) (\(cell.input.split(separator: " ").first ?? "")) has no sentences in its result"))
        }
        return .success(s)
    }

    /// The sentence ids a reference expression selects.
    public func resolve(_ reference: String) -> Result<[Int], ShellError> {
        switch SentenceSelector.parse(reference) {
        case .failure(let e): return .failure(.reference(e))
        case .success(let selector):
            switch selector.resolve(in: article, cellResult: { sentences(ofCell: $0) }) {
            case .success(let ids): return .success(ids)
            case .failure(let e): return .failure(.reference(e))
            }
        }
    }
}
