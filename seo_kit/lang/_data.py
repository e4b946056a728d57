"""Load the word lists in ``seo_kit/lang/data`` (plain text, "#" comments, ’ for apostrophes)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA = Path(__file__).with_name("data")


@cache
def load_lines(name: str) -> tuple[str, ...]:
    """Non-empty lines without comments, lowercased, with ' folded into ’."""
    lines = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip().lower().replace("'", "’")
        if line:
            lines.append(" ".join(line.split()))
    return tuple(lines)


def load_words(name: str, *, inflect: bool = False) -> tuple[str, ...]:
    """Every whitespace-separated entry; ``inflect`` adds French participle agreement (e, s, es)."""
    words = [w for line in load_lines(name) for w in line.split()]
    if not inflect:
        return tuple(words)
    out = []
    for word in words:
        out.append(word)
        if word.endswith(("s", "x")):
            out += [word + "e", word + "es"]
        elif not word.endswith("û"):  # dû → due, dus, dues are listed by hand
            out += [word + "e", word + "s", word + "es"]
    return tuple(out)


def word_set(text: str) -> frozenset[str]:
    """A frozenset of the whitespace-separated words of ``text`` (for short inline lists)."""
    return frozenset(text.split())
