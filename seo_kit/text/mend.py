"""Source defects mended at the door, before anything reads the article.

A stray period inside a name splits a sentence in two: "…et le dirigeant nord-coréen Kim Jong.
Un s'est rendu en Russie en septembre." (the seed of issue #11, which spells "Kim Jong-un"
elsewhere). Every step after reading sees two sentences: the first ends on a cut name ("…Kim
Jong."), the second opens on a word that is not a subject ("Un s'est rendu…"), and the rewrite
copied the cut one twice. ``mend_split_names`` joins such a split when, and only when, the same
text writes the two words joined elsewhere — with a hyphen ("Jong-un") or a space ("Kim Jong Un")
—, in the spelling it uses there. Nothing is guessed: a period between two words the text never
writes together stays.

Both readers of a source mend it the same way: the rewrite (``rewrite.inputs.read_article``) and
the scorer (``score.score_document``'s ``source``, for the facts and grounding checks), so a
variant that writes "Kim Jong-un" is not told it dropped "Kim Jong".
"""

from __future__ import annotations

import re

__all__ = ["mend_split_names"]

# A word, a period, a space (no line break: a paragraph ends there), a capitalised word.
_SPLIT = re.compile(r"\b([A-ZÀ-ÖØ-Þ][\w]*)\. ([A-ZÀ-ÖØ-Þ][\w]*)\b")


def mend_split_names(text: str) -> tuple[str, list[str]]:
    """(``text`` with every "A. B" joined where the text elsewhere writes "A-B" or "A B" as one
    name — case aside, in the spelling written there —, the names mended as notes). The two
    words must both be capitalised at the split ("Jong. Un"), and the joined form must stand
    elsewhere as a whole, not inside a longer word."""
    notes: list[str] = []

    def joined(match: re.Match) -> str:
        first, second = match.group(1), match.group(2)
        rest = text[:match.start()] + text[match.end():]
        for glue in ("-", " "):
            pattern = re.compile(r"(?<![\w-])" + re.escape(first) + re.escape(glue)
                                 + re.escape(second) + r"(?![\w-])", re.IGNORECASE)
            found = pattern.search(rest)
            if found:
                notes.append(f"source: «{match.group(0)}» is the name «{found.group(0)}» "
                             "cut by a stray period; joined as the text writes it elsewhere")
                return found.group(0)
        return match.group(0)

    return _SPLIT.sub(joined, text), notes
