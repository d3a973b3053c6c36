import Testing
import GlossCore

/// The bundled op-ed: every actor once, under its full name, with the forms the text uses.
/// Counts were checked by reading the article sentence by sentence.
@Suite struct BundledArticleActorTests {
    let analysis = ActorFixture.analyse(BundledArticle.text)

    @Test func exactActorSet() {
        #expect(ActorFixture.table(analysis) == [
            "Europe (place)",
            "European Union (organisation)",
            "Georgy Zinoviev (person)",
            "Japan (state)",
            "Kim Jong Un (person)",
            "Korea Economic Institute of America (organisation)",
            "Korea Institute for International Economic Policy (organisation)",
            "Korean Peninsula (place)",
            "North Atlantic Treaty Organization (organisation)",
            "North Korea (state)",
            "Poland (state)",
            "Pyongyang (place)",
            "Russia (state)",
            "Scott Snyder (person)",
            "South Asia (place)",
            "South Korea (state)",
            "Soviet Union (state)",
            "UN Panel of Experts (organisation)",
            "Ukraine (state)",
            "United Kingdom (state)",
            "United Nations (organisation)",
            "United States (state)",
            "Vladimir Putin (person)",
            "Washington, D.C. (place)",
            "Yoon Suk Yeol (person)",
            "Yoon administration (organisation)",
        ])
    }

    @Test func mentionCounts() {
        #expect(ActorFixture.counts(analysis) == [
            "Europe: 1", "European Union: 1", "Georgy Zinoviev: 1", "Japan: 3", "Kim Jong Un: 2",
            "Korea Economic Institute of America: 4", "Korea Institute for International Economic Policy: 1",
            "Korean Peninsula: 1", "North Atlantic Treaty Organization: 1", "North Korea: 12", "Poland: 1",
            "Pyongyang: 2", "Russia: 12", "Scott Snyder: 1", "South Asia: 1", "South Korea: 15",
            "Soviet Union: 1", "UN Panel of Experts: 1", "Ukraine: 8", "United Kingdom: 1", "United Nations: 1",
            "United States: 7", "Vladimir Putin: 8", "Washington, D.C.: 1", "Yoon Suk Yeol: 1",
            "Yoon administration: 2",
        ])
    }

    @Test(arguments: [
        ("Vladimir Putin", ["Putin", "Vladimir Putin"]),
        ("Kim Jong Un", ["Kim", "Kim Jong Un"]),
        ("Russia", ["Russia", "Russian"]),
        ("North Korea", ["North Korea", "North Korean", "Northern Korean"]),
        ("South Korea", ["Republic of Korea", "South Korea", "South Korean"]),
        ("United States", ["American", "US", "United States"]),
        ("United Kingdom", ["British"]),
        ("Poland", ["Polish"]),
        ("Soviet Union", ["Soviet"]),
        ("Korea Economic Institute of America", ["KEI", "Korea Economic Institute of America"]),
        ("Washington, D.C.", ["Washington, DC"]),
        ("European Union", ["EU"]),
        ("North Atlantic Treaty Organization", ["NATO"]),
    ])
    func aliases(name: String, expected: [String]) {
        #expect(analysis.actor(named: name)?.aliases == expected)
    }

    @Test(arguments: [
        "However", "Following", "Regarding", "In", "My", "The", "As", "At", "May", "May 9th", "Why It May Fail",
        "West", "Western", "CEO", "President", "FARA", "Korean", "It", "This", "I", "Fail", "Alliance",
    ])
    func notAnActor(form: String) {
        #expect(analysis.actor(named: form) == nil)
    }

    @Test func titlesAndPossessivesAreNotPartOfMentions() {
        let putin = analysis.actor(named: "Putin")!
        #expect(putin.mentions.allSatisfy { $0.surface == "Putin" || $0.surface == "Vladimir Putin" })
        let yoon = analysis.actor(named: "yoon suk yeol")!
        #expect(yoon.mentions.map(\.surface) == ["Yoon Suk Yeol"])
        #expect(yoon.linkedState == "South Korea")
        #expect(analysis.actor(named: "Kim Jong Un")?.linkedState == "North Korea")
        #expect(analysis.actor(named: "Yoon administration")?.linkedState == "South Korea")
        #expect(analysis.actor(named: "Pyongyang")?.linkedState == "North Korea")
    }

    @Test func compoundsNameEachActor() {
        // "Kim-Putin", "North Korea-Russian", "US- Japan- North Korean", "North Korea- Russia".
        let text = BundledArticle.text
        let kim = analysis.actor(named: "Kim Jong Un")!.mentions.map(\.surface)
        #expect(kim == ["Kim Jong Un", "Kim"])
        #expect(analysis.actor(named: "Russia")!.mentions.contains { $0.surface == "Russian" })
        let scalars = Array(text.unicodeScalars)
        for a in analysis.actors {
            for m in a.mentions {
                #expect(String(String.UnicodeScalarView(scalars[m.start..<m.end])) == m.surface)
                #expect(!m.surface.contains("-"))
            }
        }
    }

    @Test func mentionsKnowTheirSentences() {
        let a = analysis.article
        let putin = analysis.actor(named: "Putin")!
        #expect(putin.firstMention?.sentence == 0)
        for m in putin.mentions {
            let s = a.sentences[m.sentence]
            #expect(s.start <= m.start && m.end <= s.end)
        }
        #expect(putin.sentenceIDs.count == Set(putin.mentions.map(\.sentence)).count)
    }
}
