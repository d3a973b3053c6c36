/// The commands the benchmark times: every kind of query a reader makes.
enum QueryBench {
    static let commands = [
        "find \"South Korea\"",
        "find --regex 'defen[cs]e'",
        "read 14",
        "quote 14.2",
        "actor Putin",
        "mentions Putin",
        "with Putin Russia",
        "suggest 10",
        "network",
        "actors",
    ]

    /// A cycle of cells for the replay benchmark: reads, queries, tags and undo, like a real session.
    static let replayLines = [
        "info",
        "find Putin",
        "quote $",
        "read 3",
        "find \"South Korea\"",
        "quote 14.2",
        "actors",
        "mentions Yoon",
        "suggest 5",
        "history",
    ]
}
