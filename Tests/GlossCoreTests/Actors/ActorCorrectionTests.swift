import Testing
import GlossCore

@Suite struct ActorLookupAndCorrectionTests {
    let analysis = ActorFixture.analyse(BundledArticle.text)

    @Test(arguments: [("putin", "Vladimir Putin"), ("VLADIMIR PUTIN", "Vladimir Putin"), ("u.s.", "United States"),
                      ("USA", "United States"), ("kim jong-un", "Kim Jong Un"), ("Yoon", "Yoon Suk Yeol"),
                      ("kei", "Korea Economic Institute of America"), ("washington dc", "Washington, D.C."),
                      ("Zinóviev", "Georgy Zinoviev")])
    func lookupByAnyForm(form: String, name: String) {
        #expect(analysis.actor(named: form)?.name == name)
    }

    @Test func suggestions() {
        #expect(analysis.suggestions(for: "Puttin").first == "Vladimir Putin")
        #expect(analysis.suggestions(for: "Ukrain").first == "Ukraine")
        #expect(analysis.suggestions(for: "zzzzzz").isEmpty)
        // Two letters: names with a word starting with them, not every name one edit away ("pu" → "eu").
        #expect(analysis.suggestions(for: "Pu") == ["Vladimir Putin"])
        #expect(analysis.suggestions(for: "Yo").first == "Yoon Suk Yeol")
    }

    @Test func cooccurrence() {
        let pairs = analysis.cooccurrences()
        let top = pairs.first!
        #expect(top.count >= pairs.last!.count)
        let nkRu = pairs.first { Set([$0.a, $0.b]) == ["North Korea", "Russia"] }
        #expect(nkRu != nil)
        #expect(nkRu?.count == nkRu?.sentences.count)
        #expect(analysis.sentences(mentioningAll: ["Kim", "Putin"]) == nkRu.map { _ in
            Array(Set(analysis.actor(named: "Kim")!.sentenceIDs).intersection(analysis.actor(named: "Putin")!.sentenceIDs)).sorted()
        })
        #expect(analysis.sentences(mentioningAll: ["Putin", "Nobody"]).isEmpty)
    }

    @Test func aliasFindsMentionsInTheText() {
        let a = analysis.applying([.alias(form: "him", actor: "Scott Snyder")])
        let snyder = a.actor(named: "Scott Snyder")!
        #expect(snyder.mentions.map(\.surface) == ["Scott Snyder", "him"])
        #expect(a.actor(named: "him")?.name == "Scott Snyder")
    }

    @Test func aliasTakesMentionsFromAnotherActor() {
        let a = analysis.applying([.alias(form: "Soviet", actor: "Russia")])
        #expect(a.actor(named: "Soviet Union") == nil || a.actor(named: "Soviet Union")?.name == "Russia")
        #expect(a.actor(named: "Russia")!.mentions.count == 13)
        #expect(a.actors.count == analysis.actors.count - 1)
    }

    @Test func mergeRenameDropAdd() {
        let merged = analysis.applying([.merge("Yoon administration", into: "South Korea")])
        #expect(merged.actor(named: "South Korea")!.mentions.count == 17)
        #expect(merged.actor(named: "Yoon administration")?.name == "South Korea")

        let renamed = analysis.applying([.rename("Kim Jong Un", to: "Kim Jong-un")])
        #expect(renamed.actor(named: "Kim Jong-un")?.aliases == ["Kim", "Kim Jong Un"])
        #expect(renamed.actor(named: "Kim Jong Un")?.name == "Kim Jong-un")

        let dropped = analysis.applying([.drop("South Asia")])
        #expect(dropped.actor(named: "South Asia") == nil)
        #expect(dropped.actors.count == analysis.actors.count - 1)

        let added = analysis.applying([.add(name: "Foreign Agents Registration Act", kind: .organisation, aliases: ["FARA"])])
        #expect(added.actor(named: "FARA")?.mentions.map(\.surface) == ["FARA"])
    }

    @Test func badCorrectionsAreReportedAndSkipped() {
        #expect(analysis.problem(with: .drop("Putn"))?.contains("Vladimir Putin") == true)
        #expect(analysis.problem(with: .merge("Putin", into: "Vladimir Putin")) != nil)
        let same = analysis.applying([.drop("Nobody")])
        #expect(same.actors.map(\.name) == analysis.actors.map(\.name))
    }

    @Test func correctionsArePureAndOrdered() {
        let c: [ActorCorrection] = [.rename("Georgy Zinoviev", to: "Georgy Zinovyev"), .alias(form: "him", actor: "Georgy Zinovyev")]
        let a = analysis.applying(c), b = analysis.applying(c)
        #expect(a.actors == b.actors)
        #expect(analysis.actor(named: "Georgy Zinoviev") != nil)
    }
}
