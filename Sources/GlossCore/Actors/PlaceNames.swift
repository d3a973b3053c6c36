/// Towns, cities and subdivisions beyond the gazetteer's states and capitals, with their state:
/// GeoNames places (population cut-off in the generator) and ISO 3166-2 subdivisions.
public enum PlaceNames {
    static let table = SortedTable(table: PlaceNameData.table)

    /// The state of the place a name denotes ("Goulburn" → Australia, "Bavaria" → Germany), or nil
    /// when the table does not know the name (case-insensitive, full stops and diacritics ignored).
    public static func state(ofPlace name: String) -> String? { state(forKey: NameKey.key(name)) }

    /// As `state(ofPlace:)`, for a name already folded by `NameKey.key`.
    static func state(forKey key: String) -> String? {
        guard let code = table.value(for: key) else { return nil }
        return table.value(for: "~" + code).map(String.init)
    }

    /// Whether some place name of two or more words starts with these folded words.
    static func hasLongerName(startingWith key: String) -> Bool { table.hasPhrase(startingWith: key) }
}
