"""The typed draft a rewrite is built in: H1, standfirst, sections, SEO title and description.

Every step (write, ground, repair, assemble) reads and updates one Draft instead of a dict with
string keys; ``markdown()`` is the only place the text is assembled.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Draft", "Section"]


@dataclass
class Section:
    heading: str
    body: str  # Markdown paragraphs separated by blank lines, no headings


@dataclass
class Draft:
    h1: str
    intro: str  # the standfirst
    sections: list[Section] = field(default_factory=list)
    seo_title: str | None = None
    meta_description: str | None = None
    outline: str = ""

    def markdown(self) -> str:
        """One H1, the standfirst, then each section as an H2."""
        from seo_kit.rewrite.repair import assemble

        return assemble(self.h1, self.intro, [(s.heading, s.body) for s in self.sections])

    @property
    def pairs(self) -> list[tuple[str, str]]:
        return [(s.heading, s.body) for s in self.sections]

    def set_pairs(self, pairs: list[tuple[str, str]]) -> None:
        self.sections = [Section(h, b) for h, b in pairs]
