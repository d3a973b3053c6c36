import Testing
import GlossCore

/// Short news-like articles written for these tests, each with its traps. The expected tables are
/// what a careful reader lists; they were not produced by running the extractor.
@Suite struct NewsArticleActorTests {
    static let usPolitics = """
        WASHINGTON — Former President George W. Bush met Gov. Greg Abbott in Texas on Tuesday. Mr. Bush said \
        the U.S. economy was strong. Abbott, a Republican, told reporters that Washington had ignored the border \
        for years. Rep. Alexandria Ocasio-Cortez criticised the meeting. “This is theatre,” Ocasio-Cortez said in \
        a statement. The Federal Emergency Management Agency (FEMA) said it would send staff, and FEMA officials \
        arrived on Wednesday. Jeb Bush, the former governor of Florida, did not attend.
        """

    @Test func usPoliticsActors() {
        let a = ActorFixture.analyse(Self.usPolitics)
        #expect(ActorFixture.table(a) == [
            "Alexandria Ocasio-Cortez (person)",
            "Federal Emergency Management Agency (organisation)",
            "Florida (place)",
            "George W. Bush (person)",
            "Greg Abbott (person)",
            "Jeb Bush (person)",
            "Republican Party (organisation)",  // "a Republican": the party's member word
            "Texas (place)",
            "United States (state)",
            "Washington, D.C. (place)",
        ])
        #expect(a.actor(named: "Ocasio-Cortez")?.mentions.count == 2)
        // "Mr. Bush" comes before Jeb Bush is named: George W. Bush's, the one named before it.
        #expect(a.actor(named: "George W. Bush")?.mentions.map(\.surface) == ["George W. Bush", "Bush"])
        #expect(a.actor(named: "Greg Abbott")?.aliases == ["Abbott", "Greg Abbott"])
        #expect(a.actor(named: "FEMA")?.name == "Federal Emergency Management Agency")
        #expect(a.actor(named: "FEMA")?.mentions.count == 3)
        #expect(a.actor(named: "Washington")?.aliases == ["WASHINGTON", "Washington"])
        #expect(a.actor(named: "U.S.")?.aliases == ["U.S."])
    }

    static let europe = """
        Jean-Claude Juncker, the former president of the European Commission, arrived in Brussels on Monday. \
        Juncker met German Chancellor Olaf Scholz and French President Emmanuel Macron. Macron’s office said the \
        three leaders discussed Ukraine. Berlin and Paris have pushed the EU to speed up aid, while Moscow said the \
        talks were “provocative”. Kremlin spokesman Dmitry Peskov warned European capitals. Scholz later told the \
        Bundestag that Germany would not waver.
        """

    @Test func europeActors() {
        let a = ActorFixture.analyse(Self.europe)
        #expect(ActorFixture.table(a) == [
            "Berlin (place)", "Brussels (place)", "Bundestag (organisation)", "Dmitry Peskov (person)",
            "Emmanuel Macron (person)", "Europe (place)", "European Commission (organisation)",
            "European Union (organisation)", "France (state)", "Germany (state)", "Jean-Claude Juncker (person)",
            "Kremlin (organisation)", "Moscow (place)", "Olaf Scholz (person)", "Paris (place)", "Ukraine (state)",
        ])
        #expect(a.actor(named: "Juncker")?.mentions.count == 2)
        #expect(a.actor(named: "Olaf Scholz")?.linkedState == "Germany")
        #expect(a.actor(named: "Macron")?.linkedState == "France")
        #expect(a.actor(named: "Macron")?.aliases == ["Emmanuel Macron", "Macron"])
        #expect(a.actor(named: "Germany")?.aliases == ["German", "Germany"])
        #expect(a.actor(named: "Moscow")?.linkedState == "Russia")
        #expect(a.actor(named: "Kremlin")?.linkedState == "Russia")
    }

    static let asia = """
        Chinese President Xi Jinping warned on Friday that Beijing would not tolerate foreign interference in \
        Taiwan. Xi spoke after Taiwanese officials met executives of Taiwan Semiconductor Manufacturing Co. in \
        Taipei. Beijing’s Ministry of Foreign Affairs called the meeting a provocation. Analysts at the Mercator \
        Institute for China Studies said Xi’s remarks were aimed at Washington. Samsung Electronics Co., the South \
        Korean chipmaker, declined to comment. Separately, Japan’s Prime Minister Fumio Kishida said Tokyo would \
        raise the issue with ASEAN.
        """

    @Test func asiaActors() {
        let a = ActorFixture.analyse(Self.asia)
        #expect(ActorFixture.table(a) == [
            "Association of Southeast Asian Nations (organisation)", "Beijing (place)", "China (state)",
            "Fumio Kishida (person)", "Japan (state)", "Mercator Institute for China Studies (organisation)",
            "Ministry of Foreign Affairs (organisation)", "Samsung Electronics Co (organisation)",
            "South Korea (state)", "Taipei (place)", "Taiwan (state)",
            "Taiwan Semiconductor Manufacturing Co (organisation)", "Tokyo (place)", "Washington, D.C. (place)",
            "Xi Jinping (person)",
        ])
        #expect(a.actor(named: "Xi")?.mentions.map(\.surface) == ["Xi Jinping", "Xi", "Xi"])
        #expect(a.actor(named: "Xi Jinping")?.linkedState == "China")
        #expect(a.actor(named: "Beijing")?.mentions.count == 2)
        #expect(a.actor(named: "Taiwan")?.aliases == ["Taiwan", "Taiwanese"])
    }

    static let middleEast = """
        Following a meeting in Vienna, the International Atomic Energy Agency said Iran had enriched uranium \
        beyond agreed limits. IAEA Director General Rafael Grossi told reporters that Tehran was “not \
        cooperating”. Iranian Foreign Minister Abbas Araghchi rejected the claim. However, Israeli Prime Minister \
        Benjamin Netanyahu said Israel would act alone if needed. Netanyahu’s office later clarified the remark. \
        The Organization of the Petroleum Exporting Countries (OPEC) was not involved. In a statement, the White \
        House urged restraint, and Secretary of State Antony Blinken called his Saudi counterpart.
        """

    @Test func middleEastActors() {
        let a = ActorFixture.analyse(Self.middleEast)
        #expect(ActorFixture.table(a) == [
            "Abbas Araghchi (person)", "Antony Blinken (person)", "Benjamin Netanyahu (person)",
            "International Atomic Energy Agency (organisation)", "Iran (state)", "Israel (state)",
            "Organization of the Petroleum Exporting Countries (organisation)", "Rafael Grossi (person)",
            "Saudi Arabia (state)", "Tehran (place)", "Vienna (place)", "White House (organisation)",
        ])
        #expect(a.actor(named: "IAEA")?.aliases == ["IAEA", "International Atomic Energy Agency"])
        #expect(a.actor(named: "OPEC")?.mentions.count == 2)
        #expect(a.actor(named: "Abbas Araghchi")?.linkedState == "Iran")
        #expect(a.actor(named: "Netanyahu")?.linkedState == "Israel")
        #expect(a.actor(named: "Netanyahu")?.mentions.count == 2)
        #expect(a.actor(named: "Vienna")?.linkedState == "Austria")
    }

    static let korea = """
        North Korean leader Kim Jong Un hosted Russian Defence Minister Andrei Belousov in Pyongyang. Kim’s \
        sister, Kim Yo Jong, issued a statement denouncing Seoul. South Korea’s National Intelligence Service said \
        the visit showed deepening North Korea-Russia ties. Kim also inspected a missile factory, state media \
        reported. The talks followed a Kim-Belousov phone call in May. Victor Cha, author of The Impossible \
        State: North Korea, Past and Future, said Moscow needed shells.
        """

    @Test func koreaActors() {
        let a = ActorFixture.analyse(Self.korea)
        #expect(ActorFixture.table(a) == [
            "Andrei Belousov (person)",
            "Kim (person)",  // two Kims in the text: the bare "Kim" after both are named stays unresolved
            "Kim Jong Un (person)", "Kim Yo Jong (person)", "Moscow (place)",
            "National Intelligence Service (organisation)", "North Korea (state)", "Pyongyang (place)",
            "Russia (state)", "Seoul (place)", "South Korea (state)", "Victor Cha (person)",
        ])
        #expect(a.actor(named: "Belousov")?.mentions.map(\.surface) == ["Andrei Belousov", "Belousov"])
        #expect(a.actor(named: "Andrei Belousov")?.linkedState == "Russia")
        #expect(a.actor(named: "Kim")?.name == "Kim")
        #expect(a.actor(named: "Kim")?.mentions.count == 2)
        // "Kim’s sister" comes before Kim Yo Jong is named: Kim Jong Un's.
        #expect(a.actor(named: "Kim Jong Un")?.mentions.map(\.surface) == ["Kim Jong Un", "Kim"])
        // The book title's state is a mention; its other words are not actors.
        #expect(a.actor(named: "North Korea")?.mentions.count == 3)
        #expect(a.actor(named: "Impossible State") == nil)
        #expect(a.actor(named: "Past") == nil)
    }

    static let business = """
        Acme Robotics Inc. said on Thursday that its chief executive, Dr. Maria Lopez, would step down. Lopez \
        founded the company in 2009 with J. Robert Hale. “We thank Maria for her vision,” said Hale, who chairs \
        the board. Shares of Acme Robotics fell 4% in New York after the announcement. Its rival, Nordic Drones \
        Ltd. of Oslo, declined to comment. The U.K. Competition and Markets Authority is reviewing the deal.
        """

    @Test func businessActors() {
        let a = ActorFixture.analyse(Self.business)
        #expect(ActorFixture.table(a) == [
            "Acme Robotics Inc (organisation)", "J. Robert Hale (person)", "Maria Lopez (person)",
            "New York (place)", "Nordic Drones Ltd (organisation)", "Oslo (place)",
            "U.K. Competition and Markets Authority (organisation)",
        ])
        #expect(a.actor(named: "Acme Robotics")?.mentions.count == 2)
        #expect(a.actor(named: "Lopez")?.aliases == ["Lopez", "Maria", "Maria Lopez"])
        #expect(a.actor(named: "Hale")?.mentions.count == 2)
        #expect(a.actor(named: "U.K. Competition and Markets Authority")?.linkedState == "United Kingdom")
    }

    @Test(arguments: ["", "   ", "\n\n", "the and of", "ALL CAPS HEADLINE WITHOUT NAMES", "(((", "Mr.", "- - -"])
    func degenerateTextsGiveNoActorsAndNoTrap(text: String) {
        let a = ActorFixture.analyse(text)
        #expect(a.actors.isEmpty)
        #expect(a.cooccurrences().isEmpty)
    }
}
