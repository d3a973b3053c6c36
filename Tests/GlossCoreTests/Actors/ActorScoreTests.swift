import Testing
import GlossCore
import GlossEvaluation

/// The actor scorer on small annotations of its own: what counts as found, false and merged.
@Suite struct ActorScoreTests {
    func score(_ text: String, _ annotation: String) throws -> ActorScore.Counts {
        let reference = try ReferenceSet.parse(id: "fixture", text: text, annotation: "# split: dev\n" + annotation)
        var score = ActorScore()
        score.add(reference, predicted: ActorAnalysis(article: Article(text: text, source: "fixture")).actors)
        return score.overall
    }

    @Test func aPersonsTitleIsNoPartOfTheForm() throws {
        // Mentions are written without titles, so "Mr Dravik" must match the mention "Dravik".
        let c = try score("Quellan Dravik spoke. Mr Dravik left.", "actor person | Quellan Dravik | Quellan Dravik ; Mr Dravik\n")
        #expect(c.found == 1 && c.mergedWhole == 1 && c.predicted == 1 && c.correct == 1)
    }

    @Test func aBodysNameKeepsWordsThatAreTitlesElsewhere() throws {
        // "General" opens a body's name here: stripping it would leave "Assembly", which no mention is.
        let c = try score("The General Assembly voted on Monday.", "actor org | General Assembly | General Assembly\n")
        #expect(c.found == 1)
        #expect(c.correct == c.predicted)
    }

    @Test func aLeadingArticleCountsOnBothSidesOrNeither() throws {
        // The form is annotated "The Hague"; whether the mention keeps the article or not, it is the same form.
        let annotation = "actor place | The Hague | The Hague\n"
        let c = try score("Talks opened in The Hague on Monday.", annotation)
        #expect(c.found == 1 && c.predicted == 1 && c.correct == 1)
    }
}
