import Testing
import GlossCore
import GlossEvaluation

/// Guards the attribution figures on the hand-annotated real articles (Tests/Reference/articles)
/// against regressions: each figure must stay at or above the floor recorded when it was last improved.
/// Raise a floor when the analysis gets better; never lower one to make a change pass.
@Suite struct AttributionAccuracyGuardTests {
    /// The floors of one split: direct and indirect recall and speaker accuracy, and the most false attributions allowed.
    struct Floors: Sendable {
        let split: ReferenceArticle.Split
        let directFound, directSpeaker, indirectFound, indirectSpeaker, falseRate: Double
    }

    /// Recorded 2026-12-02 on the 125 dev articles: direct 1.00 / 0.94, indirect 0.89 / 0.90 (405/456, 363/405), false 0.02;
    /// re-recorded the same day for the set, not the code, when 24 more web articles joined dev: the same
    /// finder scores direct 1.00 / 0.91, indirect 0.84 / 0.88 (512/608, 453/512), false 0.04 on the 149.
    /// Raised (speech4) for the finder's new rules: direct 1.00 / 0.94 (372/373, 348/372), indirect 0.88 / 0.90
    /// (536/608, 482/536), false 0.02 (22/900); with the actor rounds merged and attributions under four words
    /// left unscored: direct 1.00 / 0.94 (372/373, 349/372), indirect 0.88 / 0.90 (536/608, 483/536), false 0.02 (18/883).
    /// With the 15 dev articles of round 5, on the 164: direct 1.00 / 0.93 (433/434, 404/433), indirect 0.86 / 0.89
    /// (607/703, 542/607), false 0.03 (28/1017). Raised (speech5): direct 1.00 / 0.94 (433/434, 407/433), indirect
    /// 0.87 / 0.90 (611/703, 552/611), false 0.02 (22/1014). With the 8 dev articles of round 6, on the 172: direct
    /// 1.00 / 0.93 (467/468, 436/467), indirect 0.86 / 0.91 (632/739, 573/632), false 0.03 (29/1068). With goose3's 12
    /// dev pages too, on the 184: direct 1.00 / 0.91 (579/581, 527/579), indirect 0.84 / 0.89 (695/831, 622/695), false
    /// 0.03 (41/1240). Raised for round 6's rules: direct 1.00 / 0.92 (579/581, 531/579), indirect 0.86 / 0.89
    /// (711/831, 634/711), false 0.02 (31/1242). Raised (speech7): direct 1.00 / 0.93 (579/581, 536/579), indirect 0.88 /
    /// 0.90 (729/831, 656/729), false 0.02 (26/1262). With round 7's 11 dev articles (opinion and features) and the
    /// conventions they settled, on the 195: direct 1.00 / 0.92 (637/639, 588/637), indirect 0.86 / 0.90 (776/904,
    /// 699/776), false 0.03 (36/1361). Raised (speechb7): direct 1.00 / 0.93 (637/639, 590/637), indirect 0.87 / 0.90
    /// (786/904, 708/786), false 0.02 (32/1368).
    /// Only dev is guarded: the held-out articles are scored by the benchmark and never looked into, and
    /// a floor on them would invite tuning to them.
    static let floors = [
        Floors(split: .dev, directFound: 0.99, directSpeaker: 0.92, indirectFound: 0.86, indirectSpeaker: 0.90, falseRate: 0.03),
    ]

    @Test(arguments: floors)
    func figuresStayAboveTheirFloors(_ floors: Floors) throws {
        let articles = try ReferenceArticles.all()
        try #require(articles.filter { $0.split == floors.split }.count >= 195)
        let (score, _) = AttributionScoring.score(articles, split: floors.split)
        try #require(score.direct.reference > 0 && score.indirect.reference > 0)
        #expect(score.direct.recall >= floors.directFound)
        #expect(score.direct.speakerAccuracy >= floors.directSpeaker)
        #expect(score.indirect.recall >= floors.indirectFound)
        #expect(score.indirect.speakerAccuracy >= floors.indirectSpeaker)
        #expect(score.falseRate <= floors.falseRate)
    }
}
