#!/usr/bin/env python3
"""Checks reference annotations (Tests/Reference/FORMAT.md) the way GlossEvaluation's reader
does, without building Swift: every form and every quoted content is in the text, kinds and
types are known, speakers are actors of the same file, the split is dev or heldout.

    python3 Scripts/evaluation/check_reference.py Tests/Reference/articles/STEM.ref [...]
"""
import sys
from pathlib import Path

KINDS = {"person", "state", "org", "place"}


def strip_comment(field: str) -> str:
    # A note in parentheses after three spaces is a comment, as GlossEvaluation reads it.
    return field.split("   (", 1)[0].strip()


def check(ref_path: Path) -> list[str]:
    text = ref_path.with_suffix(".txt").read_text(encoding="utf-8")
    problems, names, speakers, split = [], set(), [], None
    for n, raw in enumerate(ref_path.read_text(encoding="utf-8").split("\n"), 1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            body = line[1:].strip()
            if body.startswith("split:"):
                split = body[6:].split()[0] if body[6:].split() else ""
            continue
        fields = [f.strip() for f in line.split("|")]
        head = fields[0].split()
        where = f"{ref_path.name}:{n}"
        if head[0] == "actor":
            if len(head) != 2 or len(fields) != 3 or head[1] not in KINDS:
                problems.append(f"{where}: expected actor KIND | NAME | FORM ; FORM")
                continue
            names.add(fields[1])
            for form in (f.strip() for f in fields[2].split(";")):
                if form and form not in text:
                    problems.append(f"{where}: form not in the text: {form}")
        elif head[0] == "not":
            if len(fields) != 2:
                problems.append(f"{where}: expected not | TEXT")
        elif head[0] == "say":
            if len(head) != 2 or head[1] not in ("direct", "indirect") or len(fields) != 4:
                problems.append(f"{where}: expected say direct|indirect | SPEAKER | CUE | CONTENT")
                continue
            content = strip_comment(fields[3])
            if content not in text:
                problems.append(f"{where}: content not in the text: {content}")
            if len(content.split()) < 4:
                problems.append(f"{where}: content shorter than 4 words: {content}")
            if fields[1] != "-":
                speakers.append((where, fields[1]))
        else:
            problems.append(f"{where}: unknown line")
    problems += [f"{where}: speaker is not an actor: {s}" for where, s in speakers if s not in names]
    if split not in ("dev", "heldout"):
        problems.append(f"{ref_path.name}: '# split: dev' or '# split: heldout' is missing")
    return problems


def main() -> int:
    problems = [p for arg in sys.argv[1:] for p in check(Path(arg))]
    print("\n".join(problems) if problems else f"{len(sys.argv) - 1} annotations ok")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
