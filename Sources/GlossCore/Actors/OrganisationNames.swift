/// Listed companies by the names news uses ("Boeing", "Home Depot", "Lufthansa", "Roku"), from the constituents
/// of 20 stock indices (pytickersymbols, MIT) and the US stock listings (investpy, MIT; generator:
/// Generator/make_organisations.py).
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
        var words = Tokenizer.foldedWords(of: name).map(NameKey.key)
        if words.count > 1, words[0] == "the" { words.removeFirst() }  // a run never starts with "The"
        return company(forKey: words.joined(separator: " "))
    }

    /// As `company(named:)`, for a name folded word by word and joined with spaces (as the extractor keys
    /// a run of words): the key itself, else the key without its trailing legal forms ("boeing co" → boeing,
    /// "acme co ltd" → acme).
    static func company(forKey key: String, in table: SortedTable = table) -> Company? {
        var key = key
        for _ in 0..<3 {
            if let found = entry(key, in: table) { return found }
            guard let stripped = withoutLegalForm(key) else { return nil }
            key = stripped
        }
        return nil
    }

    /// The key without its last word when that word is a legal form ("acme robotics inc" → "acme robotics"), or nil.
    static func withoutLegalForm(_ key: String) -> String? {
        let bytes = key.utf8
        guard let space = bytes.lastIndex(of: 0x20), legalForms.contains(String(key[key.index(after: space)...])) else { return nil }
        return String(key[..<space])
    }

    /// The words of the extractor's droppable legal forms (" co ltd" gives "co" and "ltd").
    static let legalForms = Set(ExtractionWords.droppableLegalForms.flatMap { $0.split(separator: " ").map(String.init) })

    /// The line of `key`: "index<TAB>case<TAB>name" (case: c, u or p, then w for a weak form).
    private static func entry(_ key: String, in table: SortedTable) -> Company? {
        guard let value = table.value(for: key) else { return nil }
        let fields = value.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
        guard fields.count == 3, let index = table.value(for: "~" + fields[0]) else { return nil }
        let writing: Writing = fields[1].hasPrefix("u") ? .capitals : fields[1].hasPrefix("p") ? .possessive : .mixedCase
        return Company(name: String(fields[2]), index: String(index), writing: writing, standsAlone: !fields[1].hasSuffix("w"))
    }
}
