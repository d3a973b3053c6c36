/// Hand-kept word lists of the extraction stages that no generated table holds: grammar words and
/// legal forms rather than names. (Names and head words live in the generated `GazetteerData`.)
enum ExtractionWords {
    /// Lower-case words that may join the capitalised words of one name ("Bank of England",
    /// "Montana de Oro").
    static let connectors = ["of", "for", "on", "and", "the", "de", "des", "du", "del", "la"]

    /// Legal forms and group words a company's name may drop in later mentions, one after another
    /// ("SoftBank Group Corp" → "SoftBank Group" → "SoftBank"), as folded suffixes of its `NameKey`.
    static let droppableLegalForms = [" inc", " ltd", " co", " corp", " llc", " plc", " ag", " sa", " gmbh", " co ltd",
                                      " group", " holdings", " corporation", " company", " limited", " incorporated"]

    /// Words before a place that name its wider or inner area, not another place ("Greater Sydney").
    static let placeModifiers: Set<String> = ["greater", "inner", "outer", "metropolitan"]
}
