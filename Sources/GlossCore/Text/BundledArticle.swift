// Generated from shared/seed/000_a4bbf854dd06bcc4.txt; do not edit by hand.
// Every character outside printable ASCII is escaped so the bytes survive any editor.
// GlossCoreTests.BundledArticleTests checks it against the seed file when that file is present.

/// The article Gloss opens when no file is given, compiled into the binary.
public enum BundledArticle {
    /// The name shown as the article's source.
    public static let name = "000_a4bbf854dd06bcc4.txt"
    /// The SHA-256 of the original file's bytes.
    public static let sha256 = "ecf53cdd4d318ffa75a89898bcfd83a9b30a1dcac4b734934b6f28defa18a3bc"
    /// The file's text, exactly as published.
    public static let text: String =
        "Vladimir Putin, the president of Russia, lists very few nations on his current list of available global travel sites. He made the wise decision to travel to Pyongyang so that he could be feted as a friend despot and receive comfort from isolation and sanctions-imposed isolation.\n" +
        "However, if the South Korean government follows through on its commitment to backfill US and Polish stockpiles, Putin\u{2019}s decision to mark a complete common security agreement with North Korean leader Kim Jong Un might end up being an own-goal rather than a corporate breakthrough.\n" +
        "Putin good envisioned a rise in South Asian numbness regarding open military aid for Ukraine while expanding the range and varieties of Northern Korean weapons that were available for Russia\u{2019}s war work.\n" +
        "In recent months, North Korea and Russia have heightened their stance on perceived US colonialism as well as Russia\u{2019}s actions to put an end to the UN Panel of Experts \u{2018} investigation and recommendation of international sanctions for North Korean violations of majority UN resolutions involving its nuclear and missile development activities.\n" +
        "At a press conference on May 9th, South Korean President Yoon Suk Yeol reiterated his desire to keep ties with Russia\u{201D} as soft as possible\u{201D} and reiterated South Korea\u{2019}s plan of never giving Ukraine military equipment immediately.\n" +
        "Regarding South Korea\u{2019}s credibility as a partner with similar goals, the facetious ties that existed prior to the Kim-Putin mountain sparked a lot of inquiries from EU and British political representatives, with whom I spoke a week beforehand to Putin\u{2019}s attend.\n" +
        "My interlocutors specifically brought up Europe\u{2019}s desire to ensure South Korea\u{2019}s support for Ukraine and its sorrow with South Korea\u{2019}s rhetorical support, which was mainly weak in comparison to that of Japan. The United States should have put more pressure on South Korea to become more in line with the West in the fight against the war in Ukraine, the Western participants questioned.\n" +
        "The statement of a North Korea-Russian mutual defense treaty suggests that South Korea\u{2019}s first response may help to quell Western concerns by stoking the Yoon administration\u{2019}s desire to support Ukraine in essential areas like anti-missile systems and immediate munition supplies.\n" +
        "Following the announcement, South Korea\u{2019}s memorandum to the Soviet ambassador to South Korea, Georgy Zinoviev, demanded that Russia cut off military ties with North Korea. Putin also issued a public notice that it would be a \u{201C}very great error\u{201D} if South Korea carried out its threat to provide munitions directly to Ukraine.\n" +
        "The signing of the common defense pact, which North Korea and Russia may want to exploit, has a big impact, according to Putin\u{2019}s ambiguous comment: the Korean Peninsula\u{2019}s reconnection risks are related to the wider geopolitical environment and worldwide geopolitical rivalries.\n" +
        "As a result, North Korean actions against Russia will need to consider the possibility that Russia will launch retaliation by expanding the scope and breadth of military cooperation with North Korea, including the use of cutting-edge satellite and ballistic missile technology.\n" +
        "However, one possible reason for Russia\u{2019}s drafting of the joint defense agreement with North Korea is to encourage the development of a subsequent front for a military conflict outside of Ukraine, both as a means of inciting South Korea\u{2019}s caution regarding the export of defense equipment to Ukraine and as a pretext for a wider conflict that might have an impact on US global military strategy.\n" +
        "The Yoon administration will have to bridge these obstacles by closing the gap in perspective and approach with like-minded Western allies and by enhancing US- Japan- North Korean military cohesion in response to tighter North Korea- Russia ties. In this respect, the schedule of Putin\u{2019}s visit to Pyongyang may welcome interest and a unified response from NATO\u{2019}s 75th anniversary celebrations in Washington, DC, and from the American, Japanese, and South Korean officials on the outside of those discussions.\n" +
        "Scott Snyder is author of\u{A0}, The US- South Korea Alliance: Why It May Fail and Why It Must Not. The Korea Economic Institute of America (KEI ) is led by him as president and CEO. This article was KEI\u{2019}s original publication. It is republished with permission.\n" +
        "The Korea Institute for International Economic Policy, a public corporation established by the Republic of Korea, is a registered trademark of KEI as an agent of the FARA."
}
