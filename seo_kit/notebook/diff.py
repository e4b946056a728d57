"""Sentence-level differences between two texts, coloured, with typography normalised first:
a ’ that became ', « » that became " ", a non-breaking space that became a space are not
changes an editor needs to see. Sentences kept are grey, removed red and struck, added green;
a sentence that changed shows its word-level edits inside it.
"""

from __future__ import annotations

import difflib
import re

from seo_kit.notebook.render import escape

__all__ = ["normalise_typography", "sentence_diff_html", "sentences_of"]

_TYPOGRAPHY = str.maketrans({"’": "'", "‘": "'", "«": '"', "»": '"', "“": '"', "”": '"',
                             "\u00a0": " ", "\u202f": " ", "–": "-", "—": "-", "…": "..."})
_STYLE = {"same": "color:#50575e", "del": "background:#fbd3d3;text-decoration:line-through",
          "ins": "background:#d3f5d9"}


def normalise_typography(text: str) -> str:
    """Apostrophes, quotes, dashes, ellipses and spaces in one form; spaces collapsed."""
    text = text.translate(_TYPOGRAPHY)
    text = re.sub(r'"\s+', '"', re.sub(r'\s+"', ' "', text))
    return " ".join(text.split())


def sentences_of(text: str, lang: str) -> list[str]:
    """The text's sentences in order, headings as their own "sentences" (their # kept)."""
    from seo_kit.text.document import parse

    out: list[str] = []
    for block in parse(text or "", lang=lang).blocks:
        if block.kind == "heading":
            out.append("#" * block.level + " " + block.text)
        else:
            out += [s.text for s in block.sentences if s.text.strip()]
    return out


def _words_diff(a: str, b: str) -> str:
    left, right = a.split(), b.split()
    parts = []
    matcher = difflib.SequenceMatcher(a=left, b=right, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            parts.append(escape(" ".join(left[i1:i2])))
            continue
        if i2 > i1:
            parts.append(f'<del style="{_STYLE["del"]}">{escape(" ".join(left[i1:i2]))}</del>')
        if j2 > j1:
            parts.append(f'<ins style="{_STYLE["ins"]}">{escape(" ".join(right[j1:j2]))}</ins>')
    return " ".join(parts)


def sentence_diff_html(a: str, b: str, *, lang: str, label_a: str = "source",
                       label_b: str = "variante") -> str:
    """An HTML diff of two texts, sentence by sentence (escaped: safe to display)."""
    left = [normalise_typography(s) for s in sentences_of(str(a or ""), lang)]
    right = [normalise_typography(s) for s in sentences_of(str(b or ""), lang)]
    rows = [(f'<p class="seo-diff-head"><del style="{_STYLE["del"]}">{escape(label_a)}</del> → '
            f'<ins style="{_STYLE["ins"]}">{escape(label_b)}</ins></p>')]
    matcher = difflib.SequenceMatcher(a=left, b=right, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            rows += [f'<p style="{_STYLE["same"]}">{escape(s)}</p>' for s in left[i1:i2]]
        elif op == "replace" and i2 - i1 == j2 - j1:
            rows += [f"<p>{_words_diff(x, y)}</p>" for x, y in zip(left[i1:i2], right[j1:j2])]
        else:
            rows += [f'<p><del style="{_STYLE["del"]}">{escape(s)}</del></p>' for s in left[i1:i2]]
            rows += [f'<p><ins style="{_STYLE["ins"]}">{escape(s)}</ins></p>' for s in right[j1:j2]]
    return f'<div class="seo-diff">{"".join(rows)}</div>'
