import Testing
import GlossCore
@testable import GlossShell

/// The actor commands on the bundled article and on a small article of our own, as a user types them.
@Suite struct ActorCommandTests {
    @Test func actorsListsEachActorOnceWithKindCountFirstRefAndAliases() {
        let out = makeSession().output("actors")
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("actor "))
        #expect(lines.contains { $0.hasPrefix("South Korea ") && $0.contains("state") && $0.contains("15") && $0.contains("2.1") })
        #expect(lines.contains { $0.hasPrefix("Vladimir Putin ") && $0.contains("person") && $0.hasSuffix("Putin") })
        #expect(lines.filter { $0.hasPrefix("Vladimir Putin ") }.count == 1)
        #expect(out.hasSuffix("26 actors; actor NAME for a profile"))
    }

    @Test func actorsFiltersByKindAndSorts() {
        let session = makeSession()
        let people = session.output("actors --kind person --sort name").split(separator: "\n").dropFirst(2).prefix(5).map { String($0.prefix(16)).trimmingSpaces }
        #expect(people == ["Georgy Zinoviev", "Kim Jong Un", "Scott Snyder", "Vladimir Putin", "Yoon Suk Yeol"])
        #expect(session.failure("actors --kind planet") == "actors: --kind is person, state, org or place (usage: actors [--kind person|state|org|place] [--sort mentions|name|first])")
    }

    @Test func actorProfileByAnyAliasAnyCase() throws {
        let session = makeSession()
        let execution = try #require(session.run("actor putin"))
        let out = execution.cell.output
        #expect(out.hasPrefix("actor      Vladimir Putin\nkind       person\naliases    Putin\n"))
        #expect(out.contains("mentions   8 in 7 sentences"))
        #expect(out.contains("with       South Korea (4)"))
        #expect(out.contains("where      ¶1 |"))
        #expect(out.contains("first mention:\n1.1  Vladimir Putin, the president of Russia"))
        #expect(execution.cell.sentences?.count == 7)
        #expect(session.output("actor \"south korea\"").hasPrefix("actor      South Korea\n"))
        #expect(session.output("actor KEI").hasPrefix("actor      Korea Economic Institute of America\n"))
    }

    @Test func capitalsArePlacesLinkedToTheirState() {
        let session = makeSession()
        #expect(session.output("actor Pyongyang").contains("kind       place\nstate      North Korea"))
        #expect(session.output("actor \"North Korea\"").contains("linked     Pyongyang"))
    }

    @Test func unknownNamesSuggestTheNearest() {
        let session = makeSession()
        #expect(session.failure("actor Putn") == "actor: no actor 'Putn' (did you mean Vladimir Putin?)")
        #expect(session.failure("mentions Zzyzx") == "mentions: no actor 'Zzyzx'; actors lists them")
    }

    @Test func mentionsAndWithSelectSentencesForPipes() throws {
        let session = makeSession()
        let mentions = try #require(session.run("mentions Kim"))
        #expect(mentions.cell.output.hasSuffix("Kim Jong Un: 2 mentions in 2 sentences"))
        #expect(mentions.cell.sentences?.map { session.workspace.article.sentences[$0].ref.description } == ["2.1", "6.1"])
        let with = try #require(session.run("with Putin Russia"))
        #expect(with.cell.sentences?.map { session.workspace.article.sentences[$0].ref.description } == ["1.1", "3.1", "10.1"])
        #expect(session.output("with Putin Kim | quote").hasSuffix("¶2.1, 6.1"))
        #expect(session.output("with Zinoviev Kim").hasSuffix("no sentence names Georgy Zinoviev + Kim Jong Un"))
    }

    @Test func mentionsAreHighlightedOnTerminals() throws {
        let session = makeSession()
        let execution = try #require(session.run("mentions Zinoviev"))
        #expect(session.render(execution, width: 80, color: true).contains("\u{1B}[1;33mGeorgy Zinoviev\u{1B}[0m"))
    }

    @Test func networkTableCapsTheRefsOfAPair() {
        // Eight paragraphs naming both, each apart from the next: eight runs, five shown.
        let text = (1...8).map { _ in "Vladimir Putin met Kim Jong Un in Moscow.\n\nThe weather was fine." }.joined(separator: "\n\n")
        let table = makeSession(text).output("network")
        #expect(table.contains("… 3 more"))
        #expect(!table.contains("15.1"))
        #expect(makeSession().output("help network").contains("\"… N more\""))
    }

    @Test func networkAsTableDotAndMermaid() {
        let session = makeSession()
        let table = session.output("network")
        #expect(table.split(separator: "\n")[2].hasPrefix("Russia") && table.contains("North Korea"))
        let dot = session.output("network --format dot")
        #expect(dot.hasPrefix("graph gloss {"))
        #expect(dot.contains("\"Vladimir Putin\" [label=\"Vladimir Putin\\nperson\"];"))
        #expect(dot.contains("\"Russia\" -- \"North Korea\" [weight=8"))
        #expect(dot.hasSuffix("}"))
        let mermaid = session.output("network --format mermaid")
        #expect(mermaid.hasPrefix("graph LR\n  a1[\""))
        #expect(mermaid.contains("---|8|"))
        #expect(session.failure("network --format svg")?.hasPrefix("network: --format is text, dot or mermaid") == true)
    }

    @Test func correctionsChangeTheActorsAndUndoRevertsThem() {
        let session = makeSession()
        #expect(session.output("merge \"Yoon administration\" \"South Korea\"") == "merged Yoon administration into South Korea (17 mentions)")
        #expect(session.workspace.actors.actor(named: "Yoon administration")?.name == "South Korea")
        #expect(session.output("rename \"Soviet Union\" Russia").hasPrefix("renamed Soviet Union to Russia"))
        #expect(session.output("drop Europe") == "dropped Europe (1 mention)")
        #expect(session.workspace.actors.actor(named: "Europe") == nil)
        #expect(session.output("alias Kremlin = Russia").hasPrefix("'Kremlin' is now an alias of Russia (0 occurrences"))
        #expect(session.output("add-actor FARA --kind org --alias \"Foreign Agents Registration Act\"") == "added FARA (org, 1 mention found)")
        #expect(session.workspace.actors.actor(named: "FARA")?.mentions.count == 1)
        session.output("undo")
        #expect(session.workspace.actors.actor(named: "FARA") == nil)
        session.output("undo")
        session.output("undo")
        #expect(session.workspace.actors.actor(named: "Europe") != nil)
        #expect(session.workspace.actors.actor(named: "Yoon administration")?.name == "Yoon administration" || session.workspace.actors.actor(named: "Soviet Union") != nil)
    }

    @Test func correctionErrorsAreOneLine() {
        let session = makeSession()
        #expect(session.failure("merge Putin Putin") == "merge: 'Putin' and 'Putin' are already one actor, Vladimir Putin (usage: merge A B)")
        #expect(session.failure("merge Putin") == "merge: takes two names; quote names with spaces (usage: merge A B)")
        #expect(session.failure("alias Kremlin Russia")?.contains("write FORM = NAME") == true)
        #expect(session.failure("add-actor Putin --kind person")?.contains("already an actor") == true)
        #expect(session.failure("add-actor Nobody") == "add-actor: needs --kind (usage: add-actor NAME --kind person|state|org|place [--alias FORM …])")
    }

    @Test func correctionsReplayFromTheTranscriptCells() {
        let session = makeSession()
        session.output("merge Kim Putin")
        let replayed = makeSession()
        for cell in session.workspace.cells { replayed.output(cell.input) }
        #expect(replayed.workspace.actors.actors.map(\.name) == session.workspace.actors.actors.map(\.name))
    }

    @Test func actorsOnAnArticleOfOurOwn() {
        let session = makeSession("""
            Senate Republicans Block Aid Bill
            WASHINGTON — Sen. Mitch McConnell said on Tuesday that the U.S. Senate would not vote on the bill. McConnell’s office declined to comment.
            Beijing warned that the measure would hurt trade, the Chinese foreign ministry said. Mr. Biden met Japanese Prime Minister Fumio Kishida in Tokyo.
            """)
        let out = session.output("actors --sort name")
        for expected in ["Mitch McConnell", "U.S. Senate", "Beijing", "China", "Japan", "Fumio Kishida", "Tokyo"] {
            #expect(out.contains(expected), "missing \(expected)")
        }
        #expect(session.output("actor McConnell").contains("mentions   2 in 2 sentences"))
        // "U.S. Senate" is one body, tied to its state, as "Russian Foreign Ministry" is.
        #expect(session.output("actor \"U.S. Senate\"").contains("state      United States"))
        #expect(session.output("actor Beijing").contains("state      China"))
    }

    @Test func completionOffersActorNamesAndAliases() {
        let session = makeSession()
        let completer = SessionCompleter(session: session)
        #expect(completer.completions(forLine: "actor Pu") == ["Putin"])
        #expect(completer.completions(forLine: "actor Vlad") == ["\"Vladimir Putin\""])
        #expect(completer.completions(forLine: "act") == ["actors", "actor"])
        #expect(completer.completions(forLine: "actors --k") == ["--kind"])
        #expect(completer.completions(forLine: "read 14.") == ["14.1", "14.2", "14.3", "14.4"])
        #expect(completer.completions(forLine: "find x | qu") == ["quote"])
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}

/// `actor NAME --why`: the rule or gazetteer entry behind each form, and why the kind.
@Suite struct ActorWhyTests {
    @Test func whyNamesTheRuleOfEachForm() {
        let session = makeSession()
        let out = session.output("actor Putin --why")
        #expect(out.hasPrefix("actor             Vladimir Putin\nkind              person\n"))
        #expect(out.contains("“Vladimir Putin”  1.1: a full name of two or more capitalised parts; kind: a"))
        #expect(out.contains("the first or last part of the"))
        let us = session.output("actor us --why")
        #expect(us.contains("gazetteer: United States, by its demonym or adjective"))
    }

    @Test func whyNamesTheCompanyList() {
        let out = makeSession("Shares of Home Depot rose on Monday.").output("actor 'Home Depot' --why")
        #expect(out.contains("“Home Depot”  1.1: company list (Dow Jones): Home Depot; kind: an organisation:\n"))
        #expect(out.contains("a company of the Dow Jones index (pytickersymbols)"))
    }

    @Test func whyRejectsAValue() {
        #expect(makeSession().failure("actor Putin --why=yes") == "actor: --why takes no value")
    }
}
