#!/usr/bin/env python3
"""Writes the news articles of the reference set taken from trafilatura's test pages (Apache-2.0
licence): https://github.com/adbar/trafilatura, tests/cache/NAME.html.

Those are whole web pages saved for trafilatura's extraction tests, most of them German. We take the
English news among them (news, science and technology news, wire copy, press releases; not blogs,
guides, letters, fashion or games diaries) and turn each into text with trafilatura itself (version
2.3.1 from PyPI: `pip install trafilatura==2.3.1 lxml_html_clean`), one paragraph per extracted line
with a blank line between them, as Tests/Reference/articles/tf-NAME.txt. Nothing is trimmed: what the
extractor leaves (a photo credit, a comment policy) is what a reader pasting the page would bring.
The split alternates by sorted name; each page is its own story.

vancouversun.com.microsoft is left out: it was read in the shell while looking for mistakes.

The article texts belong to their publishers; they are used here, as in trafilatura's tests, as test data.

    python3 Scripts/evaluation/extract_trafilatura_articles.py PATH/TO/trafilatura/tests/cache
"""
import sys
from pathlib import Path

import trafilatura

PAGES = """dw.com.colonial dw.com.uncork kulu-media.com.meta-outage knowtechie.com.rally luxuryhaven.co.hyatt
nationalgeographic.co.uk.goats nature.com.telescope phys.org.tool reuters.com.parasite salon.com.emissions
theguardian.com.academics theverge.com.ios13 threatpost.com.android vice.com.amazon
wikimediafoundation.org.turkey""".split()


def stem(name: str) -> str:
    """tf-SITE-TOPIC: the site without its domain suffix, then the page's topic word."""
    parts = name.split(".")
    return f"tf-{parts[0].replace('-', '')}-{parts[-1]}"


def main() -> None:
    pages = Path(sys.argv[1])
    out = Path(__file__).resolve().parents[2] / "Tests" / "Reference" / "articles"
    assert trafilatura.__version__ == "2.3.1", "the texts were made with trafilatura 2.3.1"
    for position, name in enumerate(sorted(PAGES)):
        html = (pages / f"{name}.html").read_text(encoding="utf-8", errors="replace")
        text = trafilatura.extract(html) or ""
        paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
        split = "dev" if position % 2 == 0 else "heldout"
        (out / f"{stem(name)}.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
        print(f"{stem(name)}\t{split}\t{sum(len(p) for p in paragraphs)}")


if __name__ == "__main__":
    main()
