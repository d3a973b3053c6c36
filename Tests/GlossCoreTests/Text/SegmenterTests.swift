import Testing
import GlossCore
import GlossTestSupport

// MARK: - Helpers

private func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

private func sentences(_ text: String) -> [String] {
    let s = scalars(text)
    return Segmenter.sentenceRanges(in: s, range: 0..<s.count).map { String(String.UnicodeScalarView(s[$0])) }
}

/// White space as the article model defines it (independent of the segmenter's own table).
private func isSpace(_ c: Unicode.Scalar) -> Bool {
    c.value <= 0x20 || c == "\u{A0}" || c == "\u{FEFF}" || (c.value >= 0x80 && c.properties.isWhitespace)
}

/// Checks the structural contract; returns a description of the first violation, or nil.
private func violation(_ s: [Unicode.Scalar], _ range: Range<Int>, _ ranges: [Range<Int>]) -> String? {
    let lo = max(0, min(range.lowerBound, s.count)), hi = max(lo, min(range.upperBound, s.count))
    var cursor = lo
    for r in ranges {
        if r.isEmpty { return "empty range \(r)" }
        if r.lowerBound < cursor { return "range \(r) out of order or overlapping (cursor \(cursor))" }
        if r.upperBound > hi { return "range \(r) past the end \(hi)" }
        if isSpace(s[r.lowerBound]) || isSpace(s[r.upperBound - 1]) { return "range \(r) not trimmed" }
        for g in cursor..<r.lowerBound where !isSpace(s[g]) { return "non-space scalar at \(g) not covered" }
        cursor = r.upperBound
    }
    for g in cursor..<hi where !isSpace(s[g]) { return "non-space scalar at \(g) not covered" }
    return nil
}

// MARK: - Fixtures

struct SegmenterFixture: Sendable, CustomTestStringConvertible {
    let name: String
    let text: String
    let expected: [String]
    init(_ name: String, _ text: String, _ expected: [String]) {
        self.name = name
        self.text = text
        self.expected = expected
    }
    var testDescription: String { name }
}

let segmenterFixtures: [SegmenterFixture] = [
    .init("plain two sentences", "Vladimir Putin visited Pyongyang. He was feted as a friend.",
          ["Vladimir Putin visited Pyongyang.", "He was feted as a friend."]),
    .init("U.S. before a proper noun", "The U.S. Senate passed the bill on Tuesday.",
          ["The U.S. Senate passed the bill on Tuesday."]),
    .init("U.S. then It", "The company employs 4,000 people in the U.S. It plans to hire more.",
          ["The company employs 4,000 people in the U.S.", "It plans to hire more."]),
    .init("U.S. President at start", "U.S. President Joe Biden spoke in Warsaw.",
          ["U.S. President Joe Biden spoke in Warsaw."]),
    .init("titles and D.C. before lowercase", "Mr. Smith met Mrs. Jones and Dr. Patel in Washington, D.C. on Friday.",
          ["Mr. Smith met Mrs. Jones and Dr. Patel in Washington, D.C. on Friday."]),
    .init("D.C. then The", "The meeting took place in Washington, D.C. The talks lasted three hours.",
          ["The meeting took place in Washington, D.C.", "The talks lasted three hours."]),
    .init("Gov. and Sen.", "Gov. Gavin Newsom and Sen. Alex Padilla attended.",
          ["Gov. Gavin Newsom and Sen. Alex Padilla attended."]),
    .init("military ranks", "Lt. Gen. James Smith, Col. Ann Lee and Sgt. Maj. Tom Reed were briefed.",
          ["Lt. Gen. James Smith, Col. Ann Lee and Sgt. Maj. Tom Reed were briefed."]),
    .init("Rev. and St.", "The Rev. Al Sharpton spoke at St. Paul's Cathedral.",
          ["The Rev. Al Sharpton spoke at St. Paul's Cathedral."]),
    .init("spaced initials", "J. R. R. Tolkien wrote the book.",
          ["J. R. R. Tolkien wrote the book."]),
    .init("middle initials", "George W. Bush and Franklin D. Roosevelt faced wars.",
          ["George W. Bush and Franklin D. Roosevelt faced wars."]),
    .init("decimals", "The economy grew 3.5 percent. Inflation eased to 2.1 percent.",
          ["The economy grew 3.5 percent.", "Inflation eased to 2.1 percent."]),
    .init("money", "The deal is worth $1.2 billion. It closes next year.",
          ["The deal is worth $1.2 billion.", "It closes next year."]),
    .init("version number at end", "Users should install version 2.0.1. Older versions are unsafe.",
          ["Users should install version 2.0.1.", "Older versions are unsafe."]),
    .init("time with a.m. before lowercase", "The vote is at 10.30 a.m. on Thursday.",
          ["The vote is at 10.30 a.m. on Thursday."]),
    .init("a.m. then The", "Trading opened at 9 a.m. The index fell 2 percent.",
          ["Trading opened at 9 a.m.", "The index fell 2 percent."]),
    .init("No. 5", "He was ranked No. 5 in the world.",
          ["He was ranked No. 5 in the world."]),
    .init("the word No at an end", "The answer was No. The board rejected the offer.",
          ["The answer was No.", "The board rejected the offer."]),
    .init("Jan. and Feb. dates", "The plan was announced on Jan. 15 and took effect Feb. 1.",
          ["The plan was announced on Jan. 15 and took effect Feb. 1."]),
    .init("Mar. before a year", "The law passed in Mar. 2021. It was repealed later.",
          ["The law passed in Mar. 2021.", "It was repealed later."]),
    .init("Sept. date", "Officials said the vote was delayed until Sept. 30, 2025.",
          ["Officials said the vote was delayed until Sept. 30, 2025."]),
    .init("Inc. mid-sentence", "Apple Inc. reported record sales. Its shares rose.",
          ["Apple Inc. reported record sales.", "Its shares rose."]),
    .init("Inc. at an end", "The firm was bought by Acme Inc. The deal closed in May.",
          ["The firm was bought by Acme Inc.", "The deal closed in May."]),
    .init("Co. Ltd.", "Samsung Electronics Co. Ltd. said profit fell.",
          ["Samsung Electronics Co. Ltd. said profit fell."]),
    .init("etc. before lowercase", "He sells fruit, vegetables, etc. and ships them abroad.",
          ["He sells fruit, vegetables, etc. and ships them abroad."]),
    .init("etc. at an end", "He sells fruit, vegetables, etc. The prices vary.",
          ["He sells fruit, vegetables, etc.", "The prices vary."]),
    .init("vs.", "The case, Smith vs. Jones, went to trial.",
          ["The case, Smith vs. Jones, went to trial."]),
    .init("v. in a case name", "In Roe v. Wade, the court ruled in 1973.",
          ["In Roe v. Wade, the court ruled in 1973."]),
    .init("e.g. and i.e.", "Some allies, e.g. Japan, sent aid. Others, i.e. those in Europe, did not.",
          ["Some allies, e.g. Japan, sent aid.", "Others, i.e. those in Europe, did not."]),
    .init("e.g. before a capital starter", "Many firms, e.g. The Times, cut staff.",
          ["Many firms, e.g. The Times, cut staff."]),
    .init("ellipsis then The", "The strait is narrow... The ships passed anyway.",
          ["The strait is narrow...", "The ships passed anyway."]),
    .init("ellipsis before a proper noun", "“The talks with Russia … Ukraine and Belarus were constructive,” he said.",
          ["“The talks with Russia … Ukraine and Belarus were constructive,” he said."]),
    .init("ellipsis before lowercase", "She paused... and then continued.",
          ["She paused... and then continued."]),
    .init("quoted statement then Then", "He said, \"We will win.\" Then he left.",
          ["He said, \"We will win.\"", "Then he left."]),
    .init("quoted question, lowercase", "\"Why?\" he asked.",
          ["\"Why?\" he asked."]),
    .init("quoted question, capital", "\"Why?\" The question hung in the air.",
          ["\"Why?\"", "The question hung in the air."]),
    .init("curly quoted question", "“Is this the end?” she asked. “No,” he replied.",
          ["“Is this the end?” she asked.", "“No,” he replied."]),
    .init("domain name", "The site example.com was down. Users complained.",
          ["The site example.com was down.", "Users complained."]),
    .init("U.S.-led", "The U.S.-led coalition struck again.",
          ["The U.S.-led coalition struck again."]),
    .init("period inside brackets", "Prices rose (by 3 percent.) Then they fell.",
          ["Prices rose (by 3 percent.)", "Then they fell."]),
    .init("bracketed sentence", "Results came in. (Turnout was low.) Officials were pleased.",
          ["Results came in.", "(Turnout was low.)", "Officials were pleased."]),
    .init("curly double closing quote", "He called it “a disaster.” Officials disagreed.",
          ["He called it “a disaster.”", "Officials disagreed."]),
    .init("curly single closing quote", "He called it ‘a disaster.’ Officials disagreed.",
          ["He called it ‘a disaster.’", "Officials disagreed."]),
    .init("guillemets", "He shouted «Victory!» The crowd cheered.",
          ["He shouted «Victory!»", "The crowd cheered."]),
    .init("period quote bracket", "(He said, \"We will win.\") Then he left.",
          ["(He said, \"We will win.\")", "Then he left."]),
    .init("no final mark", "The company was founded in 1998",
          ["The company was founded in 1998"]),
    .init("last sentence lacks a mark", "Shares fell 5 percent on Monday. Analysts expect more losses",
          ["Shares fell 5 percent on Monday.", "Analysts expect more losses"]),
    .init("no-break space before comma", "Scott Snyder is author of\u{A0}, The Book. He lives in Washington.",
          ["Scott Snyder is author of\u{A0}, The Book.", "He lives in Washington."]),
    .init("thin space between sentences", "The rate rose.\u{2009}It was the third rise.",
          ["The rate rose.", "It was the third rise."]),
    .init("no-break space between sentences", "The rate rose.\u{A0}It was the third rise.",
          ["The rate rose.", "It was the third rise."]),
    .init("em dashes around a.m.", "The vote—held at 10 a.m.—was close. Results came later.",
          ["The vote—held at 10 a.m.—was close.", "Results came later."]),
    .init("exclamation", "Stop! Police said the road was closed.",
          ["Stop!", "Police said the road was closed."]),
    .init("question", "What happens next? Nobody knows.",
          ["What happens next?", "Nobody knows."]),
    .init("interrobang run", "Is it over?! Nobody can say.",
          ["Is it over?!", "Nobody can say."]),
    .init("quoted exclamation, lowercase", "The crowd chanted \"No more!\" and marched on.",
          ["The crowd chanted \"No more!\" and marched on."]),
    .init("extra spaces", "  Markets rallied.   Bonds fell.  ",
          ["Markets rallied.", "Bonds fell."]),
    .init("U.K. then It", "The exit weakened the U.K. It has since recovered.",
          ["The exit weakened the U.K.", "It has since recovered."]),
    .init("U.N. Security Council", "The U.N. Security Council met.",
          ["The U.N. Security Council met."]),
    .init("E.U. and U.K.", "The E.U. and the U.K. agreed.",
          ["The E.U. and the U.K. agreed."]),
    .init("Ph.D.", "She earned a Ph.D. in economics.",
          ["She earned a Ph.D. in economics."]),
    .init("Ave. before lowercase", "The firm moved to 5th Ave. in 2020.",
          ["The firm moved to 5th Ave. in 2020."]),
    .init("St. at an end", "He lives on Main St. The house is old.",
          ["He lives on Main St.", "The house is old."]),
    .init("Jr. mid-sentence", "Martin Luther King Jr. was born in Atlanta.",
          ["Martin Luther King Jr. was born in Atlanta."]),
    .init("Jr. at an end", "The award went to Martin Luther King Jr. He accepted it in Oslo.",
          ["The award went to Martin Luther King Jr.", "He accepted it in Oslo."]),
    .init("Ft., Mt. and p.m.", "The flight left Ft. Worth at 6 p.m. It landed in Mt. Vernon at 9 p.m. on time.",
          ["The flight left Ft. Worth at 6 p.m.", "It landed in Mt. Vernon at 9 p.m. on time."]),
    .init("sentence starting with a digit", "The outbreak spread quickly. 20 people died.",
          ["The outbreak spread quickly.", "20 people died."]),
    .init("sentence starting with a quote", "Results came in. \"We won,\" she said.",
          ["Results came in.", "\"We won,\" she said."]),
    .init("spaced ellipsis then Then", "He hesitated . . . Then he signed.",
          ["He hesitated . . .", "Then he signed."]),
    .init("spaced ellipsis before a name", "The report said that . . . Russia had lied.",
          ["The report said that . . . Russia had lied."]),
    .init("four dots", "It was over.... The war had ended.",
          ["It was over....", "The war had ended."]),
    .init("ellipsis character and period", "It was over…. The war had ended.",
          ["It was over….", "The war had ended."]),
    .init("ellipsis character then But", "Talks stalled… But a deal came in June.",
          ["Talks stalled…", "But a deal came in June."]),
    .init("iPhone starts a sentence", "The prices rose. iPhone sales fell.",
          ["The prices rose.", "iPhone sales fell."]),
    .init("Mt. Everest", "Mt. Everest is tall.", ["Mt. Everest is tall."]),
    .init("stray closing quote after a space", "He called it a great error. ” Then he left.",
          ["He called it a great error. ”", "Then he left."]),
    .init("pi at an end", "The index hit 3.14. Traders were surprised.",
          ["The index hit 3.14.", "Traders were surprised."]),
    .init("Dept.", "The Dept. of Justice sued.", ["The Dept. of Justice sued."]),
    .init("initial X then He", "The speech was by Malcolm X. He spoke in Harlem.",
          ["The speech was by Malcolm X.", "He spoke in Harlem."]),
    .init("Prof. and Univ.", "Prof. Lee taught at Harvard Univ. in the 1990s.",
          ["Prof. Lee taught at Harvard Univ. in the 1990s."]),
    .init("only punctuation", "?!...", ["?!..."]),
    .init("quoted sentence after colon", "He said: \"It's over.\" The crowd left.",
          ["He said: \"It's over.\"", "The crowd left."]),
    .init("score", "The vote was 5-4. Justice Alito dissented.",
          ["The vote was 5-4.", "Justice Alito dissented."]),
    .init("Capt. and Adm.", "Capt. Smith and Adm. Jones met. They agreed.",
          ["Capt. Smith and Adm. Jones met.", "They agreed."]),
    .init("H.R. bill number", "The bill (H.R. 5) passed.", ["The bill (H.R. 5) passed."]),
    .init("U.S. then a quotation", "It happened in the U.S. \"We are shocked,\" a spokesman said.",
          ["It happened in the U.S.", "\"We are shocked,\" a spokesman said."]),
    .init("Inc.’s", "Pfizer Inc.’s shares rose.", ["Pfizer Inc.’s shares rose."]),
    .init("dates with ordinals of months", "He quit on Aug. 3. The board met on Oct. 12. It voted.",
          ["He quit on Aug. 3.", "The board met on Oct. 12.", "It voted."]),
    .init("a.m. before a weekday", "The attack was at 2 a.m. Friday near the border.",
          ["The attack was at 2 a.m. Friday near the border."]),
    .init("Co. Inc. before comma", "The firm, Smith & Co. Inc., sued.", ["The firm, Smith & Co. Inc., sued."]),
    .init("one-word sentences", "Yes. No. Maybe.", ["Yes.", "No.", "Maybe."]),
    .init("ellipsis before but", "He said yes... but later changed his mind.",
          ["He said yes... but later changed his mind."]),
    .init("Bros.", "Warner Bros. Discovery cut jobs.", ["Warner Bros. Discovery cut jobs."]),
    .init("straight single quotes", "\"It is over,\" he said. 'We lost.' The team left.",
          ["\"It is over,\" he said.", "'We lost.'", "The team left."]),
    .init("curly quoted sentence first", "“We will not back down.” The minister spoke in Kyiv.",
          ["“We will not back down.”", "The minister spoke in Kyiv."]),
    .init("percent sign", "Sales rose 10%. Profits fell.", ["Sales rose 10%.", "Profits fell."]),
    .init("unknown abbreviation before lowercase", "The report (pub. by Reuters) was wrong.",
          ["The report (pub. by Reuters) was wrong."]),
    .init("vs. before a country", "He scored 3 goals vs. Brazil.", ["He scored 3 goals vs. Brazil."]),
    .init("exclamation then sentence", "The team won! Fans poured into the streets.",
          ["The team won!", "Fans poured into the streets."]),
    .init("U.S. All-Stars compound", "The match pits the U.S. All-Stars against Japan.",
          ["The match pits the U.S. All-Stars against Japan."]),
    .init("no space after period", "The talks ended.Then the delegates left.",
          ["The talks ended.Then the delegates left."]),
    .init("Nos.", "Nos. 3 and 4 were recalled.", ["Nos. 3 and 4 were recalled."]),
    .init("Corp. then They", "The contract went to Lockheed Martin Corp. They will deliver in 2027.",
          ["The contract went to Lockheed Martin Corp.", "They will deliver in 2027."]),
    .init("U.S. in parentheses then sentence", "Exports rose (mostly to the U.S.) Officials were pleased.",
          ["Exports rose (mostly to the U.S.)", "Officials were pleased."]),
    .init("Ms. and Prof.", "Ms. Lee, a former student of Prof. Kim, declined to comment.",
          ["Ms. Lee, a former student of Prof. Kim, declined to comment."]),
]

/// What press releases and wire copy contain beyond running prose: enumerated lists, ellipses in
/// their several styles, names and titles with an exclamation mark, currency abbreviations before an
/// amount. Each construction has cases where a split is right beside the ones where it is not.
let wireCopyFixtures: [SegmenterFixture] = [
    // Enumerated lists: the marker's own period never ends a sentence; a marker after a period starts one.
    .init("list 1.) 2.)", "1.) Expand the vaccination programme to all adults. 2.) Hire 500 more nurses by March.",
          ["1.) Expand the vaccination programme to all adults.", "2.) Hire 500 more nurses by March."]),
    .init("list 1) 2)", "1) The council will meet weekly. 2) Minutes will be published online.",
          ["1) The council will meet weekly.", "2) Minutes will be published online."]),
    .init("list 1. 2.", "1. Revenue rose 12 percent to $4.1 billion. 2. The operating margin widened.",
          ["1. Revenue rose 12 percent to $4.1 billion.", "2. The operating margin widened."]),
    .init("list a. b.", "a. Raise the minimum wage. b. Cut payroll taxes for small firms.",
          ["a. Raise the minimum wage.", "b. Cut payroll taxes for small firms."]),
    .init("list A. B.", "A. The company shall keep records. B. The auditor may inspect them.",
          ["A. The company shall keep records.", "B. The auditor may inspect them."]),
    .init("list (a) (b)", "(a) The lender must disclose all fees. (b) The borrower may cancel within 14 days.",
          ["(a) The lender must disclose all fees.", "(b) The borrower may cancel within 14 days."]),
    .init("list a) b) lower case", "The bill would: a) cap rents. b) ban no-fault evictions.",
          ["The bill would: a) cap rents.", "b) ban no-fault evictions."]),
    .init("list roman numerals", "II. The background to the dispute is long. III. The claims are set out below.",
          ["II. The background to the dispute is long.", "III. The claims are set out below."]),
    .init("list bullet and number", "• 9. Shareholders approved the final dividend.",
          ["• 9. Shareholders approved the final dividend."]),
    .init("list dashes as bullets", "- 1. Revenue rose. - 2. Costs fell.", ["- 1. Revenue rose.", "- 2. Costs fell."]),
    .init("interview Q. and A.", "Q. What did you see? A. The car hit the wall.",
          ["Q. What did you see?", "A. The car hit the wall."]),
    .init("list bullets between sentences", "• Revenue rose 5%. • Net profit fell to $2 million.",
          ["• Revenue rose 5%.", "• Net profit fell to $2 million."]),
    .init("list after a colon", "The plan has two parts: 1. Higher tariffs on steel. 2. Subsidies for farmers.",
          ["The plan has two parts: 1. Higher tariffs on steel.", "2. Subsidies for farmers."]),
    .init("list inline 1.) 2.)", "Priorities are: 1.) Growth 2.) Jobs 3.) Housing.",
          ["Priorities are: 1.) Growth 2.) Jobs 3.) Housing."]),
    .init("list after an acronym", "The rules apply in the U.S. 2. Exporters must register.",
          ["The rules apply in the U.S.", "2. Exporters must register."]),
    .init("not a list: a number ends the sentence", "Profits fell in quarter 3. Sales rose.",
          ["Profits fell in quarter 3.", "Sales rose."]),
    .init("not a list: a year alone", "1998. The year everything changed.",
          ["1998.", "The year everything changed."]),
    .init("not a list: figure in brackets", "Costs rose (see Figure 2.) Officials blamed fuel.",
          ["Costs rose (see Figure 2.)", "Officials blamed fuel."]),
    .init("not a list: spaced p. m.", "The meeting starts at 5 p. m. on Monday.",
          ["The meeting starts at 5 p. m. on Monday."]),
    .init("not a list: plan B", "They chose plan B. The vote was close.",
          ["They chose plan B.", "The vote was close."]),
    .init("not a list: No. 2 then a sentence", "He was ranked No. 2. Then he retired.",
          ["He was ranked No. 2.", "Then he retired."]),

    // Ellipses: an elision inside a quotation is followed by a name or lower case; a new sentence by a starter.
    .init("ellipsis opening a quotation", "“… The government will not back down,” the minister said.",
          ["“… The government will not back down,” the minister said."]),
    .init("ellipsis opening a paragraph", "... Then the talks collapsed.",
          ["... Then the talks collapsed."]),
    .init("elision before a name in a quotation", "“The decision … Moscow will regret,” she said.",
          ["“The decision … Moscow will regret,” she said."]),
    .init("elision before a name, three dots", "\"We support ... NATO and its partners,\" he said.",
          ["\"We support ... NATO and its partners,\" he said."]),
    .init("ellipsis closing a quotation, lower case", "“We will see…” he said.",
          ["“We will see…” he said."]),
    .init("ellipsis then a starter", "The line went dead . . . Police arrived an hour later.",
          ["The line went dead . . .", "Police arrived an hour later."]),
    .init("ellipsis then a common plural", "Markets closed higher... Investors cheered the rate cut.",
          ["Markets closed higher...", "Investors cheered the rate cut."]),
    .init("ellipsis with a space before it", "Talks dragged on ... Then a deal came.",
          ["Talks dragged on ...", "Then a deal came."]),
    .init("spaced four dots", "The war was over. . . . Nobody celebrated.",
          ["The war was over. . . .", "Nobody celebrated."]),

    // A "!" inside a name or title: a boundary only before a sentence starter.
    .init("Jeopardy! before a capital", "The Jeopardy! Tournament of Champions returns in May.",
          ["The Jeopardy! Tournament of Champions returns in May."]),
    .init("Jeopardy! before lower case", "Jeopardy! host Ken Jennings thanked viewers.",
          ["Jeopardy! host Ken Jennings thanked viewers."]),
    .init("Yahoo! Finance", "Data from Yahoo! Finance showed the stock fell.",
          ["Data from Yahoo! Finance showed the stock fell."]),
    .init("Yum! Brands", "Yum! Brands Inc. owns KFC and Taco Bell.",
          ["Yum! Brands Inc. owns KFC and Taco Bell."]),
    .init("E! News", "She told E! News that she was retiring.",
          ["She told E! News that she was retiring."]),
    .init("Yahoo! then a sentence", "The ad ran on Yahoo! The campaign cost $2 million.",
          ["The ad ran on Yahoo!", "The campaign cost $2 million."]),
    .init("quoted Jeopardy! then Then", "He appeared on “Jeopardy!” Then he wrote a book.",
          ["He appeared on “Jeopardy!”", "Then he wrote a book."]),
    .init("an exclamation before a capital", "Wow! Critics loved the film.",
          ["Wow!", "Critics loved the film."]),

    // Currency abbreviations before an amount: not an end before a number.
    .init("Rs. 500", "The state approved Rs. 500 crore for flood relief.",
          ["The state approved Rs. 500 crore for flood relief."]),
    .init("Rp. 10,000", "A litre of fuel costs Rp. 10,000 in Jakarta.",
          ["A litre of fuel costs Rp. 10,000 in Jakarta."]),
    .init("Dh. and Dhs.", "Tickets cost Dh. 5 for children and Dhs. 20 for adults.",
          ["Tickets cost Dh. 5 for children and Dhs. 20 for adults."]),
    .init("KSh.", "Farmers earn KSh. 200 a day.", ["Farmers earn KSh. 200 a day."]),
    .init("US$ 3", "The fund raised US$ 3 billion. It will invest in Asia.",
          ["The fund raised US$ 3 billion.", "It will invest in Asia."]),
    .init("HK$ opens a sentence", "Shares rose 3%. HK$ 2 billion changed hands.",
          ["Shares rose 3%.", "HK$ 2 billion changed hands."]),
    .init("approx. $5", "The repairs cost approx. $5 million, the city said.",
          ["The repairs cost approx. $5 million, the city said."]),
    .init("Rs. at an end", "The fare rose to 500 Rs. The drivers protested.",
          ["The fare rose to 500 Rs.", "The drivers protested."]),
    .init("c. 1900", "The house was built c. 1900 by a merchant.",
          ["The house was built c. 1900 by a merchant."]),
    .init("Sh. shillings", "Farmers earn Sh. 300 a day.", ["Farmers earn Sh. 300 a day."]),
    .init("Sh. and Smt. honorifics", "Sh. Rajnath Singh met Smt. Nirmala Sitharaman in Delhi.",
          ["Sh. Rajnath Singh met Smt. Nirmala Sitharaman in Delhi."]),
    .init("incl. VAT", "Prices incl. VAT rose 3 percent.", ["Prices incl. VAT rose 3 percent."]),
    .init("ordinary word before an amount", "The deal closed. $5 billion changed hands.",
          ["The deal closed.", "$5 billion changed hands."]),

    // A quotation ended by its own terminator, then the speaker (met in a NASA feature).
    .init("quotation then Name said.", "“On my machine was a message to wish me a ‘Merry Christmas.’” Stover said.",
          ["“On my machine was a message to wish me a ‘Merry Christmas.’” Stover said."]),
    .init("exclamation then Name shouted.", "“Stop!” Jones shouted.", ["“Stop!” Jones shouted."]),
    .init("question then Name asked.", "“Is it over?” Smith asked.", ["“Is it over?” Smith asked."]),
    .init("quotation then Mr Name said,", "\"We will win.\" Mr Jan said, smiling.", ["\"We will win.\" Mr Jan said, smiling."]),
    .init("not an attribution: said and more words", "“We will win.” Stover said the team was ready.",
          ["“We will win.”", "Stover said the team was ready."]),
    .init("not an attribution: another verb", "“We won.” Senator Smith praised the team.",
          ["“We won.”", "Senator Smith praised the team."]),
    .init("not an attribution: no quotation", "The match ended. Stover said.", ["The match ended.", "Stover said."]),

    // Press-release furniture.
    .init("ticker after Corp.", "Acme Corp. (NYSE: ACM) today announced results.",
          ["Acme Corp. (NYSE: ACM) today announced results."]),
    .init("dateline", "NEW YORK, Jan. 5, 2024 /PRNewswire/ -- Acme Inc. today announced a merger.",
          ["NEW YORK, Jan. 5, 2024 /PRNewswire/ -- Acme Inc. today announced a merger."]),
    .init("AP dateline with a state", "MEMPHIS, Tenn. (AP) — A man was arrested at the airport.",
          ["MEMPHIS, Tenn. (AP) — A man was arrested at the airport."]),
    .init("dateline with a dash", "ATLANTA, Ga. — The CDC said on Monday that cases rose.",
          ["ATLANTA, Ga. — The CDC said on Monday that cases rose."]),
    .init("state before a title", "Officials in Sacramento, Calif. Gov. Gavin Newsom's office declined to comment.",
          ["Officials in Sacramento, Calif. Gov. Gavin Newsom's office declined to comment."]),
    .init("state at an end", "He lives in Morro Bay, Calif. He was airlifted to a hospital.",
          ["He lives in Morro Bay, Calif.", "He was airlifted to a hospital."]),
    .init("web address at an end", "For more information, visit www.acme.com. Media contact: Jane Doe.",
          ["For more information, visit www.acme.com.", "Media contact: Jane Doe."]),
    .init("Tel. before a number", "Media contact: Jane Doe, Tel. +1 212 555 0100.",
          ["Media contact: Jane Doe, Tel. +1 212 555 0100."]),
]

// MARK: - Tests

@Suite("Segmenter")
struct SegmenterTests {
    @Test("fixtures", arguments: segmenterFixtures + wireCopyFixtures)
    func fixture(_ f: SegmenterFixture) {
        #expect(sentences(f.text) == f.expected)
        let s = scalars(f.text)
        #expect(violation(s, 0..<s.count, Segmenter.sentenceRanges(in: s, range: 0..<s.count)) == nil)
    }

    @Test func hasEnoughFixtures() {
        #expect(segmenterFixtures.count == 104)
        #expect(wireCopyFixtures.count >= 40)
        let names = (segmenterFixtures + wireCopyFixtures).map(\.name)
        #expect(Set(names).count == names.count)
    }

    @Test(arguments: ["", " ", "   ", "\u{A0}\u{2009} \t", "\u{FEFF}\u{3000}"])
    func emptyOrSpaceOnly(_ text: String) {
        let s = scalars(text)
        #expect(Segmenter.sentenceRanges(in: s, range: 0..<s.count) == [])
    }

    @Test func emptyRangeAndOutOfBoundsRanges() {
        let s = scalars("One. Two.")
        #expect(Segmenter.sentenceRanges(in: s, range: 3..<3) == [])
        #expect(Segmenter.sentenceRanges(in: [], range: 0..<10) == [])
        #expect(Segmenter.sentenceRanges(in: s, range: -5..<100) == [0..<4, 5..<9])
        #expect(Segmenter.sentenceRanges(in: s, range: 50..<100) == [])
    }

    @Test func absoluteIndicesInASubrange() {
        let s = scalars("xx Markets rallied. Bonds fell. yy")
        let r = Segmenter.sentenceRanges(in: s, range: 2..<31)
        #expect(r.map { String(String.UnicodeScalarView(s[$0])) } == ["Markets rallied.", "Bonds fell."])
        #expect(r.first?.lowerBound == 3)
    }

    @Test func randomJunkNeverTrapsAndKeepsTheContract() {
        let alphabet: [Unicode.Scalar] = [".", "?", "!", "\"", "”", "’", ")", "A", "a", "1", " ", "…", "\u{A0}", "(", "“", "e", "g", "U", "S", "M", "r",
                                          "•", ":", "i", "v", "E", "s", "d"]
        var rng = SplitMix64(state: 0x5EED_0F_61055)
        for iteration in 0..<5000 {
            let length = Int(rng.next() % 80)
            var s = [Unicode.Scalar]()
            s.reserveCapacity(length)
            for _ in 0..<length { s.append(alphabet[Int(rng.next() % UInt64(alphabet.count))]) }
            let a = length == 0 ? 0 : Int(rng.next() % UInt64(length + 1))
            let b = a + Int(rng.next() % UInt64(length - a + 1))
            for range in [0..<length, a..<b] {
                let ranges = Segmenter.sentenceRanges(in: s, range: range)
                if let problem = violation(s, range, ranges) {
                    Issue.record("iteration \(iteration), range \(range), input \(String(String.UnicodeScalarView(s)).debugDescription): \(problem)")
                    return
                }
            }
        }
    }

    @Test func hugeInputs() {
        for unit in ["a. ", ".", " ", "U.S. ", "…", "Mr. ", "\"?\" ", "1.) ", "(b) ", "• 9. ", "E! ", "Rs. 5 ", "“x.” Al said. ", "x 2.) "] {
            var s = [Unicode.Scalar]()
            let u = Array(unit.unicodeScalars)
            while s.count < 300_000 { s.append(contentsOf: u) }
            let ranges = Segmenter.sentenceRanges(in: s, range: 0..<s.count)
            #expect(violation(s, 0..<s.count, ranges) == nil, "unit \(unit.debugDescription)")
        }
        // A single very long token and a long run of openers.
        let long = Array(repeating: Unicode.Scalar("x"), count: 100_000) + [".", " ", "A", "."]
        #expect(Segmenter.sentenceRanges(in: long, range: 0..<long.count) == [0..<100_001, 100_002..<100_004])
        let openers = Array("End. ".unicodeScalars) + Array(repeating: Unicode.Scalar("("), count: 50_000) + ["T", "."]
        #expect(violation(openers, 0..<openers.count, Segmenter.sentenceRanges(in: openers, range: 0..<openers.count)) == nil)
    }

    // MARK: The default article (machine-paraphrased news; a stray no-break space, unbalanced curly quotes).

    static let defaultArticle: [String] = [
        "Vladimir Putin, the president of Russia, lists very few nations on his current list of available global travel sites. He made the wise decision to travel to Pyongyang so that he could be feted as a friend despot and receive comfort from isolation and sanctions-imposed isolation.",
        "However, if the South Korean government follows through on its commitment to backfill US and Polish stockpiles, Putin’s decision to mark a complete common security agreement with North Korean leader Kim Jong Un might end up being an own-goal rather than a corporate breakthrough.",
        "Putin good envisioned a rise in South Asian numbness regarding open military aid for Ukraine while expanding the range and varieties of Northern Korean weapons that were available for Russia’s war work.",
        "In recent months, North Korea and Russia have heightened their stance on perceived US colonialism as well as Russia’s actions to put an end to the UN Panel of Experts ‘ investigation and recommendation of international sanctions for North Korean violations of majority UN resolutions involving its nuclear and missile development activities.",
        "At a press conference on May 9th, South Korean President Yoon Suk Yeol reiterated his desire to keep ties with Russia” as soft as possible” and reiterated South Korea’s plan of never giving Ukraine military equipment immediately.",
        "Regarding South Korea’s credibility as a partner with similar goals, the facetious ties that existed prior to the Kim-Putin mountain sparked a lot of inquiries from EU and British political representatives, with whom I spoke a week beforehand to Putin’s attend.",
        "My interlocutors specifically brought up Europe’s desire to ensure South Korea’s support for Ukraine and its sorrow with South Korea’s rhetorical support, which was mainly weak in comparison to that of Japan. The United States should have put more pressure on South Korea to become more in line with the West in the fight against the war in Ukraine, the Western participants questioned.",
        "The statement of a North Korea-Russian mutual defense treaty suggests that South Korea’s first response may help to quell Western concerns by stoking the Yoon administration’s desire to support Ukraine in essential areas like anti-missile systems and immediate munition supplies.",
        "Following the announcement, South Korea’s memorandum to the Soviet ambassador to South Korea, Georgy Zinoviev, demanded that Russia cut off military ties with North Korea. Putin also issued a public notice that it would be a “very great error” if South Korea carried out its threat to provide munitions directly to Ukraine.",
        "The signing of the common defense pact, which North Korea and Russia may want to exploit, has a big impact, according to Putin’s ambiguous comment: the Korean Peninsula’s reconnection risks are related to the wider geopolitical environment and worldwide geopolitical rivalries.",
        "As a result, North Korean actions against Russia will need to consider the possibility that Russia will launch retaliation by expanding the scope and breadth of military cooperation with North Korea, including the use of cutting-edge satellite and ballistic missile technology.",
        "However, one possible reason for Russia’s drafting of the joint defense agreement with North Korea is to encourage the development of a subsequent front for a military conflict outside of Ukraine, both as a means of inciting South Korea’s caution regarding the export of defense equipment to Ukraine and as a pretext for a wider conflict that might have an impact on US global military strategy.",
        "The Yoon administration will have to bridge these obstacles by closing the gap in perspective and approach with like-minded Western allies and by enhancing US- Japan- North Korean military cohesion in response to tighter North Korea- Russia ties. In this respect, the schedule of Putin’s visit to Pyongyang may welcome interest and a unified response from NATO’s 75th anniversary celebrations in Washington, DC, and from the American, Japanese, and South Korean officials on the outside of those discussions.",
        "Scott Snyder is author of\u{A0}, The US- South Korea Alliance: Why It May Fail and Why It Must Not. The Korea Economic Institute of America (KEI ) is led by him as president and CEO. This article was KEI’s original publication. It is republished with permission.",
        "The Korea Institute for International Economic Policy, a public corporation established by the Republic of Korea, is a registered trademark of KEI as an agent of the FARA.",
    ]

    /// Sentence counts a careful reader gives each paragraph of the default article.
    static let defaultArticleCounts = [2, 1, 1, 1, 1, 1, 2, 1, 2, 1, 1, 1, 2, 4, 1]

    @Test func defaultArticleCounts() {
        let counts = Self.defaultArticle.map { sentences($0).count }
        #expect(counts == Self.defaultArticleCounts)
        #expect(counts.reduce(0, +) == 22)
    }

    @Test func defaultArticleParagraph1() {
        #expect(sentences(Self.defaultArticle[0]) == [
            "Vladimir Putin, the president of Russia, lists very few nations on his current list of available global travel sites.",
            "He made the wise decision to travel to Pyongyang so that he could be feted as a friend despot and receive comfort from isolation and sanctions-imposed isolation.",
        ])
    }

    @Test func defaultArticleParagraph14() {
        #expect(sentences(Self.defaultArticle[13]) == [
            "Scott Snyder is author of\u{A0}, The US- South Korea Alliance: Why It May Fail and Why It Must Not.",
            "The Korea Economic Institute of America (KEI ) is led by him as president and CEO.",
            "This article was KEI’s original publication.",
            "It is republished with permission.",
        ])
    }

    @Test func defaultArticleAsOneText() {
        let text = Self.defaultArticle.joined(separator: "\n")
        let s = scalars(text)
        var total = 0
        var lineStart = 0
        for i in 0...s.count where i == s.count || s[i] == "\n" {
            let r = Segmenter.sentenceRanges(in: s, range: lineStart..<i)
            #expect(violation(s, lineStart..<i, r) == nil)
            total += r.count
            lineStart = i + 1
        }
        #expect(total == 22)
    }
}
