/// Stage 2, teams of the major leagues: sports copy names them by their nickname alone ("the Bruins beat
/// the Sabres"), or with their city ("New York Islanders"). A nickname is also an ordinary word ("Wild",
/// "Senators", "Heat"), so a league's teams are taken only where the text names two of them, or names the
/// team with its city.
extension ActorExtractor {
    /// One team's nickname found in the text: words `from..<to` (the city included when it is written).
    struct TeamUse {
        let team: Int
        let from: Int
        let to: Int
    }

    /// A team's names as keys, made once for every article: the nickname's words, the city's key and length.
    struct TeamKeys: Sendable {
        let nickname: [String]
        let city: String
        let cityLength: Int
    }

    static let teamKeys: [TeamKeys] = GazetteerData.leagueTeams.map { team in
        let city = NameKey.key(team.city)
        return TeamKeys(nickname: team.nickname.split(separator: " ").map { NameKey.key(String($0)) }, city: city,
                        cityLength: city.split(separator: " ").count)
    }

    /// Mentions of the league teams, where two teams of one league are named, or the team is named with its
    /// city ("the Miami Dolphins": the city and the nickname together are no ordinary words).
    mutating func teamNames() {
        let teams = GazetteerData.leagueTeams
        var uses = [TeamUse]()
        for (t, keys) in Self.teamKeys.enumerated() { uses += teamUses(t, keys) }
        var named = [String: Set<String>]()
        var withCity = Set<Int>()
        for u in uses {
            named[teams[u.team].league, default: []].insert(teams[u.team].nickname)
            if u.to - u.from > Self.teamKeys[u.team].nickname.count { withCity.insert(u.team) }
        }
        for u in uses where named[teams[u.team].league]!.count >= 2 || withCity.contains(u.team) {
            let team = teams[u.team]
            addMention(name: team.city + " " + team.nickname, kind: .organisation, linked: nil, from: u.from, to: u.to,
                       rule: .leagueTeam(league: team.league))
        }
    }

    /// The uses of one team's nickname: capitalised, not glued to another capitalised word (its city aside).
    mutating func teamUses(_ t: Int, _ keys: TeamKeys) -> [TeamUse] {
        let ids = article.index.ids
        let forms = keys.nickname.map { ids[$0] }
        guard let first = forms[0], !forms.contains(where: { $0 == nil }) else { return [] }
        let cityKey = keys.city, cityLength = keys.cityLength
        var out = [TeamUse]()
        for p in article.index.postings[Int(first)] {
            let a = Int(p), b = a + forms.count
            guard b <= n, (a..<b).allSatisfy({ wordState[$0].cap && isTeamWordFree($0) }) else { continue }
            guard (a + 1..<b).allSatisfy({ words[$0].form == forms[$0 - a]! && wordState[$0].gap == .space }) else { continue }
            if b < n, wordState[b].gap == .space, wordState[b].cap { continue }
            var from = a
            if a >= cityLength, wordState[a].gap == .space, key(a - cityLength, a) == cityKey,
               (a - cityLength..<a).allSatisfy({ isTeamWordFree($0) }) {
                from = a - cityLength
            } else if a > 0, wordState[a].gap == .space, wordState[a - 1].cap, !initialOpener(a - 1), !has(a - 1, .stopWord) {
                continue
            }
            out.append(TeamUse(team: t, from: from, to: b))
        }
        return out
    }

    /// A word no stage has claimed but the titles' ("Senators").
    func isTeamWordFree(_ i: Int) -> Bool { wordState[i].owner == .free || wordState[i].owner == .title }
}
