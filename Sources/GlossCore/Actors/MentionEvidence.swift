import Synchronization

/// Why the analysis made a mention and gave its actor its kind: the gazetteer entry or the rule
/// (`actor NAME --why`), so a reader can see a mistake's cause and correct it with alias/drop/rename.
public struct MentionEvidence: Sendable, Hashable {
    /// Which rule or gazetteer entry made the mention ("gazetteer: Sydney", "full name", "title “Mr”").
    public let rule: String
    /// Why the actor has its kind ("a place in the GeoNames table (Australia)", "head word “Bank”").
    public let kind: String

    public init(rule: String, kind: String) {
        self.rule = rule
        self.kind = kind
    }
}

/// The evidence of every mention the extractor made, looked up by the mention's start offset.
/// Kept compact (one small record per mention); the index is built on first question.
final class MentionProvenance: Sendable {
    /// (mention start, index into `evidence`), in extraction order.
    let records: [(start: Int32, evidence: Int32)]
    let evidence: [MentionEvidence]
    private let index = Mutex<[Int32: Int32]?>(nil)

    init(records: [(start: Int32, evidence: Int32)], evidence: [MentionEvidence]) {
        self.records = records
        self.evidence = evidence
    }

    static let empty = MentionProvenance(records: [], evidence: [])

    func evidence(forStart start: Int) -> MentionEvidence? {
        index.withLock { built in
            if built == nil {
                var table = [Int32: Int32](minimumCapacity: records.count)
                for r in records { table[r.start] = r.evidence }
                built = table
            }
            return built?[Int32(truncatingIfNeeded: start)].map { evidence[Int($0)] }
        }
    }
}
