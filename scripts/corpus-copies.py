#!/usr/bin/env python3
"""Writes N edited copies of the bundled corpus, for measuring commands at scale.

    scripts/corpus-copies.py OUT [N]      # N files (default 5000) into OUT/

Copy k of a document is the document with its title line marked (第k份) and
its first quantity (a number before 万, 亿, %, 个, 人, 户 or 元) raised by k,
so that every file is a distinct document with distinct text and figures.
Files are named <stem>-<k>.txt, so document ids stay distinct.
"""
import pathlib
import re
import sys

TITLE_WORDS = ("方案", "意见", "通知", "办法", "规划")
QUANTITY = re.compile(r"(\d+)(?=[万亿%个人户元])")


def title_line(lines):
    """The first line that reads as a title: a title word, no metadata label."""
    for i, line in enumerate(lines[:20]):
        if any(w in line for w in TITLE_WORDS) and ":" not in line and ":" not in line:
            return i
    return 0


def copy(text, k):
    lines = text.split("\n")
    t = title_line(lines)
    lines[t] = lines[t].rstrip() + f"(第{k}份)"
    body = "\n".join(lines)
    return QUANTITY.sub(lambda m: str(int(m.group(1)) + k), body, count=1)


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    out = pathlib.Path(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) == 3 else 5000
    corpus = pathlib.Path(__file__).resolve().parent.parent / "corpus"
    sources = sorted(corpus.glob("*.txt"))
    out.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        source = sources[n % len(sources)]
        k = n // len(sources) + 1
        text = source.read_text(encoding="utf-8")
        (out / f"{source.stem}-{k:04d}.txt").write_text(copy(text, k), encoding="utf-8")
    print(f"{count} files in {out}")


if __name__ == "__main__":
    main()
