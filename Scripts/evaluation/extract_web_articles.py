#!/usr/bin/env python3
"""Writes the web news articles of the reference set from Zyte's (Scrapinghub's)
article-extraction-benchmark (MIT licence): https://github.com/scrapinghub/article-extraction-benchmark

Its ground-truth.json holds the hand-checked body text of 181 web pages of 2019. We take the
English news articles among them (the keys below, chosen by reading the URLs: news, not blogs,
reviews, recipes, deal lists or pages in other languages), write each as
Tests/Reference/articles/web-SITE-KEY8.txt, and split them by the sorted key: even positions
dev, odd positions held out. The article texts belong to their publishers; they are used here,
as in the benchmark, as test data.

    python3 Scripts/evaluation/extract_web_articles.py PATH/TO/ground-truth.json
"""
import json
import sys
from pathlib import Path
from urllib.parse import urlparse

KEYS = """06e5123e 08f79376 098bb3e9 0dd13570 14cc2a0c 156770d6 291a8bf3 2c46804d 360c732d
374ac9a5 39d5c43b 42aad16b 432362af 4a44ab3e 51374560 57d46c9d 5a822960 5caf91b8 5f9c5ed5
624fcd90 6ebac05f 70cb2d5b 7916ecca 7de52419 92101975 961bd85c 9ebb3af6 a1fca19b a6968f42
b0cf2bbf bc13ff87 c467d507 c7e39ac4 d0382c0d d605bdef d90bda7e db6b0816 dc7ccccc e7301133
e7994d55 f344ca5f ffc109d4""".split()

SITE_NAMES = {"hosted.ap.org": "ap", "news.sky.com": "sky", "detroit.cbslocal.com": "cbslocal"}


def site(url: str) -> str:
    host = urlparse(url).hostname or "web"
    if host in SITE_NAMES:
        return SITE_NAMES[host]
    parts = host.split(".")
    if parts[0] == "www":
        parts = parts[1:]
    return parts[0].replace("-", "")


def main() -> None:
    truth = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    out = Path(__file__).resolve().parents[2] / "Tests" / "Reference" / "articles"
    chosen = sorted(k for k in truth if k[:8] in KEYS)
    assert len(chosen) == len(KEYS), "a key is missing from ground-truth.json"
    for position, key in enumerate(chosen):
        page = truth[key]
        stem = f"web-{site(page['url'])}-{key[:8]}"
        body = page["articleBody"].replace("\r\n", "\n").strip() + "\n"
        (out / f"{stem}.txt").write_text(body, encoding="utf-8")
        split = "dev" if position % 2 == 0 else "heldout"
        print(f"{stem}\t{split}\t{page['url']}")


if __name__ == "__main__":
    main()
