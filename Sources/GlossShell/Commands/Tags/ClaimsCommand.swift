import GlossCore

/// `claims`: the claim tags grouped by type, quoted with refs and notes.
struct ClaimsCommand: Command {
    let spec = CommandSpec(
        "claims",
        summary: "claim tags grouped by type, quoted with refs and notes",
        examples: ["claims", "claims | quote"],
        details: "Claims are tags labelled claim or claim:TYPE. Types come in the order quantity, prediction, causation, rule, personal, attribution, other, then claims with no type. Each claim is quoted verbatim with its ref, tag id and note; orphaned claims are marked.")

    func run(_ call: CommandCall, in workspace: Workspace) throws(ShellError) -> CommandResult {
        guard call.arguments.isEmpty else { throw usageError("takes no arguments") }
        let claims = workspace.tags.filter(\.isClaim)
        guard !claims.isEmpty else { return CommandResult(.lines(["no claims tagged yet (tag REF claim, or suggest | tag claim)"]), sentences: []) }
        var groups: [(String, [Tag])] = ClaimType.allCases.map { type in (type.rawValue, claims.filter { $0.claimType == type }) }
        groups.append(("no type", claims.filter { $0.claimType == nil }))
        var sections = [Output]()
        for (title, tags) in groups where !tags.isEmpty {
            // Each claim's quote and note wrap under themselves, at the width the result is shown at.
            var rows = [Field]()
            for t in tags {
                rows.append(Field("#\(t.id)  \(TagFormatting.place(t))", "“\(t.anchor.exact)”"))
                if let note = t.note { rows.append(Field("", "note: \(note)")) }
            }
            sections.append(.section("\(title) (\(tags.count))", .fields(rows)))
        }
        let footer = "\(RefFormatting.count(claims.count, "claim")) in \(RefFormatting.count(sections.count, "group"))"
        sections.append(.lines([footer]))
        return CommandResult(.stack(sections), sentences: TagFormatting.sentences(of: claims, in: workspace.article))
    }
}
