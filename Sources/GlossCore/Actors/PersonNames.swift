/// The likelier gender of a person, from a title or a first name.
public enum PersonGender: String, Sendable, Hashable {
    case female, male
}

/// First names (US Census 1990 lists, public domain): whether a word is a known first name, and the
/// gender the name usually goes with.
public enum PersonNames {
    static let table = SortedTable(table: FirstNameData.table)

    /// The likelier gender for a first name ("Claire" → female, "John" → male), or nil when the name
    /// is unknown or given to both about equally ("Jordan"). Case-insensitive.
    public static func gender(ofFirstName name: String) -> PersonGender? {
        switch table.value(for: NameKey.key(name)) {
        case "f": .female
        case "m": .male
        default: nil
        }
    }

    /// The gender a title before a name says ("mrs" → female), for a folded title word; nil for "dr", "president".
    public static func gender(ofTitle folded: String) -> PersonGender? { titleGenders[folded] }

    /// Titles that say a person's gender (folded: lower case, no full stop). The one list for actors and speakers.
    static let titleGenders: [String: PersonGender] = [
        "mr": .male, "sir": .male, "lord": .male, "king": .male, "prince": .male, "father": .male,
        "mrs": .female, "ms": .female, "miss": .female, "lady": .female, "dame": .female, "queen": .female, "princess": .female,
    ]

    /// Whether the word is a known first name, of either gender.
    public static func isFirstName(_ name: String) -> Bool { isFirstName(key: NameKey.key(name)) }

    static func isFirstName(key: String) -> Bool { table.value(for: key) != nil }
}

extension PersonNames {
    static let surnames = SortedTable(table: SurnameData.table)

    /// Whether a folded word is a frequent surname (US Census list): evidence that a name is a person's.
    /// The Census writes "O'Brien" and "D'Angelo" without their apostrophe ("obrien"), so a key with one is
    /// looked up without it too.
    static func isSurname(key: String) -> Bool {
        surnames.value(for: key) != nil || key.contains("'") && surnames.value(for: String(key.filter { $0 != "'" })) != nil
    }
}
