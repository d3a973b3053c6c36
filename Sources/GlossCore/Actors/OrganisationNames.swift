/// Listed companies by the names news uses ("Boeing", "Home Depot", "Lufthansa"), from the constituents
/// of 20 stock indices (pytickersymbols, MIT; generator: Generator/make_organisations.py).
public enum OrganisationNames {
    static let table = SortedTable(table: OrganisationNameData.table)

    /// A company the table knows: its short name, the index it is listed in, and how the form looked up
    /// must be written to count.
    public struct Company: Sendable, Hashable {
        public let name: String
        public let index: String
        public let writing: Writing
        /// The form names the company on its own; a weak form (an ordinary word or a person's name: "Apple",
        /// "Honda") only in a text that also names the company by a strong one ("Apple Inc.", "Honda Motor").
        public let standsAlone: Bool
    }

    /// How a form must be written to name the company.
    public enum Writing: Sendable, Hashable {
        /// With some lower-case letter ("Boeing"; not "BOEING" in a headline).
        case mixedCase
        /// In capitals: an acronym ("RWE", "AT&T").
        case capitals
        /// Followed by a possessive ’s ("Lowe’s", "McDonald’s"): without it, the word is a surname.
        case possessive
    }

    /// The company a name denotes ("The Boeing Company", "Boeing Co." → Boeing), or nil. Case-insensitive,
    /// full stops and diacritics ignored; "&" and other signs are word breaks ("AT&T").
    public static func company(named name: String) -> Company? {
        company(forKey: Tokenizer.foldedWords(of: name).map(NameKey.key).joined(separator: " "))
    }

    /// As `company(named:)`, for a name folded word by word and joined with spaces (as the extractor keys
    /// a run of words): the key itself, else the key without a trailing legal form ("boeing co" → boeing).
    static func company(forKey key: String) -> Company? {
        if let found = entry(key) { return found }
        guard let stripped = withoutLegalForm(key) else { return nil }
        return entry(stripped)
    }

    /// The key without one trailing legal form ("acme robotics inc" → "acme robotics"), or nil.
    static func withoutLegalForm(_ key: String) -> String? {
        for suffix in legalForms where key.hasSuffix(suffix) && key.utf8.count > suffix.utf8.count {
            return String(key.dropLast(suffix.count))
        }
        return nil
    }

    /// The extractor's droppable legal forms, longest first (" co ltd" before " ltd").
    private static let legalForms = ExtractionWords.droppableLegalForms.sorted { $0.count > $1.count }

    /// The line of `key`: "index<TAB>case<TAB>name" (case: c, u or p, then w for a weak form).
    private static func entry(_ key: String) -> Company? {
        guard let value = table.value(for: key) else { return nil }
        let fields = value.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
        guard fields.count == 3, let index = table.value(for: "~" + fields[0]) else { return nil }
        let writing: Writing = fields[1].hasPrefix("u") ? .capitals : fields[1].hasPrefix("p") ? .possessive : .mixedCase
        return Company(name: String(fields[2]), index: String(index), writing: writing, standsAlone: !fields[1].hasSuffix("w"))
    }
}
