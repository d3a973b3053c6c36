import Testing
import GlossCore
@testable import GlossShell

/// `set format csv|markdown`: every table result, from the one `Table` value the text renderer also uses.
@Suite struct TableFormatsTests {
    let table = Table(headers: ["name", "n", "note"], rows: [["a, b", "1", "say \"hi\""], ["c|d", "22", ""]], numeric: [1], footer: "2 rows")

    @Test func csvQuotesFieldsThatNeedIt() {
        #expect(table.csvLines() == ["name,n,note", "\"a, b\",1,\"say \"\"hi\"\"\"", "c|d,22,"])
    }

    @Test func markdownEscapesPipesAndRightAlignsNumbers() {
        #expect(table.markdownLines() == ["| name | n | note |", "| --- | ---: | --- |", "| a, b | 1 | say \"hi\" |", "| c\\|d | 22 |  |", "", "2 rows"])
    }

    private func shown(_ lines: [String]) -> String {
        let session = makeSession()
        var last: Session.Execution?
        for line in lines { last = session.run(line) }
        return last.map { session.render($0, width: 80, color: false) } ?? ""
    }

    @Test func theSettingAppliesToEveryTableButRecordsText() {
        let csv = shown(["set format csv", "actors --kind person"])
        #expect(csv.hasPrefix("actor,kind,mentions,first,aliases\nVladimir Putin,person,8,1.1,Putin\n"))
        #expect(!csv.contains("actors; actor NAME"), "csv has no footer")
        let fields = shown(["set format markdown", "info"])
        #expect(fields.hasPrefix("| field | value |\n| --- | --- |\n| source | 000_a4bbf854dd06bcc4.txt |"))
        // Results that are not tables stay text, and transcripts always record text.
        let session = makeSession()
        session.output("set format csv")
        let quote = session.run("quote 1.1")!
        #expect(session.render(quote, width: 80, color: false).hasSuffix("— 000_a4bbf854dd06bcc4.txt, ¶1.1"))
        #expect(session.run("actors")!.cell.output.hasPrefix("actor   "))
    }
}
