"""The typed draft a rewrite is built in: H1, standfirst, sections, SEO title and description.

Every step (write, ground, repair, assemble) reads and updates one Draft instead of a dict with
string keys; ``markdown()`` is the only place the text is assembled. Each part keeps the source
passage it is written from (``Draft.lead``, ``Section.passage``: seo_kit.rewrite.plan), so that a
repair or a heading is asked of that passage only, never of the whole article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["Draft", "Section", "assemble", "sections_of"]

_HEADING = re.compile(r"^\s*(#{1,6})\s*(.+?)\s*#*\s*$")


@dataclass
class Section:
    heading: str
    body: str  # Markdown paragraphs separated by blank lines, no headings
    passage: str = ""  # the source passage it is written from


@dataclass
class Draft:
    h1: str
    intro: str  # the standfirst
    sections: list[Section] = field(default_factory=list)
    seo_title: str | None = None
    meta_description: str | None = None
    outline: str = ""
    lead: str = ""  # the source passage the standfirst is written from (the news)

    def markdown(self) -> str:
        """One H1, the standfirst, then each section as an H2."""
        return assemble(self.h1, self.intro, [(s.heading, s.body) for s in self.sections])

    @property
    def pairs(self) -> list[tuple[str, str]]:
        return [(s.heading, s.body) for s in self.sections]

    def set_pairs(self, pairs: list[tuple[str, str]]) -> None:
        """New (heading, body) pairs; each section keeps its passage when the count is the same."""
        passages = [s.passage for s in self.sections]
        if len(passages) != len(pairs):
            passages = [""] * len(pairs)
        self.sections = [Section(h, b, p) for (h, b), p in zip(pairs, passages, strict=True)]


def assemble(h1: str, intro: str, sections: list[tuple[str, str]], level: int = 2) -> str:
    """Markdown: one H1, the standfirst, then each (heading, body) as an H2 (or ``level``)."""
    parts = [f"# {h1.strip()}", intro.strip()]
    for heading, body in sections:
        parts.append(f"{'#' * level} {heading.strip()}")
        parts.append(body.strip())
    return "\n\n".join(p for p in parts if p) + "\n"


def sections_of(markdown: str) -> tuple[str | None, str, list[tuple[str, str]]]:
    """Inverse of assemble: (H1, intro, [(heading, body)…]); extra H1s become H2s."""
    h1, intro_lines, sections = None, [], []
    for line in markdown.splitlines():
        heading = _HEADING.match(line)
        if heading and len(heading.group(1)) <= 3:
            if h1 is None and len(heading.group(1)) == 1:
                h1 = heading.group(2)
            else:
                sections.append((heading.group(2), []))
            continue
        (sections[-1][1] if sections else intro_lines).append(line)
    join = lambda lines: re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return h1, join(intro_lines), [(h, join(body)) for h, body in sections]
