#!/usr/bin/env python3
"""Writes the news articles of the reference set taken from goose3's test pages (Apache-2.0 licence):
https://github.com/goose3/goose3, tests/data/content/test_NAME.html (the page) and test_NAME.json
(its URL and the start of goose's expected text).

They are whole US and UK news pages of 2010–2014 (CNN, Fox News, Time, Politico, The Huffington Post,
Yahoo, CNET, The Telegraph, The Guardian, …). We take the English news among them (not shopping
guides, tips, blogs, Q&As, first-person columns or pages of a few lines) and turn each into text with
trafilatura (version 2.3.1 from PyPI: `pip install trafilatura==2.3.1 lxml_html_clean`), one paragraph
per extracted line with a blank line between them, as Tests/Reference/articles/gs-NAME.txt. Nothing is
trimmed. The split alternates by sorted name, except that a page on a story another page already has
goes with it (engadget's Verizon FiOS guide and CNET's Verizon iPad app are one event).

The article texts belong to their publishers; they are used here, as in goose3's tests, as test data.

    python3 Scripts/evaluation/extract_goose_articles.py PATH/TO/goose3/tests/data/content
"""
import json
import sys
from pathlib import Path

import trafilatura

PAGES = """aolNews businessWeek1 businessWeek3 cnbc1 cnet cnn1 espn foxNews guardian1 huffingtonPost2 issue25
issue28 issue32 mashable_issue_74 politico techcrunch1 testHuffingtonPost time time2 usatoday_issue_74
yahoo""".split()

# A page on the story of another page: it takes that page's split.
SAME_STORY = {"engadget": "cnet"}


def stem(name: str) -> str:
    """gs-name: the page's name in lower case, without goose's issue suffix."""
    return "gs-" + name.replace("_issue_74", "").lower()


def main() -> None:
    pages = Path(sys.argv[1])
    out = Path(__file__).resolve().parents[2] / "Tests" / "Reference" / "articles"
    assert trafilatura.__version__ == "2.3.1", "the texts were made with trafilatura 2.3.1"
    splits = {name: "dev" if position % 2 == 0 else "heldout" for position, name in enumerate(sorted(PAGES))}
    splits.update({name: splits[story] for name, story in SAME_STORY.items()})
    for name in sorted(splits):
        html = (pages / f"test_{name}.html").read_text(encoding="utf-8", errors="replace")
        url = json.loads((pages / f"test_{name}.json").read_text(encoding="utf-8"))["url"]
        text = trafilatura.extract(html) or ""
        paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
        (out / f"{stem(name)}.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
        print(f"{stem(name)}\t{splits[name]}\t{sum(len(p) for p in paragraphs)}\t{url}")


if __name__ == "__main__":
    main()
