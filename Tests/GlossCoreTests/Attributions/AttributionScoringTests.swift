import Testing
import GlossCore
import GlossEvaluation

/// The attribution scorer on small annotated fixtures of its own: what counts as the right speaker and
/// what counts as a false attribution.
@Suite struct AttributionScoringTests {
    static func score(_ text: String, _ annotation: String) throws -> (AttributionScoring.Score, [AttributionScoring.Miss]) {
        let article = try ReferenceSet.parse(id: "fixture", text: text, annotation: "# split: dev\n" + annotation)
        return AttributionScoring.score([article], split: .dev)
    }

    /// A partial quote inside a reported clause that matched is part of it, not a false attribution.
    @Test func quoteInsideAMatchedReportedClauseIsNotFalse() throws {
        let text = "Jane Porter said the county had bought a “very old and leaky” pump last year."
        let (score, _) = try Self.score(text, """
            actor person | Jane Porter | Jane Porter
            say indirect | Jane Porter | said | the county had bought
            """)
        #expect(score.indirect.found == 1)
        #expect(score.predicted == 2)
        #expect(score.falsePredicted == 0)
    }

    /// A title does not change who is named; a name the actor list lacks is credited by its text.
    @Test func speakerNamesCompareWithoutTitlesAndByTextWhenUnlisted() throws {
        let (titled, _) = try Self.score("Queen Anne Porter opened the bridge on Monday. Queen Anne Porter said the bridge would last a century.", """
            actor person | Queen Anne Porter | Queen Anne Porter
            say indirect | Queen Anne Porter | said | the bridge would last a century
            """)
        #expect(titled.indirect.rightSpeaker == 1)
        let (unlisted, _) = try Self.score("The files were published by Wikileaks in May. Wikileaks said the files were genuine and complete.", """
            actor org | Wikileaks | Wikileaks
            say indirect | Wikileaks | said | the files were genuine
            """)
        #expect(unlisted.indirect.found == 1)
        #expect(unlisted.indirect.rightSpeaker == 1)
    }

    /// No reference content may be under four words, so a three-word quote is neither matched nor false;
    /// a longer one the reference lacks is false.
    @Test func aQuoteTooShortToAnnotateIsNotScored() throws {
        let actor = "actor person | Tom Volker | Tom Volker\n"
        let (short, _) = try Self.score("“That is correct,” Tom Volker said.", actor)
        #expect(short.predicted == 0 && short.falsePredicted == 0)
        let (long, _) = try Self.score("“We will build the bridge next year,” Tom Volker said.", actor)
        #expect(long.predicted == 1 && long.falsePredicted == 1)
    }
}
