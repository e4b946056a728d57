"""Is a variant's output clean, publishable as it is? What keeps it from being so, one item each.

    >>> output_problems("# Titre\\n\\nVoici l'article :\\n\\n<p>Texte.</p>", title="T", meta="M")
    ['leftover: Voici l\\'article :', 'leftover: <p>Texte.</p>']

Kinds (the comparison's ``output_problems`` column lists them as "kind: excerpt"):
    leftover     a line the rewrite engine's own cleaner (seo_kit.rewrite.clean.clean_answer)
                 would drop or change: raw HTML, a preamble ("Voici…:"), a label ("Chapô :"), a
                 bold pseudo-heading, bold markers, a code fence, a rule, a line echoed from the
                 prompt — one definition of a model's debris, the engine's
    repeat       a paragraph of 8 words or more written twice
    cut          an SEO title or meta description ending with "…" or "...": a cut, not a text
    html         markup in the SEO title or meta description
    placeholder  an unfilled template variable ({keyword}), "[…]" or "lorem ipsum"
    empty        no SEO title or no meta description
The check reads the output only (no source, no model): it costs well under a millisecond per
variant, so every comparison row has it.
"""

from __future__ import annotations

import re

__all__ = ["PROBLEM_KINDS", "output_problems"]

PROBLEM_KINDS = ("leftover", "repeat", "cut", "html", "placeholder", "empty")
MIN_REPEAT_WORDS = 8  # shorter repeated lines (a dateline, "Lire aussi") are not a model's loop
EXCERPT_CHARS = 60

_TAG = re.compile(r"</?\s*[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
_PLACEHOLDER = re.compile(r"\{\{?\s*[A-Za-z_][A-Za-z0-9_]*\s*\}?\}|\[\s*(?:…|\.\.\.)\s*\]|"
                          r"lorem ipsum", re.IGNORECASE)


def _norm(line: str) -> str:
    return " ".join(line.split())


def _excerpt(text: str) -> str:
    text = _norm(text)
    return text if len(text) <= EXCERPT_CHARS else text[:EXCERPT_CHARS - 1] + "…"


def output_problems(text: str, *, title: str | None = "", meta: str | None = "") -> list[str]:
    """Every problem found in a variant's Markdown ``text``, SEO ``title`` and ``meta``
    description, as "kind: excerpt" (kinds: PROBLEM_KINDS, in the module docstring), in reading
    order. An empty list means clean. ``title``/``meta`` None: not checked (plain text)."""
    from seo_kit.rewrite.clean import clean_answer

    problems: list[str] = []
    kept = {_norm(line) for line in clean_answer(text, keep_headings=True).splitlines()}
    for line in text.splitlines():
        if line.strip() and _norm(line) not in kept:
            problems.append(f"leftover: {_excerpt(line)}")
    seen: set[str] = set()
    for paragraph in re.split(r"\n\s*\n", text):
        key = _norm(paragraph).casefold()
        if len(key.split()) >= MIN_REPEAT_WORDS:
            if key in seen:
                problems.append(f"repeat: {_excerpt(paragraph)}")
            seen.add(key)
    problems += [f"placeholder: {match.group(0)}" for match in _PLACEHOLDER.finditer(text)]
    for name, value in (("title", title), ("meta", meta)):
        if value is None:
            continue
        value = _norm(value)
        if not value:
            problems.append(f"empty: {name}")
        elif value.endswith(("…", "...")):
            problems.append(f"cut: {name}")
        if _TAG.search(value):
            problems.append(f"html: {name}")
        problems += [f"placeholder: {m.group(0)}" for m in _PLACEHOLDER.finditer(value)]
    return problems
