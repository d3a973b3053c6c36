#!/usr/bin/env python3
"""Writes the news articles of the reference set taken from Mozilla Readability's test pages
(Apache-2.0 licence): https://github.com/mozilla/readability, test/test-pages/NAME/expected.html.

Each expected.html is the hand-checked article body of a real web page (BBC, The New York Times,
The Washington Post, The Telegraph, the Herald Sun, …). We take the English news articles among
them (news, wire copy and a press release; not reviews, blogs, essays or pages in other languages),
turn the HTML into text (one paragraph per block element, a blank line between them) and write each
as Tests/Reference/articles/rd-NAME.txt. The split alternates by sorted name; each page is its own
story.

The article texts belong to their publishers; they are used here, as in Readability's tests, as test data.

    python3 Scripts/evaluation/extract_readability_articles.py PATH/TO/readability/test/test-pages
"""
import html.parser
import re
import sys
from pathlib import Path

PAGES = """ars-1 bbc-1 breitbart buzzfeed-1 cnet cnn herald-sun-1 medicalnewstoday msn nytimes-1
nytimes-2 nytimes-3 nytimes-4 seattletimes-1 spiceworks telegraph tmz-1 wapo-1 wapo-2 webmd-1
yahoo-2 yahoo-3""".split()

BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "pre", "dd", "dt", "div", "td", "br"}
SKIPPED = {"script", "style", "figure", "img", "svg", "noscript", "iframe"}


class Paragraphs(html.parser.HTMLParser):
    """Collects the text of block elements, one paragraph each; figures and scripts are left out."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.current: list[str] = []
        self.skipping = 0

    def flush(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self.current)).strip()
        if text:
            self.paragraphs.append(text)
        self.current = []

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in SKIPPED:
            self.skipping += 1
        elif tag in BLOCKS:
            self.flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCKS:
            self.flush()

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.current.append(data)


def main() -> None:
    pages = Path(sys.argv[1])
    out = Path(__file__).resolve().parents[2] / "Tests" / "Reference" / "articles"
    for position, name in enumerate(sorted(PAGES)):
        parser = Paragraphs()
        parser.feed((pages / name / "expected.html").read_text(encoding="utf-8"))
        parser.flush()
        split = "dev" if position % 2 == 0 else "heldout"
        (out / f"rd-{name}.txt").write_text("\n\n".join(parser.paragraphs) + "\n", encoding="utf-8")
        print(f"rd-{name}\t{split}\t{sum(len(p) for p in parser.paragraphs)}")


if __name__ == "__main__":
    main()
