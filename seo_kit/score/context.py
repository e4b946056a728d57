"""What a check needs besides the Document: the inputs of one scoring run, prepared once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from seo_kit.score import matching
from seo_kit.text.fold import slugify

__all__ = ["Context", "body_blocks", "first_paragraph"]


@dataclass(frozen=True)
class Context:
    """The inputs of one scoring run besides the text (all NFC already; see score.score)."""

    lang: str
    keyphrase: str | None = None
    title: str | None = None
    meta_description: str | None = None
    slug: str | None = None
    permalink: str | None = None
    synonyms: tuple[str, ...] = ()
    cornerstone: bool = False
    source: str | None = None
    facts: dict | None = None  # compare_facts(source, text), computed once per run when given

    @cached_property
    def topic(self) -> matching.Topic:
        return matching.build_topic(self.keyphrase, self.lang)

    @cached_property
    def synonym_topics(self) -> tuple[matching.Topic, ...]:
        topics = (matching.build_topic(s, self.lang) for s in self.synonyms)
        return tuple(t for t in topics if t)

    @cached_property
    def topics(self) -> tuple[matching.Topic, ...]:
        """The keyphrase first, then its synonyms (Yoast's keyphraseForms + synonymsForms)."""
        return ((self.topic,) if self.topic else ()) + self.synonym_topics

    @property
    def has_keyphrase(self) -> bool:
        return bool((self.keyphrase or "").strip())

    @cached_property
    def effective_slug(self) -> str:
        """The slug given, or the one WordPress would derive from the title."""
        if self.slug is not None:
            return self.slug.strip()
        return slugify(self.title or "")


def body_blocks(doc):
    """Blocks that Yoast treats as paragraphs (<p>, and list items' implicit paragraphs)."""
    return [b for b in doc.blocks if b.kind != "heading"]


def first_paragraph(doc):
    """Yoast's introduction: the first paragraph with text that is not only a link."""
    for block in body_blocks(doc):
        only_links = block.links and \
            " ".join(link.text for link in block.links).strip() == block.text.strip()
        if block.sentences and not only_links:
            return block
    return None
