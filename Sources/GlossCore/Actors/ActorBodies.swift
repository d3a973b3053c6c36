/// Organisation head words used alone for one body: "the Government", "Argentina's Government", "told the Telegraph".
extension ActorExtractor {
    /// Gives each capitalised standalone head after "the" or a possessive to the one organisation of the text
    /// that it ends ("Government" to "Federal Government"), or to an organisation of its own name.
    mutating func standaloneBodies() {
        let ids = article.index.ids
        for head in GazetteerData.standaloneBodies {
            guard let form = ids[NameKey.key(head)] else { continue }
            let headKey = NameKey.key(head)
            var named = -1, count = 0
            for (d, draft) in drafts.enumerated() where draft.kind == .organisation && !draft.spans.isEmpty {
                if Self.bodyHead(NameKey.key(draft.name)) == headKey { named = d; count += 1 }
            }
            for p in article.index.postings[Int(form)] {
                let i = Int(p)
                guard i > 0, wordState[i].owner == .free, wordState[i].cap, !wordState[i].allCaps, !wordState[i].initial else { continue }
                // The name goes on ("Government House"): not this rule's.
                if i + 1 < n, wordState[i + 1].cap, wordState[i + 1].gap == .space || wordState[i + 1].gap == .hyphen { continue }
                // … or goes on after a connector: a name the run stages did not type. "the House of Representatives",
                // "the House of Assembly": after "the", the head, "of" and one free name ending the run are one body.
                if i + 2 < n, has(i + 1, .connector), !wordState[i + 1].cap, wordState[i + 2].cap, wordState[i + 2].gap == .space {
                    if word(i + 1) == "of", wordState[i].gap == .space, word(i - 1) == "the", wordState[i + 2].owner == .free,
                       !wordState[i + 2].allCaps, i + 3 >= n || !(wordState[i + 3].cap && wordState[i + 3].gap == .space) {
                        addMention(name: cleanName(i, i + 3), kind: .organisation, linked: nil, from: i, to: i + 3,
                                   rule: .context("“the \(cleanName(i, i + 1)) of …”: a body named by its head and its members or kind"))
                    }
                    continue
                }
                let possessive = wordState[i].gap == .possessive && isKnownPlace(i - 1)
                guard possessive || wordState[i].gap == .space && word(i - 1) == "the" else { continue }
                let reason = possessive ? "“\(cleanName(i, i + 1))” after a state’s possessive" : "“the \(cleanName(i, i + 1))” alone"
                if count == 1 {
                    appendSpan(named, i, i + 1, .context(reason + ": the text's \(drafts[named].name)"))
                } else {
                    addMention(name: cleanName(i, i + 1), kind: .organisation, linked: nil, from: i, to: i + 1, rule: .context(reason))
                }
            }
        }
    }

    /// Gives any other organisation head used alone after "the" ("the Court") to the one body of the text it
    /// heads ("European Court of Human Rights"): the text named that body in full, so its head stands for it.
    /// With no such body, or two, the head is left alone: unlike the standalone heads, it names no body by itself.
    mutating func bodiesByHeadAlone() {
        let ids = article.index.ids
        var bodies = [String: [Int]]()
        for (d, draft) in drafts.enumerated() where draft.kind == .organisation && !draft.spans.isEmpty {
            if let head = Self.bodyHead(NameKey.key(draft.name)) { bodies[head, default: []].append(d) }
        }
        for (headKey, owners) in bodies where owners.count == 1 && !Self.standaloneHeadKeys.contains(headKey) {
            guard let form = ids[headKey], formFlags[Int(form)].contains(.organisationHead),
                  !ExtractionWords.closingLegalForms.contains(headKey) else { continue }
            for p in article.index.postings[Int(form)] {
                let i = Int(p)
                guard isHeadAloneAfterThe(i) else { continue }
                appendSpan(owners[0], i, i + 1, .context("“the \(cleanName(i, i + 1))” alone: the text's \(drafts[owners[0]].name)"))
            }
        }
    }

    /// Whether word `i` is a capitalised head no rule claimed, after "the", that no further name follows
    /// ("the Court granted"; not "the Court of Appeal", "the Court House", a sentence's first word).
    func isHeadAloneAfterThe(_ i: Int) -> Bool {
        guard i > 0, wordState[i].owner == .free, wordState[i].cap, !wordState[i].allCaps, !wordState[i].initial,
              wordState[i].gap == .space, word(i - 1) == "the" else { return false }
        if i + 1 < n, wordState[i + 1].cap, wordState[i + 1].gap == .space || wordState[i + 1].gap == .hyphen { return false }
        if i + 2 < n, has(i + 1, .connector), !wordState[i + 1].cap, wordState[i + 2].cap, wordState[i + 2].gap == .space { return false }
        return true
    }

    /// The standalone heads' keys, which `standaloneBodies` handles.
    static let standaloneHeadKeys = Set(GazetteerData.standaloneBodies.map { NameKey.key($0) })

    /// The head word of a body's name key: its last word, or the last before "of"/"for"/"on"/"in" ("court" of
    /// "european court of human rights", "office" of "office for students"); nil for a name of one word.
    static func bodyHead(_ key: String) -> String? {
        let words = key.split(separator: " ")
        guard words.count >= 2 else { return nil }
        let name = words.prefix { !ExtractionWords.bodyNameConnectors.contains(String($0)) }
        guard let head = name.last else { return nil }
        return String(head)
    }
}
