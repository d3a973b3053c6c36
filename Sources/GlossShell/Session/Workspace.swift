import GlossCore

/// The session's state: the article and the ordered cells, from which the annotations and settings are
/// derived by folding; plus the session's own `context`, which is not folded (see `SessionContext`).
public struct Workspace: Sendable {
    /// The article the session opened with; `load` cells may switch away from it.
    public let initialArticle: Article
    /// The display settings the session opened with.
    public let initialSettings: Settings
    public private(set) var cells: [Cell] = []
    /// What the session tracks beside the cells (file policy, where it was saved, journals, replays): not folded.
    public var context = SessionContext()

    // Derived state: recomputed from `cells` by `fold`, never edited directly.
    public private(set) var article: Article
    public private(set) var settings: Settings
    /// The tags, in id order, orphaned ones included.
    public private(set) var tags: [Tag] = []
    /// Numbers of the cells whose effects an `undo` has reverted.
    public private(set) var undoneCells: Set<Int> = []
    /// The id the next tag gets: ids are never reused, so cells later undone still count.
    public private(set) var nextTagID = 1
    /// The actors as extracted from the current article, before the user's corrections.
    public private(set) var extractedActors: ActorAnalysis
    /// The user's corrections to the actor list, in order; they carry over to a newly loaded article.
    public private(set) var actorCorrections: [ActorCorrection] = []
    /// The actors: the extracted ones with the corrections applied.
    public private(set) var actors: ActorAnalysis {
        didSet { attributions = AttributionAnalysis(article: article, actors: actors) }
    }
    /// Who said what, with speakers resolved to the current actors (follows every change to them).
    public private(set) var attributions: AttributionAnalysis

    /// The actors the session opened with (extracted once, reused whenever the cells are folded again).
    private let initialActors: ActorAnalysis

    public init(article: Article, settings: Settings = Settings()) {
        self.initialArticle = article
        self.initialSettings = settings
        self.article = article
        self.settings = settings
        let actors = ActorAnalysis(article: article)
        self.initialActors = actors
        self.extractedActors = actors
        self.actors = actors
        self.attributions = AttributionAnalysis(article: article, actors: actors)
    }

    /// The number the next cell will get.
    public var nextCellNumber: Int { cells.count + 1 }

    /// Appends a completed cell and applies its effect. An undo re-folds every cell from the start.
    public mutating func append(_ cell: Cell) {
        cells.append(cell)
        guard let effect = cell.effect else { return }
        if case .undo = effect {
            refold()
        } else {
            apply(effect)
        }
    }

    /// The last cell whose effect `undo` would revert, if any.
    public var lastUndoableCell: Cell? {
        cells.last { cell in !cell.failed && cell.effect?.isUndoable == true && !undoneCells.contains(cell.number) }
    }

    /// Recomputes the derived state from the initial article and settings and the cells.
    private mutating func refold() {
        article = initialArticle
        settings = initialSettings
        extractedActors = initialActors
        actorCorrections = []
        actors = initialActors
        tags = []
        // Undo cells first: each names the cell it reverts, so the undone set is known before folding.
        undoneCells = []
        for cell in cells {
            if case .undo(let target) = cell.effect { undoneCells.insert(target) }
        }
        for cell in cells {
            guard let effect = cell.effect, !undoneCells.contains(cell.number) else { continue }
            apply(effect)
        }
    }

    /// One step of the fold. Actor corrections are folded the same way as tags.
    mutating func apply(_ effect: Effect) {
        switch effect {
        case .loadArticle(let a, let extracted):
            tags = tags.map { $0.reanchored(in: a).tag }
            article = a
            extractedActors = extracted
            actors = extracted.applying(actorCorrections)
        case .actorCorrection(let correction):
            actorCorrections.append(correction)
            actors = actors.applying(correction)
        case .setting(let s): settings = s
        case .tag(let added):
            tags.append(contentsOf: added)
            nextTagID = max(nextTagID, (added.map(\.id).max() ?? 0) + 1)
        case .untag(let ids): tags.removeAll { ids.contains($0.id) }
        case .undo(let target): undoneCells.insert(target)
        }
    }

    /// The tag with an id, if it exists now.
    public func tag(_ id: Int) -> Tag? { tags.first { $0.id == id } }

    /// The sentences of cell `written`'s result (offset while replaying), or of the last result with sentences when nil.
    public func sentences(ofCell written: Int?) -> Result<[Int], ReferenceError> {
        guard let written else {
            guard let last = cells.last(where: { $0.sentences != nil && !$0.failed }), let s = last.sentences else {
                return .failure(.noResult("$: no result with sentences yet"))
            }
            return .success(s)
        }
        let number = written + context.replayBase
        guard written >= 1, number <= cells.count else {
            return .failure(.noResult("$\(written): no cell \(written)" + (cells.isEmpty ? " (no cells yet)" : " (cells run 1–\(cells.count))")))
        }
        let cell = cells[number - 1]
        if cell.failed { return .failure(.noResult("$\(written): cell \(written) failed, so it has no result")) }
        guard let s = cell.sentences else {
            return .failure(.noResult("$\(written): cell \(written) (\(cell.input.split(separator: " ").first ?? "")) has no sentences in its result"))
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
